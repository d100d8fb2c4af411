import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Decision } from '@bussanten/contracts';
import { reviewApi } from '../api/applications';
import { useI18n } from '../../i18n/i18n';
import { staleAfterDecision } from '../queries';
import { DecisionDialog } from './DecisionDialog';
import { DECISION_KEYS } from './labels';

type Target = { kind: 'one'; applicationId: string; name: string } | { kind: 'many'; fairId: string; applicationIds: string[] };

/** Sends the decision; answers the fair the applications belong to. */
async function send(target: Target, status: Decision, message: string | null): Promise<string> {
  if (target.kind === 'one') return (await reviewApi.decide(target.applicationId, { status, message })).fairId;
  await reviewApi.decideMany(target.fairId, { status, message, applicationIds: target.applicationIds });
  return target.fairId;
}

/**
 * Deciding on one application or on several at once (all or nothing on the API's side): ask() opens
 * the dialog, the dialog sends, what the decision changed is read again (staleAfterDecision), and
 * `onDecided` hears what was done, to say so.
 */
export function useDecisionFlow(onDecided: (done: string) => void) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<{ decision: Decision; target: Target; title: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const ask = (decision: Decision, target: Target) => {
    setError(null);
    const keys = DECISION_KEYS[decision];
    const title = target.kind === 'one' ? t(keys.title, { name: target.name }) : t(keys.bulkTitle, { n: target.applicationIds.length });
    setPending({ decision, target, title });
  };

  const confirm = async (decision: Decision, message: string | null) => {
    if (!pending) return;
    const { target } = pending;
    setBusy(true);
    setError(null);
    try {
      const fairId = await send(target, decision, message);
      const decided = target.kind === 'one' ? [target.applicationId] : target.applicationIds;
      for (const filter of staleAfterDecision(fairId, decided)) void queryClient.invalidateQueries(filter);
      setPending(null);
      const what = target.kind === 'one' ? target.name : t('decision.count', { n: target.applicationIds.length });
      onDecided(t('decision.done', { what, status: t(`appStatus.${decision}`) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const dialog = (
    <DecisionDialog
      request={pending ? { decision: pending.decision, title: pending.title } : null}
      busy={busy}
      error={error}
      onConfirm={(d, m) => void confirm(d, m)}
      onCancel={() => setPending(null)}
    />
  );
  return { ask, dialog };
}

/** The decision buttons for one application, each named with the municipality ("宮古市を承認"). */
export function DecisionButtons({
  decisions,
  name,
  onAsk,
  compact,
}: {
  decisions: readonly Decision[];
  name: string;
  onAsk: (d: Decision) => void;
  compact?: boolean;
}) {
  const { t } = useI18n();
  if (decisions.length === 0) return null;
  return (
    <div className={`decision-buttons${compact ? ' decision-buttons--compact' : ''}`}>
      {decisions.map((d) => (
        <button key={d} type="button" className={`decision decision--${d}`} aria-label={t(DECISION_KEYS[d].row, { name })} onClick={() => onAsk(d)}>
          {t(DECISION_KEYS[d].button)}
        </button>
      ))}
    </div>
  );
}
