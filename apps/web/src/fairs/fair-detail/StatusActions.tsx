import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Fair, FairStatus } from '@bussanten/contracts';
import { FAIR_TRANSITIONS } from '@bussanten/domain';
import { fairsApi } from '../api/fairs';
import { useActionFeedback } from '../../components/ActionFeedback';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FairStatusBadge } from '../components/FairStatusBadge';
import { FAIR_STATUS_KEYS, fairTitle, publicPath } from '../components/fair-format';
import { useI18n } from '../../i18n/i18n';
import { fairKeys, staleAfterStatusChange } from '../queries';
import { transitionBodyKey, transitionLabelKey, transitionPublicKey } from './transitions';

/**
 * The fair's status and a button for each status it may move to next (FAIR_TRANSITIONS, the same
 * table the API enforces), each confirmed first: opening or closing applications reaches every
 * representative, so a stray click must not do it. Each confirmation says what happens to applications
 * and to the public page (nothing: visibility is VisibilityActions' own state). The answer (the
 * whole fair) replaces the cached fair, so the page shows the new status at once.
 */
export function StatusActions({ fair }: { fair: Fair }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<FairStatus | null>(null);
  const { feedback, succeeded, failed, clear } = useActionFeedback();
  const change = useMutation({
    mutationFn: (to: FairStatus) => fairsApi.changeStatus(fair.id, to),
    onSuccess: (saved) => {
      queryClient.setQueryData(fairKeys.detail(saved.id), saved);
      for (const filter of staleAfterStatusChange()) void queryClient.invalidateQueries(filter);
      setTarget(null);
      succeeded(t('fairs.status.changed', { status: t(FAIR_STATUS_KEYS[saved.status]) }));
    },
    onError: (e) => {
      setTarget(null);
      failed(e);
    },
  });

  const next = FAIR_TRANSITIONS[fair.status];

  return (
    <section aria-labelledby="fair-status-heading">
      <h2 id="fair-status-heading">{t('fairs.detail.status')}</h2>
      <p>
        {t('fairs.detail.currentStatus')} <FairStatusBadge status={fair.status} />
      </p>
      {feedback}
      {next.length === 0 ? (
        <p className="muted">{t('fairs.detail.noTransitions')}</p>
      ) : (
        <div className="actions">
          {next.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'archived' ? 'button--danger' : undefined}
              onClick={() => {
                clear();
                setTarget(to);
              }}
            >
              {t(transitionLabelKey(fair.status, to))}
            </button>
          ))}
        </div>
      )}
      <ConfirmDialog
        open={target !== null}
        title={target ? t('fairs.status.confirmTitle', { name: fairTitle(fair, lang), status: t(FAIR_STATUS_KEYS[target]) }) : ''}
        confirmLabel={target ? t(transitionLabelKey(fair.status, target)) : ''}
        busyLabel={t('fairs.status.changing')}
        busy={change.isPending}
        onConfirm={() => target && change.mutate(target)}
        onCancel={() => setTarget(null)}
        tone={target === 'archived' ? 'danger' : 'primary'}
      >
        {target && (
          <>
            <p>{t(transitionBodyKey(target), { path: publicPath(fair.slug) })}</p>
            <p>{t(transitionPublicKey(fair), { path: publicPath(fair.slug) })}</p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
