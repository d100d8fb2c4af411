/** A padlock the size of the text around it; decoration only, as the words next to it say "pinned". */
export function LockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}

/**
 * The same padlock drawn on the floor plan, `size` metres tall with its top-left corner at (x, y).
 * Plan units are metres, so it is drawn in them rather than scaled from the icon.
 */
export function PlanLock({ x, y, size }: { x: number; y: number; size: number }) {
  const s = size / 16;
  return (
    <g className="booth__lock" transform={`translate(${x} ${y}) scale(${s})`} aria-hidden="true">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" strokeWidth="1.8" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" />
    </g>
  );
}
