import { useState } from 'react';
import type { Assignment, Booth } from '@bussanten/contracts';
import { covers, formatDayRange, UnassignDialog } from '../../applications';
import { describeError } from '../../api/error-messages';
import { useI18n } from '../../i18n/i18n';
import { isProvisional } from '../cache-model';
import { usePin, useUnassign } from '../queries';
import { compareBoothCodes } from './assign-model';
import { LockIcon } from './LockIcon';

/**
 * Who holds which booth on the day, in booth order. Each holding can be pinned (an automatic proposal
 * then keeps it where it is) and removed after a confirmation; both update the cached assignments
 * themselves, and `onDone` only hears what to tell the organizer. A holding still being saved (drawn
 * before the API answered) offers neither yet.
 */
export function DayAssignments({
  fairId,
  booths,
  assignments,
  day,
  onDone,
}: {
  fairId: string;
  booths: readonly Booth[];
  assignments: readonly Assignment[];
  day: string;
  onDone: (text: string) => void;
}) {
  const { t, lang } = useI18n();
  const [removing, setRemoving] = useState<Assignment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const unassign = useUnassign(fairId);
  const pin = usePin(fairId);
  const pinning = pin.isPending ? (pin.variables?.id ?? null) : null;
  const order = new Map([...booths].sort(compareBoothCodes).map((b, i) => [b.id, i]));
  const held = assignments.filter((a) => covers(a, day)).sort((a, b) => (order.get(a.boothId) ?? 0) - (order.get(b.boothId) ?? 0));

  const remove = () => {
    if (!removing) return;
    setError(null);
    unassign.mutate(removing, {
      onSuccess: (_, a) => onDone(t('assign.unassigned', { code: a.boothCode, holder: a.municipalityName })),
      onError: setError,
      onSettled: () => setRemoving(null),
    });
  };

  const togglePin = (a: Assignment) => {
    // Not disabled while saving: a disabled button would drop the keyboard focus.
    if (pinning) return;
    setError(null);
    pin.mutate(a, {
      onSuccess: () => onDone(t(a.pinned ? 'pin.unpinned' : 'pin.pinned', { name: a.municipalityName, code: a.boothCode })),
      onError: setError,
    });
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
              <span className="held-list__actions" hidden={isProvisional(a) || undefined}>
                <button
                  type="button"
                  className="pin-toggle"
                  aria-pressed={a.pinned}
                  aria-label={t('pin.label', { name: a.municipalityName })}
                  aria-busy={pinning === a.id || undefined}
                  onClick={() => togglePin(a)}
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
      <UnassignDialog removing={removing} busy={unassign.isPending} onConfirm={remove} onCancel={() => setRemoving(null)} />
    </section>
  );
}
