import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Application, ApplicationEvent, Assignment } from '@bussanten/contracts';
import { reviewApi } from '../api/applications';
import { describeError } from '../../api/error-messages';
import { fairsApi } from '../../fairs';
import { useAuth } from '../../auth/AuthContext';
import { ErrorState, Loading } from '../../components/Status';
import { ApplicationFacts } from '../components/ApplicationFacts';
import { AssignmentList } from '../components/AssignmentList';
import { decisionsFor } from '../components/labels';
import { StatusBadge } from '../components/StatusBadge';
import { DecisionButtons, useDecisionFlow } from '../components/useDecisionFlow';
import '../../styles/applications.css';
import { useResource } from '../../hooks/useResource';
import { formatDateTime } from '../../i18n/format';
import { isMessageKey } from '../../i18n/dictionaries';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { UnassignDialog } from '../components/UnassignDialog';

/**
 * /fairs/:id/applications/:applicationId: one application in full for the organizers (staff and
 * permit included), with the decisions, the public tie label, the booths it holds and its history.
 */
export default function ReviewDetailPage() {
  const { id: fairId = '', applicationId = '' } = useParams();
  const { t, lang } = useI18n();
  const app = useResource(applicationId, (signal) => reviewApi.get(applicationId, { signal }));
  const history = useResource(applicationId, (signal) => reviewApi.history(applicationId, { signal }));
  const fair = useResource(fairId, (signal) => fairsApi.getFair(fairId, { signal }));
  const a = app.data && app.data.id === applicationId ? app.data : null;
  useDocumentTitle(a ? a.municipality.name : null);

  const [flash, setFlash] = useState<string | null>(null);
  const reload = () => {
    app.reload();
    history.reload();
  };
  const decisions = useDecisionFlow((done) => {
    setFlash(done);
    reload();
  });

  const fairTitle = fair.data ? (lang === 'en' && fair.data.titleEn ? fair.data.titleEn : fair.data.title) : null;
  const back = (
    <p className="back">
      <Link to={`/fairs/${fairId}/applications`}>{t('review.backToList')}</Link>
    </p>
  );
  if (app.error !== null && !a) {
    return (
      <>
        {back}
        <ErrorState error={app.error} onRetry={app.reload} />
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
          <StatusBadge status={a.status} />{' '}
          <span className="muted">{t('myApp.submittedAt', { at: formatDateTime(a.submittedAt, lang) })}</span>
        </p>
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

      <TieLabelForm application={a} onSaved={reload} />

      <Booths application={a} fairId={fairId} onChanged={reload} />

      <ApplicationFacts application={a} />

      <History events={history.data} error={history.error} onRetry={history.reload} />

      {decisions.dialog}
    </>
  );
}

/** The public label of the municipality's tie to the host, prefilled with the registry's proposal. */
function TieLabelForm({ application: a, onSaved }: { application: Application; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const { user } = useAuth();
  const [text, setText] = useState(a.tieLabel ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setText(a.tieLabel ?? ''), [a.tieLabel]);
  const host = user?.host ? (lang === 'en' && user.host.nameEn ? user.host.nameEn : user.host.name) : t('review.theHost');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      await reviewApi.setTieLabel(a.id, text.trim() === '' ? null : text.trim());
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="tie-heading">
      <h2 id="tie-heading">{t('review.tieHeading')}</h2>
      <form className="inline-form" onSubmit={(e) => void submit(e)} aria-busy={saving}>
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

/** The booths the application holds, each removable after a confirmation. */
function Booths({ application: a, fairId, onChanged }: { application: Application; fairId: string; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [removing, setRemoving] = useState<Assignment | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error !== null) errorRef.current?.focus();
  }, [error]);

  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    setError(null);
    try {
      await reviewApi.unassign(removing.id);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  };

  return (
    <section aria-labelledby="booths-heading">
      <h2 id="booths-heading">{t('review.booths')}</h2>
      {error !== null && (
        <div className="status status--error" role="alert" tabIndex={-1} ref={errorRef}>
          <p>{describeError(error, lang).message}</p>
        </div>
      )}
      {a.assignments.length === 0 ? <p className="muted">{t('assignment.none')}</p> : <AssignmentList assignments={a.assignments} onRemove={(x) => setRemoving(x)} />}
      {a.status === 'accepted' && (
        <p>
          <Link to={`/fairs/${fairId}/assign?day=${[...a.days].sort()[0] ?? ''}`}>{t('review.toAssign')}</Link>
        </p>
      )}
      <UnassignDialog removing={removing} busy={busy} onConfirm={() => void remove()} onCancel={() => setRemoving(null)} />
    </section>
  );
}

/** Who did what when: submitted, changed, decided (with the message sent), placed. */
function History({ events, error, onRetry }: { events: ApplicationEvent[] | null; error: unknown; onRetry: () => void }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('review.history')}</h2>
      {error !== null && !events ? (
        <ErrorState error={error} onRetry={onRetry} />
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
