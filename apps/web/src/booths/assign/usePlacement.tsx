import { useState } from 'react';
import type { ApplicationSummary, AssignmentInput } from '@bussanten/contracts';
import type { MissingFacility } from '@bussanten/domain';
import { formatDayRange, missingFacilityText, missingFromDetails, reviewApi } from '../../applications';
import { isApiError } from '../../api/client';
import { describeError } from '../../api/error-messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/i18n';
import { takenBy } from './assign-model';

interface Attempt {
  app: ApplicationSummary;
  input: AssignmentInput;
  boothCode: string;
}

export type PlacementOutcome = { kind: 'done'; text: string } | { kind: 'error'; text: string } | null;

/**
 * Sending a placement to the API and living with its answer: done; 422 (the booth lacks something)
 * asks whether to place anyway and sends again with override; 409 names who holds the booth.
 */
export function usePlacement(onPlaced: () => void) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PlacementOutcome>(null);
  const [lacking, setLacking] = useState<(Attempt & { missing: MissingFacility[] }) | null>(null);

  const send = async (attempt: Attempt) => {
    const { app, input, boothCode } = attempt;
    setBusy(true);
    setOutcome(null);
    try {
      await reviewApi.assign(app.id, input);
      setLacking(null);
      setOutcome({ kind: 'done', text: t('assign.done', { name: app.municipality.name, code: boothCode, range: formatDayRange(input, lang) }) });
      onPlaced();
    } catch (e) {
      setLacking(null);
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
    } finally {
      setBusy(false);
    }
  };

  const overrideDialog = (
    <ConfirmDialog
      open={lacking !== null}
      title={lacking ? t('assign.overrideTitle', { code: lacking.boothCode }) : ''}
      confirmLabel={t('assign.override')}
      busyLabel={t('assign.assigning')}
      busy={busy}
      onConfirm={() => lacking && void send({ ...lacking, input: { ...lacking.input, override: true } })}
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

  return { send, busy, outcome, setOutcome, overrideDialog };
}
