import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { Application, ApplicationEvent, Assignment } from '@bussanten/contracts';
import { reviewApi } from '../api/applications';
import { describeError } from '../../api/error-messages';
import { canRetry } from '../../api/query-client';
import { useFair } from '../../fairs';
import { useAuth } from '../../auth/AuthContext';
import { ErrorState, Loading } from '../../components/Status';
import { ApplicationFacts } from '../components/ApplicationFacts';
import { AssignmentList } from '../components/AssignmentList';
import { decisionsFor } from '../components/labels';
import { EnteredMark } from '../components/EnteredMark';
import { StatusBadge } from '../components/StatusBadge';
import { DecisionButtons, useDecisionFlow } from '../components/useDecisionFlow';
import '../../styles/applications.css';
import { formatDateTime } from '../../i18n/format';
import { isMessageKey } from '../../i18n/dictionaries';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { UnassignDialog } from '../components/UnassignDialog';
import { staleAfterTieLabel, staleAfterUnassign, useApplication, useApplicationHistory } from '../queries';

/**
 * /fairs/:id/applications/:applicationId: one application in full for the organizers (staff and
 * permit included), with the decisions, the public tie label, the booths it holds and its history.
 */
export default function ReviewDetailPage() {
  const { id: fairId = '', applicationId = '' } = useParams();
  const { t, lang } = useI18n();
  const app = useApplication(applicationId);
  const history = useApplicationHistory(applicationId);
  const fair = useFair(fairId);
  const a = app.data;
  useDocumentTitle(a ? a.municipality.name : null);

  const [flash, setFlash] = useState<string | null>(null);
  const decisions = useDecisionFlow(setFlash);

  const fairTitle = fair.data ? (lang === 'en' && fair.data.titleEn ? fair.data.titleEn : fair.data.title) : null;
  const back = (
    <p className="back">
      <Link to={`/fairs/${fairId}/applications`}>{t('review.backToList')}</Link>
    </p>
  );
  if (app.isError && !a) {
    return (
      <>
        {back}
        <ErrorState error={app.error} onRetry={canRetry(app.error) ? () => void app.refetch() : undefined} />
      </>
    );
  }
  if (!a) return <Loading />;

  return (
    <>
      {back}
      <div className="page-heading">
        <hgroup>
          {fairTitle && <p className="eyebrow">{fairTitle}</p>}
          <h1>{a.municipality.name}</h1>
          <p className="reading">{a.municipality.prefecture}</p>
        </hgroup>
      </div>
      {flash && (
        <p className="flash" role="status">
          {flash}
        </p>
      )}

      <section aria-labelledby="decision-heading" className="card status-card">
        <h2 id="decision-heading">{t('review.decision')}</h2>
        <p>
          <StatusBadge status={a.status} />
          {a.enteredByOrganizer && <EnteredMark />} <span className="muted">{t('myApp.submittedAt', { at: formatDateTime(a.submittedAt, lang) })}</span>
        </p>
        {a.enteredByOrganizer && a.status === 'submitted' && (
          <p>
            <Link to={`/fairs/${fairId}/applications/${a.id}/edit`}>{t('entry.edit')}</Link>
          </p>
        )}
        {a.decisionMessage && (
          <div className="decision-message">
            <p className="card__subtitle">{t('myApp.decisionMessage')}</p>
            <p className="pre-line">{a.decisionMessage}</p>
          </div>
        )}
        <DecisionButtons
          decisions={decisionsFor(a.status)}
          name={a.municipality.name}
          onAsk={(d) => decisions.ask(d, { kind: 'one', applicationId: a.id, name: a.municipality.name })}
        />
      </section>

      <TieLabelForm application={a} />

      <Booths application={a} fairId={fairId} />

      <ApplicationFacts application={a} />

      <History history={history} />

      {decisions.dialog}
    </>
  );
}

/**
 * The public label of the municipality's tie to the host, prefilled with the registry's proposal.
 * Once saved, the application (and its history) and the fair's lists are read again.
 */
function TieLabelForm({ application: a }: { application: Application }) {
  const { t, lang } = useI18n();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [text, setText] = useState(a.tieLabel ?? '');
  const [saved, setSaved] = useState(false);
  // The label read again (saved here, or by someone else) replaces what is in the box.
  const [shownLabel, setShownLabel] = useState(a.tieLabel);
  if (a.tieLabel !== shownLabel) {
    setShownLabel(a.tieLabel);
    setText(a.tieLabel ?? '');
  }
  const host = user?.host ? (lang === 'en' && user.host.nameEn ? user.host.nameEn : user.host.name) : t('review.theHost');
  const save = useMutation({
    mutationFn: (tieLabel: string | null) => reviewApi.setTieLabel(a.id, tieLabel),
    onMutate: () => setSaved(false),
    onSuccess: (updated) => {
      for (const filter of staleAfterTieLabel(updated.fairId, updated.id)) void queryClient.invalidateQueries(filter);
      setSaved(true);
    },
  });
  const saving = save.isPending;
  const error = save.error;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(text.trim() === '' ? null : text.trim());
  };

  return (
    <section aria-labelledby="tie-heading">
      <h2 id="tie-heading">{t('review.tieHeading')}</h2>
      <form className="inline-form" onSubmit={submit} aria-busy={saving}>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor="tie-label">{t('review.tieLabel', { host })}</label>
          <input
            id="tie-label"
            type="text"
            value={text}
            maxLength={200}
            aria-describedby="tie-label-hint"
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setSaved(false);
            }}
          />
          <p id="tie-label-hint" className="hint">
            {t('review.tieHint')}
          </p>
          {error !== null && (
            <p className="field__error" role="alert">
              {describeError(error, lang).message}
            </p>
          )}
        </div>
        <button type="submit" disabled={saving}>
          {saving ? t('common.saving') : t('review.save')}
        </button>
        <span role="status" className="muted">
          {saved ? t('review.tieSaved') : ''}
        </span>
      </form>
    </section>
  );
}

/** The booths the application holds, each removable after a confirmation; what that frees is read again. */
function Booths({ application: a, fairId }: { application: Application; fairId: string }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<Assignment | null>(null);
  const unassign = useMutation({
    mutationFn: (assignment: Assignment) => reviewApi.unassign(assignment.id),
    onSuccess: (_, assignment) => {
      for (const filter of staleAfterUnassign(fairId, assignment.applicationId)) void queryClient.invalidateQueries(filter);
    },
    onSettled: () => setRemoving(null),
  });
  const busy = unassign.isPending;
  const error = unassign.error;
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error !== null) errorRef.current?.focus();
  }, [error]);

  return (
    <section aria-labelledby="booths-heading">
      <h2 id="booths-heading">{t('review.booths')}</h2>
      {error !== null && (
        <div className="status status--error" role="alert" tabIndex={-1} ref={errorRef}>
          <p>{describeError(error, lang).message}</p>
        </div>
      )}
      {a.assignments.length === 0 ? (
        <p className="muted">{t('assignment.none')}</p>
      ) : (
        <AssignmentList assignments={a.assignments} onRemove={(x) => setRemoving(x)} />
      )}
      {a.status === 'accepted' && (
        <p>
          <Link to={`/fairs/${fairId}/assign?day=${[...a.days].sort()[0] ?? ''}`}>{t('review.toAssign')}</Link>
        </p>
      )}
      <UnassignDialog removing={removing} busy={busy} onConfirm={() => removing && unassign.mutate(removing)} onCancel={() => setRemoving(null)} />
    </section>
  );
}

/** Who did what when: submitted, changed, decided (with the message sent), placed. */
function History({ history }: { history: UseQueryResult<ApplicationEvent[]> }) {
  const { t, lang } = useI18n();
  const events = history.data;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('review.history')}</h2>
      {history.isError && !events ? (
        <ErrorState error={history.error} onRetry={canRetry(history.error) ? () => void history.refetch() : undefined} />
      ) : !events ? (
        <Loading />
      ) : events.length === 0 ? (
        <p className="muted">{t('review.noHistory')}</p>
      ) : (
        <ol className="timeline">
          {events.map((e, i) => {
            const key = `history.${e.action}`;
            return (
              <li key={i}>
                <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
                <span className="timeline__what">
                  {isMessageKey(key) ? t(key) : e.action}
                  {e.status && (
                    <>
                      {' '}
                      <StatusBadge status={e.status} />
                    </>
                  )}
                </span>
                {e.actorName && <span className="muted">{e.actorName}</span>}
                {e.message && <p className="pre-line timeline__message">{e.message}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
