import { useState } from 'react';
import type { MissingFacility } from '@bussanten/domain';
import { formatDayRange, missingFacilityText, missingFromDetails } from '../../applications';
import { isApiError } from '../../api/client';
import { describeError } from '../../api/error-messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/i18n';
import { usePlaceApplication, useUnassign, type Placement } from '../queries';
import type { Assignment } from '@bussanten/contracts';
import { takenBy } from './assign-model';

export type PlacementOutcome = { kind: 'done'; text: string } | { kind: 'error'; text: string } | null;

/**
 * Sending a placement to the API and living with its answer. The holding is drawn at once (the
 * card leaves, the booth shows its holder); a refusal takes it back: 422 (the booth lacks
 * something) asks whether to place anyway and sends again with override; 409 names who holds the booth.
 */
export function usePlacement(fairId: string) {
  const { t, lang } = useI18n();
  const [outcome, setOutcome] = useState<PlacementOutcome>(null);
  const [lacking, setLacking] = useState<(Placement & { missing: MissingFacility[] }) | null>(null);
  /** The holding the last placement saved: 元に戻す removes it again. */
  const [lastPlaced, setLastPlaced] = useState<Assignment | null>(null);
  const unassign = useUnassign(fairId);

  const placing = usePlaceApplication(fairId, {
    onPlaced: ({ app, input, boothCode }, saved) => {
      setLacking(null);
      setLastPlaced(saved);
      setOutcome({ kind: 'done', text: t('assign.done', { name: app.municipality.name, code: boothCode, range: formatDayRange(input, lang) }) });
    },
    onRefused: (attempt, e) => {
      setLacking(null);
      const { input, boothCode } = attempt;
      const body = isApiError(e) ? e.body : null;
      if (body?.code === 'BOOTH_LACKS_FACILITIES' && !input.override) {
        setLacking({ ...attempt, missing: missingFromDetails(body.details) });
      } else if (body?.code === 'BOOTH_TAKEN') {
        const holder = takenBy(body.details);
        setOutcome({
          kind: 'error',
          text: holder ? t('assign.takenBy', { code: boothCode, holder: holder.holder, range: formatDayRange(holder, lang) }) : describeError(e, lang).message,
        });
      } else {
        setOutcome({ kind: 'error', text: describeError(e, lang).message });
      }
    },
  });
  const busy = placing.isPending;

  const send = (attempt: Placement) => {
    setOutcome(null);
    setLastPlaced(null);
    placing.mutate(attempt);
  };

  /** Takes the last placement back (deletes the holding it saved). */
  const undo = () => {
    const placed = lastPlaced;
    if (!placed || unassign.isPending) return;
    unassign.mutate(placed, {
      onSuccess: () => {
        setLastPlaced(null);
        setOutcome({ kind: 'done', text: t('assign.placementUndone', { name: placed.municipalityName, code: placed.boothCode }) });
      },
      onError: (e) => setOutcome({ kind: 'error', text: describeError(e, lang).message }),
    });
  };
  const forget = (next: PlacementOutcome) => {
    setLastPlaced(null);
    setOutcome(next);
  };

  const overrideDialog = (
    <ConfirmDialog
      open={lacking !== null}
      title={lacking ? t('assign.overrideTitle', { code: lacking.boothCode }) : ''}
      confirmLabel={t('assign.override')}
      busyLabel={t('assign.assigning')}
      busy={busy}
      onConfirm={() => lacking && send({ ...lacking, input: { ...lacking.input, override: true } })}
      onCancel={() => setLacking(null)}
    >
      {lacking && (
        <>
          <p>{t('assign.overrideBody', { name: lacking.app.municipality.name, range: formatDayRange(lacking.input, lang) })}</p>
          <ul>
            {lacking.missing.map((m, i) => (
              <li key={i}>{missingFacilityText(m, lang)}</li>
            ))}
          </ul>
          <p className="hint">{t('assign.overrideHint')}</p>
        </>
      )}
    </ConfirmDialog>
  );

  return { send, busy, outcome, setOutcome: forget, overrideDialog, lastPlaced, undo, undoing: unassign.isPending };
}
