import { useEffect, useRef } from 'react';
import type { ApplicationSummary } from '@bussanten/contracts';
import { formatDays, NeedsList } from '../../applications';
import { useI18n } from '../../i18n/i18n';

/** How far (px) the pointer must move before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 5;

export interface DragPosition {
  applicationId: string;
  x: number;
  y: number;
  /** The booth under the pointer, found by hit-testing the plan. */
  boothId: string | null;
}

/** The booth drawn under a point of the viewport, if any (the dragged ghost lets the pointer through). */
export function boothAt(x: number, y: number): string | null {
  const el = document.elementFromPoint(x, y);
  return el?.closest('[data-booth-id]')?.getAttribute('data-booth-id') ?? null;
}

/**
 * The accepted applications still to be placed on the day, as cards. A card is dragged onto a booth
 * with pointer events (mouse, pen or touch alike; HTML5 drag and drop knows nothing of SVG), and
 * chosen with a click, Enter or Space for the form that does the same from the keyboard.
 */
export function ApplicationCards({
  applications,
  selectedId,
  onSelect,
  onDrag,
  onDrop,
}: {
  applications: readonly ApplicationSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDrag: (position: DragPosition | null) => void;
  onDrop: (applicationId: string, boothId: string | null) => void;
}) {
  const { t, lang } = useI18n();
  const press = useRef<{ id: string; x: number; y: number; dragging: boolean } | null>(null);
  // The click that ends a drag is not a choice.
  const swallowClick = useRef(false);

  // Escape gives up a drag.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && press.current?.dragging) {
        press.current = null;
        onDrag(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDrag]);

  if (applications.length === 0) return <p className="empty">{t('assign.noneToPlace')}</p>;

  return (
    <ul className="place-cards">
      {applications.map((a) => (
        <li key={a.id}>
          {/* The card is what a pointer drags; the button in it is its name (its accessible name holds
              its visible text, as axe asks), and the facts beside it describe it. */}
          <div
            className={`place-card${selectedId === a.id ? ' place-card--selected' : ''}`}
            onPointerDown={(e) => {
              if (e.button !== 0) return;
              press.current = { id: a.id, x: e.clientX, y: e.clientY, dragging: false };
              e.currentTarget.setPointerCapture(e.pointerId);
            }}
            onPointerMove={(e) => {
              const p = press.current;
              if (!p || p.id !== a.id) return;
              if (!p.dragging && Math.hypot(e.clientX - p.x, e.clientY - p.y) < DRAG_THRESHOLD) return;
              p.dragging = true;
              onDrag({ applicationId: a.id, x: e.clientX, y: e.clientY, boothId: boothAt(e.clientX, e.clientY) });
            }}
            onPointerUp={(e) => {
              const p = press.current;
              press.current = null;
              if (!p || !p.dragging) return;
              swallowClick.current = true;
              onDrag(null);
              onDrop(a.id, boothAt(e.clientX, e.clientY));
            }}
            onPointerCancel={() => {
              press.current = null;
              onDrag(null);
            }}
            onClick={() => {
              if (swallowClick.current) {
                swallowClick.current = false;
                return;
              }
              onSelect(a.id);
            }}
          >
            <span
              role="button"
              tabIndex={0}
              aria-label={t('assign.placeCard', { name: a.municipality.name })}
              aria-pressed={selectedId === a.id}
              aria-describedby={`place-card-${a.id}-facts`}
              id={`place-card-${a.id}-name`}
              className="place-card__name"
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(a.id);
                }
              }}
            >
              {a.municipality.name}
            </span>
            <span id={`place-card-${a.id}-facts`} className="place-card__facts">
              <span className="muted block">
                {a.municipality.prefecture} ・ {formatDays(a.days, lang)}
              </span>
              <NeedsList needs={a.needs} />
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The card following the pointer, with what stands in the way on the booth beneath. */
export function DragGhost({ position, name, problems, boothCode }: { position: DragPosition; name: string; problems: string[]; boothCode: string | null }) {
  const { t } = useI18n();
  return (
    // On the right half of the screen it hangs to the left of the pointer, so it never runs off the edge.
    <div
      className="drag-ghost"
      style={
        position.x > window.innerWidth / 2
          ? { left: position.x - 14, top: position.y + 14, transform: 'translateX(-100%)' }
          : { left: position.x + 14, top: position.y + 14 }
      }
      aria-hidden="true"
    >
      <strong>{name}</strong>
      {boothCode && (
        <span className={`block ${problems.length ? 'drag-ghost__bad' : 'drag-ghost__ok'}`}>
          {boothCode}: {problems.length ? problems.join(' / ') : t('assign.fits')}
        </span>
      )}
    </div>
  );
}
