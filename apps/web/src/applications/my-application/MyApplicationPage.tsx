import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withdrawalOutcome } from '@bussanten/domain';
import type { MessageKey } from '../../i18n/dictionaries';
import { myApplicationsApi } from '../api/applications';
import { describeError } from '../../api/error-messages';
import { canRetry } from '../../api/query-client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Flash } from '../../components/Flash';
import { ErrorState, Loading } from '../../components/Status';
import { ApplicationFacts } from '../components/ApplicationFacts';
import { AssignmentList } from '../components/AssignmentList';
import { EnteredMark } from '../components/EnteredMark';
import { StatusBadge } from '../components/StatusBadge';
import { formatDateTime } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { applicationKeys, staleAfterMyApplication, useMyApplication } from '../queries';
import { ExhibitorGuideSection } from './ExhibitorGuideSection';

/** The words of withdrawing: 申込の取り下げ before a decision, 出展辞退 once accepted (the API decides the same way). */
const WITHDRAWAL_WORDS: Record<'withdrawn' | 'declined', Record<'button' | 'title' | 'body' | 'confirm' | 'busy' | 'done', MessageKey>> = {
  withdrawn: {
    button: 'myApp.withdraw',
    title: 'myApp.withdrawTitle',
    body: 'myApp.withdrawBody',
    confirm: 'myApp.withdrawConfirm',
    busy: 'myApp.withdrawing',
    done: 'myApp.withdrawn',
  },
  declined: {
    button: 'myApp.decline',
    title: 'myApp.declineTitle',
    body: 'myApp.declineBody',
    confirm: 'myApp.declineConfirm',
    busy: 'myApp.declining',
    done: 'myApp.declined',
  },
};

/**
 * /my/applications/:id: the representative's own application: where it stands, the organizer's
 * message, the booth once assigned, everything sent, and the ways to change or withdraw it.
 */
export default function MyApplicationPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const app = useMyApplication(id);
  // After withdrawing, the answer is the application as it now stands: it replaces the cached one.
  const shown = app.data;
  useDocumentTitle(shown ? shown.fairTitle : null);

  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const withdrawal = useMutation({
    mutationFn: (applicationId: string) => myApplicationsApi.withdraw(applicationId),
    onSuccess: (saved) => {
      queryClient.setQueryData(applicationKeys.myApplication(saved.id), saved);
      for (const filter of staleAfterMyApplication()) void queryClient.invalidateQueries(filter);
      setDone(t(saved.status === 'declined' ? 'myApp.declined' : 'myApp.withdrawn'));
    },
    onSettled: () => setConfirming(false),
  });
  const withdrawError = withdrawal.error;
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (withdrawError !== null) errorRef.current?.focus();
  }, [withdrawError]);

  if (app.isError && !shown) {
    return (
      <>
        <BackLink />
        <ErrorState error={app.error} onRetry={canRetry(app.error) ? () => void app.refetch() : undefined} />
      </>
    );
  }
  if (!shown) return <Loading />;
  const outcome = withdrawalOutcome(shown.status);
  const words = WITHDRAWAL_WORDS[outcome ?? 'withdrawn'];

  return (
    <>
      <BackLink />
      <Flash />
      <div className="page-heading">
        <hgroup>
          <p className="eyebrow">{t('myApp.eyebrow')}</p>
          <h1>{shown.fairTitle}</h1>
        </hgroup>
        <div className="actions">
          {shown.editable && shown.status === 'draft' && (
            <Link className="button button--primary" to={`/my/fairs/${shown.fairId}/apply`}>
              {t('myApp.continueDraft')}
            </Link>
          )}
          {shown.editable && shown.status !== 'draft' && (
            <Link className="button" to={`/my/applications/${shown.id}/edit`}>
              {t('common.edit')}
            </Link>
          )}
          {shown.status === 'accepted' && (
            <Link className="button" to={`/my/applications/${shown.id}/sales`}>
              {t('sales.my.link')}
            </Link>
          )}
          {outcome && (
            <button type="button" className="button--danger" onClick={() => setConfirming(true)}>
              {t(words.button)}
            </button>
          )}
        </div>
      </div>
      {done && (
        <p className="flash" role="status">
          {done}
        </p>
      )}
      {withdrawError !== null && (
        <div className="status status--error" role="alert" tabIndex={-1} ref={errorRef}>
          <p>{describeError(withdrawError, lang).message}</p>
        </div>
      )}

      <section aria-labelledby="status-heading" className="card status-card">
        <h2 id="status-heading">{t('myApp.status')}</h2>
        <p>
          <StatusBadge status={shown.status} />{' '}
          {shown.status === 'draft' ? (
            <span className="muted">{t('myApp.draftNote')}</span>
          ) : (
            <span className="muted">{t('myApp.submittedAt', { at: formatDateTime(shown.submittedAt, lang) })}</span>
          )}
        </p>
        {shown.enteredByOrganizer && (
          <p>
            <EnteredMark /> <span className="muted">{t('entry.myNote')}</span>
          </p>
        )}
        {shown.decisionMessage && (
          <div className="decision-message">
            <p className="card__subtitle">{t('myApp.decisionMessage')}</p>
            <p className="pre-line">{shown.decisionMessage}</p>
          </div>
        )}
        {shown.assignments.length > 0 ? (
          <div className="booth-summary">
            <p className="card__subtitle">{t('myApp.booth')}</p>
            <AssignmentList assignments={shown.assignments} />
          </div>
        ) : (
          shown.status === 'accepted' && <p className="muted">{t('myApp.boothPending')}</p>
        )}
        {shown.tieLabel && (
          <p>
            <span className="card__subtitle">{t('myApp.tieLabel')}</span> {shown.tieLabel}
          </p>
        )}
      </section>

      {shown.status !== 'draft' && <ExhibitorGuideSection applicationId={shown.id} accepted={shown.status === 'accepted'} />}

      <ApplicationFacts application={shown} />

      <ConfirmDialog
        open={confirming}
        title={t(words.title)}
        confirmLabel={t(words.confirm)}
        busyLabel={t(words.busy)}
        busy={withdrawal.isPending}
        onConfirm={() => withdrawal.mutate(shown.id)}
        onCancel={() => setConfirming(false)}
      >
        <p>{t(words.body, { fair: shown.fairTitle })}</p>
      </ConfirmDialog>
    </>
  );
}

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back">
      <Link to="/my/fairs">{t('myFairs.title')}</Link>
    </p>
  );
}
