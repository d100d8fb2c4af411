import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Fair } from '@bussanten/contracts';
import { fairsApi } from '../api/fairs';
import { useActionFeedback } from '../../components/ActionFeedback';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FairVisibilityBadge } from '../components/FairStatusBadge';
import { FAIR_STATUS_KEYS, fairTitle, publicPath, visibilityOf } from '../components/fair-format';
import { useI18n } from '../../i18n/i18n';
import { fairKeys, staleAfterVisibilityChange } from '../queries';

/**
 * 公開停止 / 公開再開: whether the public page and feeds show the fair's latest release. Apart from
 * the status buttons: stopping hides a fair without closing its applications, and publishing a
 * release (on the releases page) makes it public whatever its status. Confirmed first, saying
 * exactly which routes go dark and that applications are untouched. The answer (the whole fair)
 * replaces the cached fair.
 */
export function VisibilityActions({ fair }: { fair: Fair }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const { feedback, succeeded, failed, clear } = useActionFeedback();

  const state = visibilityOf(fair);
  const stopping = state === 'visible';
  const words = {
    name: fairTitle(fair, lang),
    path: publicPath(fair.slug),
    status: t(FAIR_STATUS_KEYS[fair.status]),
    version: String(fair.releasedVersion ?? ''),
  };
  const change = useMutation({
    mutationFn: (visible: boolean) => fairsApi.setVisibility(fair.id, visible),
    onSuccess: (saved, visible) => {
      queryClient.setQueryData(fairKeys.detail(saved.id), saved);
      for (const filter of staleAfterVisibilityChange(saved.id)) void queryClient.invalidateQueries(filter);
      succeeded(`${t(visible ? 'visibility.restarted' : 'visibility.stopped')} ${t('visibility.cacheNote')}`);
    },
    onError: (e) => failed(e),
    onSettled: () => setAsking(false),
  });

  return (
    <section aria-labelledby="fair-visibility-heading">
      <h2 id="fair-visibility-heading">{t('visibility.heading')}</h2>
      <p>
        {t('visibility.current')} <FairVisibilityBadge fair={fair} />
        {fair.releasedVersion !== null && <span className="muted"> {t('visibility.version', { version: fair.releasedVersion })}</span>}
      </p>
      {feedback}
      {state === 'never' ? (
        <p>
          {t('visibility.neverHint', { path: publicPath(fair.slug) })} <Link to={`/fairs/${fair.id}/releases`}>{t('releases.link')}</Link>
        </p>
      ) : (
        <div className="actions">
          <button
            type="button"
            className={stopping ? 'button--danger' : undefined}
            onClick={() => {
              clear();
              setAsking(true);
            }}
          >
            {t(stopping ? 'visibility.stop' : 'visibility.restart')}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={asking}
        title={t(stopping ? 'visibility.stopTitle' : 'visibility.restartTitle', words)}
        confirmLabel={t(stopping ? 'visibility.stop' : 'visibility.restart')}
        busyLabel={t(stopping ? 'visibility.stopping' : 'visibility.restarting')}
        busy={change.isPending}
        onConfirm={() => change.mutate(!stopping)}
        onCancel={() => setAsking(false)}
        tone={stopping ? 'danger' : 'primary'}
      >
        <p>{t(stopping ? 'visibility.stopBody' : 'visibility.restartBody', words)}</p>
      </ConfirmDialog>
    </section>
  );
}
