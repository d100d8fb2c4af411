import { useState } from 'react';
import type { Fair, FairStatus } from '@bussanten/contracts';
import { FAIR_TRANSITIONS } from '@bussanten/domain';
import { fairsApi } from '../api/fairs';
import { useActionFeedback } from '../../components/ActionFeedback';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FairStatusBadge } from '../components/FairStatusBadge';
import { FAIR_STATUS_KEYS, fairTitle, publicPath } from '../components/fair-format';
import { useI18n } from '../../i18n/i18n';
import { transitionBodyKey, transitionLabelKey, transitionPublicKey } from './transitions';

/**
 * The fair's status and a button for each status it may move to next (FAIR_TRANSITIONS, the same
 * table the API enforces), each confirmed first: opening or closing applications reaches every
 * representative, so a stray click must not do it. Each confirmation says what happens to applications
 * and to the public page (nothing: visibility is VisibilityActions' own state).
 */
export function StatusActions({ fair, onChanged }: { fair: Fair; onChanged: (fair: Fair) => void }) {
  const { t, lang } = useI18n();
  const [target, setTarget] = useState<FairStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const { feedback, succeeded, failed, clear } = useActionFeedback();

  const next = FAIR_TRANSITIONS[fair.status];
  const confirm = async (to: FairStatus) => {
    setBusy(true);
    try {
      const saved = await fairsApi.changeStatus(fair.id, to);
      setTarget(null);
      succeeded(t('fairs.status.changed', { status: t(FAIR_STATUS_KEYS[saved.status]) }));
      onChanged(saved);
    } catch (e) {
      setTarget(null);
      failed(e);
    } finally {
      setBusy(false);
    }
  };

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
        busy={busy}
        onConfirm={() => target && void confirm(target)}
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
