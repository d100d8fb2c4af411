import { useLocation } from 'react-router';

/** A one-line confirmation passed in navigation state, e.g. after a deletion: navigate(to, { state: { flash } }). */
export function Flash() {
  const { state } = useLocation();
  const flash = typeof state === 'object' && state !== null ? (state as { flash?: unknown }).flash : undefined;
  if (typeof flash !== 'string' || !flash) return null;
  return (
    <p className="flash" role="status">
      {flash}
    </p>
  );
}
