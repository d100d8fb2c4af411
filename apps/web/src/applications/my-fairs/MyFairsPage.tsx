import { Link } from 'react-router';
import type { ApplicationSummary, FairForApplicants } from '@bussanten/contracts';
import { Flash } from '../../components/Flash';
import { QueryState } from '../../components/QueryState';
import { BoothCodes } from '../components/AssignmentList';
import { formatDayRange, formatDays } from '../components/day-format';
import { fairGroups, windowLabel, windowState } from '../components/labels';
import { StatusBadge } from '../components/StatusBadge';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useMyApplications, useMyFairs } from '../queries';

/**
 * /my/fairs: the fairs taking applications now, each with its window and the way in (apply, or the
 * application already sent); then those not taking applications now and those that have ended, each
 * in its own list; then the municipality's own applications.
 */
export default function MyFairsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('myFairs.title'));
  const fairs = useMyFairs();
  const apps = useMyApplications();

  return (
    <>
      <h1>{t('myFairs.title')}</h1>
      <Flash />
      <QueryState query={fairs}>
        {(list) => {
          const groups = fairGroups(list, new Date());
          const cards = (group: typeof list) => (
            <ul className="cards">
              {group.map((f) => (
                <li key={f.id}>
                  <FairCard fair={f} mine={apps.data?.find((a) => a.id === f.myApplicationId) ?? null} />
                </li>
              ))}
            </ul>
          );
          return (
            <>
              <section aria-labelledby="fairs-heading">
                <h2 id="fairs-heading">{t('myFairs.fairs')}</h2>
                {groups.open.length === 0 ? <p className="empty">{t('myFairs.noFairs')}</p> : cards(groups.open)}
              </section>
              {groups.notOpen.length > 0 && (
                <section aria-labelledby="not-open-heading">
                  <h2 id="not-open-heading">{t('myFairs.notOpen')}</h2>
                  {cards(groups.notOpen)}
                </section>
              )}
              {groups.ended.length > 0 && (
                <section aria-labelledby="ended-heading">
                  <h2 id="ended-heading">{t('myFairs.ended')}</h2>
                  {cards(groups.ended)}
                </section>
              )}
            </>
          );
        }}
      </QueryState>

      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">{t('myFairs.mine')}</h2>
        <QueryState query={apps}>
          {(list) =>
            list.length === 0 ? (
              <p className="empty">{t('myFairs.noApplications')}</p>
            ) : (
              <ul className="cards">
                {list.map((a) => (
                  <li key={a.id}>
                    <ApplicationCard application={a} />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
    </>
  );
}

function FairCard({ fair: f, mine }: { fair: FairForApplicants; mine: ApplicationSummary | null }) {
  const { t, lang } = useI18n();
  const title = lang === 'en' && f.titleEn ? f.titleEn : f.title;
  const dates = f.days.map((d) => d.date).sort();
  const state = windowState(f, new Date());
  const headingId = `fair-${f.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <p id={headingId} className="card__title">
        {title}
      </p>
      <dl className="facts facts--compact">
        {dates.length > 0 && (
          <div>
            <dt>{t('myFairs.dates')}</dt>
            <dd>{formatDayRange({ from: dates[0] as string, to: dates[dates.length - 1] as string }, lang)}</dd>
          </div>
        )}
        <div>
          <dt>{t('myFairs.venue')}</dt>
          <dd>
            {f.venueName} {f.roomName}
          </dd>
        </div>
        <div>
          <dt>{t('myFairs.window')}</dt>
          <dd>
            <span className={`window window--${state.kind}`}>{windowLabel(state, lang)}</span>
          </dd>
        </div>
      </dl>
      <p className="card__actions">
        {/* A withdrawn or declined application can be sent again while the window is open. */}
        {f.open && (!f.myApplicationId || mine?.status === 'withdrawn' || mine?.status === 'declined') && (
          <Link className="button button--primary" to={`/my/fairs/${f.id}/apply`}>
            {t('myFairs.apply')}
          </Link>
        )}{' '}
        {f.myApplicationId && <Link to={`/my/applications/${f.myApplicationId}`}>{t('myFairs.toApplication')}</Link>}
      </p>
    </article>
  );
}

function ApplicationCard({ application: a }: { application: ApplicationSummary }) {
  const { t, lang } = useI18n();
  const headingId = `application-${a.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <p id={headingId} className="card__title">
        <Link to={`/my/applications/${a.id}`}>{a.fairTitle}</Link>
      </p>
      <p>
        <StatusBadge status={a.status} />
      </p>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('application.days')}</dt>
          <dd>{formatDays(a.days, lang)}</dd>
        </div>
        {a.assignments.length > 0 && (
          <div>
            <dt>{t('myApp.booth')}</dt>
            <dd>
              <BoothCodes assignments={a.assignments} />
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
