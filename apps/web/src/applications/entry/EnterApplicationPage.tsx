import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { Application, EntryCandidate, Fair } from '@bussanten/contracts';
import { fairTiming } from '@bussanten/domain';
import { canRetry } from '../../api/query-client';
import { useFair } from '../../fairs';
import { ErrorState, Loading } from '../../components/Status';
import { prefectureLabel } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import '../../styles/applications.css';
import { reviewApi } from '../api/applications';
import { ApplicationForm, type ApplicationFormTarget } from '../my-application/ApplicationFormPage';
import { applicationKeys, staleAfterEntry, useApplication, useEntryCandidates } from '../queries';

/**
 * /fairs/:id/applications/enter: an organizer enters an application that came on paper or by fax,
 * for a municipality of the registry (most have no account): first the municipality, then the
 * representative's own form. /fairs/:id/applications/:applicationId/edit changes one so entered
 * while it is not decided. Outside the application window too, not once the fair has ended.
 */
export default function EnterApplicationPage() {
  const { id: fairId = '', applicationId } = useParams();
  if (applicationId) return <EditEntered key={applicationId} fairId={fairId} applicationId={applicationId} />;
  return <EnterNew key={fairId} fairId={fairId} />;
}

const retryOf = (query: { error: unknown; refetch: () => unknown }) => (canRetry(query.error) ? () => void query.refetch() : undefined);

/** A fair that takes no entry: a draft (municipalities cannot see it yet), archived, or past its last day in Japan. */
function takesEntries(fair: Fair): boolean {
  return (fair.status === 'accepting' || fair.status === 'closed') && fairTiming(fair, new Date()) !== 'past';
}

function useEntryTarget(fair: Fair, municipalityName: string, intro: ReactNode, send: ApplicationFormTarget['send']): ApplicationFormTarget {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const fairTitle = lang === 'en' && fair.titleEn ? fair.titleEn : fair.title;
  return {
    title: t('entry.formTitle', { municipality: municipalityName, fair: fairTitle }),
    intro,
    send,
    copyFromPrevious: false,
    backTo: `/fairs/${fair.id}/applications`,
    backLabel: t('review.backToList'),
    onSaved: (saved: Application) => {
      queryClient.setQueryData(applicationKeys.detail(saved.id), saved);
      for (const filter of staleAfterEntry(fair.id, saved.id)) void queryClient.invalidateQueries(filter);
    },
    pathAfterSave: (saved: Application) => `/fairs/${fair.id}/applications/${saved.id}`,
  };
}

function EnterNew({ fairId }: { fairId: string }) {
  const fair = useFair(fairId, { fresh: true });
  const [chosen, setChosen] = useState<EntryCandidate | null>(null);
  const f = fair.isFetchedAfterMount ? (fair.data ?? null) : null;
  if (fair.isError && !f) return <Stopped fairId={fairId} error={fair.error} onRetry={retryOf(fair)} />;
  if (!f) return <Loading />;
  if (!takesEntries(f)) return <Closed fair={f} />;
  if (!chosen) return <ChooseMunicipality fair={f} onChoose={setChosen} />;
  return <EnterForm key={chosen.id} fair={f} municipality={chosen} onChange={() => setChosen(null)} />;
}

function EnterForm({ fair, municipality, onChange }: { fair: Fair; municipality: EntryCandidate; onChange: () => void }) {
  const { t } = useI18n();
  const intro = (
    <div className="card">
      <p>
        {t('entry.formIntro', { municipality: municipality.name })}{' '}
        <button type="button" className="button--link" onClick={onChange}>
          {t('entry.changeMunicipality')}
        </button>
      </p>
      <p className="muted">{municipality.hasAccount ? t('entry.mailsAccount') : t('entry.mailsNoAccount')}</p>
    </div>
  );
  const target = useEntryTarget(fair, municipality.name, intro, (input) => reviewApi.enter(fair.id, municipality.id, input));
  return <ApplicationForm fair={fair} existing={null} target={target} />;
}

function EditEntered({ fairId, applicationId }: { fairId: string; applicationId: string }) {
  const { t } = useI18n();
  const fair = useFair(fairId, { fresh: true });
  const app = useApplication(applicationId);
  if (fair.isError && !fair.data) return <Stopped fairId={fairId} error={fair.error} onRetry={retryOf(fair)} />;
  if (app.isError && !app.data) return <Stopped fairId={fairId} error={app.error} onRetry={retryOf(app)} />;
  if (!fair.data || !app.data || app.isFetching) return <Loading />;
  const a = app.data;
  if (!a.enteredByOrganizer || a.status !== 'submitted' || !takesEntries(fair.data)) {
    return (
      <Notice fairId={fairId} title={a.municipality.name}>
        <p>{t('entry.notEditable')}</p>
        <p>
          <Link to={`/fairs/${fairId}/applications/${a.id}`}>{t('entry.toApplication')}</Link>
        </p>
      </Notice>
    );
  }
  return <EditEnteredForm fair={fair.data} application={a} />;
}

function EditEnteredForm({ fair, application: a }: { fair: Fair; application: Application }) {
  const { t } = useI18n();
  const intro = <p className="muted">{t('entry.editIntro')}</p>;
  const target = useEntryTarget(fair, a.municipality.name, intro, (input) => reviewApi.editEntered(a.id, input));
  return (
    <ApplicationForm
      key={a.id}
      fair={fair}
      existing={a}
      target={{ ...target, backTo: `/fairs/${fair.id}/applications/${a.id}`, backLabel: t('entry.toApplication') }}
    />
  );
}

/**
 * The municipality to enter for: without a search, the host's partners and earlier exhibitors; by
 * name, kana or English name otherwise. Each says whether it has an account (who gets the receipt
 * mail) and links to its application instead when it has one to this fair already.
 */
function ChooseMunicipality({ fair, onChoose }: { fair: Fair; onChoose: (m: EntryCandidate) => void }) {
  const { t, lang } = useI18n();
  const fairTitle = lang === 'en' && fair.titleEn ? fair.titleEn : fair.title;
  const title = t('entry.title', { fair: fairTitle });
  useDocumentTitle(title);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const list = useEntryCandidates(fair.id, q);
  const items = list.data ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQ(text.trim());
  };
  return (
    <>
      <p className="back">
        <Link to={`/fairs/${fair.id}/applications`}>{t('review.backToList')}</Link>
      </p>
      <h1>{title}</h1>
      <p>{t('entry.intro')}</p>
      <form role="search" className="filters__search" onSubmit={submit}>
        <label htmlFor="entry-search">{t('entry.search')}</label>
        <input
          id="entry-search"
          type="search"
          value={text}
          maxLength={100}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby="entry-search-hint"
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">{t('entry.searchButton')}</button>
        <p id="entry-search-hint" className="hint">
          {t('entry.searchHint')}
        </p>
      </form>
      <section aria-labelledby="entry-candidates-heading" aria-busy={list.isFetching}>
        <h2 id="entry-candidates-heading">{q ? t('entry.found', { q }) : t('entry.partners')}</h2>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={retryOf(list)} />
        ) : !list.data ? (
          <Loading />
        ) : items.length === 0 ? (
          <p className="empty">{q ? t('entry.noneFound') : t('entry.noPartners')}</p>
        ) : (
          <ul className="entry-candidates">
            {items.map((m) => (
              <li key={m.id}>
                <span className="entry-candidates__name">
                  {m.name}
                  <span className="muted">（{prefectureLabel(m.prefectureCode, m.prefecture, lang)}）</span>
                  {!m.hasAccount && <span className="badge badge--warning">{t('entry.noAccount')}</span>}
                </span>
                {m.applicationId ? (
                  <Link to={`/fairs/${fair.id}/applications/${m.applicationId}`}>
                    {t('entry.applied')}
                    <span className="sr-only">: {m.name}</span>
                  </Link>
                ) : (
                  <button type="button" onClick={() => onChoose(m)}>
                    {t('entry.choose')}
                    <span className="sr-only">: {m.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function Closed({ fair }: { fair: Fair }) {
  const { t, lang } = useI18n();
  return (
    <Notice fairId={fair.id} title={lang === 'en' && fair.titleEn ? fair.titleEn : fair.title}>
      <p>{t('entry.closed')}</p>
    </Notice>
  );
}

function Stopped({ fairId, error, onRetry }: { fairId: string; error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <p className="back">
        <Link to={`/fairs/${fairId}/applications`}>{t('review.backToList')}</Link>
      </p>
      <ErrorState error={error} onRetry={onRetry} />
    </>
  );
}

function Notice({ fairId, title, children }: { fairId: string; title: string; children: ReactNode }) {
  const { t } = useI18n();
  useDocumentTitle(title);
  return (
    <>
      <p className="back">
        <Link to={`/fairs/${fairId}/applications`}>{t('review.backToList')}</Link>
      </p>
      <h1>{title}</h1>
      <div className="status">{children}</div>
    </>
  );
}
