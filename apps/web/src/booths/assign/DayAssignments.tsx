import { useState } from 'react';
import type { Assignment, Booth } from '@bussanten/contracts';
import { covers, formatDayRange, reviewApi, UnassignDialog } from '../../applications';
import { describeError } from '../../api/error-messages';
import { useI18n } from '../../i18n/i18n';
import { compareBoothCodes } from './assign-model';
import { LockIcon } from './LockIcon';

/**
 * Who holds which booth on the day, in booth order. Each holding can be pinned (an automatic proposal
 * then keeps it where it is) and removed after a confirmation.
 */
export function DayAssignments({ booths, assignments, day, onChanged }: { booths: readonly Booth[]; assignments: readonly Assignment[]; day: string; onChanged: (text: string) => void }) {
  const { t, lang } = useI18n();
  const [removing, setRemoving] = useState<Assignment | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [pinning, setPinning] = useState<string | null>(null);
  const order = new Map([...booths].sort(compareBoothCodes).map((b, i) => [b.id, i]));
  const held = assignments.filter((a) => covers(a, day)).sort((a, b) => (order.get(a.boothId) ?? 0) - (order.get(b.boothId) ?? 0));

  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    setError(null);
    try {
      await reviewApi.unassign(removing.id);
      onChanged(t('assign.unassigned', { code: removing.boothCode, holder: removing.municipalityName }));
      setRemoving(null);
    } catch (e) {
      setError(e);
      setRemoving(null);
    } finally {
      setBusy(false);
    }
  };

  const togglePin = async (a: Assignment) => {
    // Not disabled while saving: a disabled button would drop the keyboard focus.
    if (pinning) return;
    setPinning(a.id);
    setError(null);
    try {
      await reviewApi.pin(a.id, !a.pinned);
      onChanged(t(a.pinned ? 'pin.unpinned' : 'pin.pinned', { name: a.municipalityName, code: a.boothCode }));
    } catch (e) {
      setError(e);
    } finally {
      setPinning(null);
    }
  };

  return (
    <section aria-labelledby="day-assignments-heading">
      <h2 id="day-assignments-heading">{t('assign.dayAssignments')}</h2>
      {error !== null && (
        <p className="status status--error" role="alert">
          {describeError(error, lang).message}
        </p>
      )}
      {held.length === 0 ? (
        <p className="muted">{t('assign.noneHeld')}</p>
      ) : (
        <ul className="held-list">
          {held.map((a) => (
            <li key={a.id}>
              <span>
                <strong>{a.boothCode}</strong> {a.municipalityName} <span className="muted">{formatDayRange(a, lang)}</span>
                {a.overridden && <span className="badge badge--warning">{t('assignment.overridden')}</span>}
                {a.pinned && <span className="badge badge--pinned">{t('pin.badge')}</span>}
              </span>
              <span className="held-list__actions">
                <button
                  type="button"
                  className="pin-toggle"
                  aria-pressed={a.pinned}
                  aria-label={t('pin.label', { name: a.municipalityName })}
                  aria-busy={pinning === a.id || undefined}
                  onClick={() => void togglePin(a)}
                >
                  <LockIcon />
                  {t('pin.button')}
                </button>
                <button type="button" className="button--link" onClick={() => setRemoving(a)}>
                  {t('assignment.remove')}
                  <span className="sr-only">{t('assignment.removeContext', { code: a.boothCode, range: a.municipalityName })}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <UnassignDialog removing={removing} busy={busy} onConfirm={() => void remove()} onCancel={() => setRemoving(null)} />
    </section>
  );
}
