import { Link } from 'react-router';
import type { HomeFair } from '@bussanten/contracts';
import { QueryState } from '../../components/QueryState';
import { FAIR_STATUS_KEYS, FairPeriodText, VISIBILITY_KEYS, fairTitle, visibilityOf } from '../../fairs';
import { formatDateTime } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useHomeSummary } from '../queries';
import { TIMING_KEYS, fairTasks, hostTasks, type HomeTask } from './home-model';
// The fair status badges' colours (a shared stylesheet: the fairs context's badges wear them too).
import '../../styles/fairs.css';
import './home.css';

/**
 * /home, where signing in lands an organizer: per fair of the host (not archived; running and
 * coming ones first) what waits to be done, each count a link to the page where it is done, and
 * once for the host the mails and webhook deliveries that failed.
 */
export default function HomePage() {
  const { t } = useI18n();
  useDocumentTitle(t('home.title'));
  const summary = useHomeSummary();

  return (
    <>
      <h1>{t('home.title')}</h1>
      <div aria-busy={summary.isFetching}>
        <QueryState query={summary} loadingLabel={t('home.loading')}>
          {(data) => (
            <>
              {data.fairs.length === 0 ? (
                <div className="empty">
                  <p>{t('home.empty')}</p>
                  <p>
                    <Link to="/fairs/new">{t('home.emptyAction')}</Link>
                  </p>
                </div>
              ) : (
                <>
                  <p className="muted">{t('home.intro')}</p>
                  <ul className="cards home-fairs">
                    {data.fairs.map((fair) => (
                      <li key={fair.id}>
                        <FairCard fair={fair} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <section aria-labelledby="home-host-heading" className="home-host">
                <h2 id="home-host-heading">{t('home.hostWide')}</h2>
                <TaskList tasks={hostTasks(data)} />
              </section>
            </>
          )}
        </QueryState>
      </div>
    </>
  );
}

/** One fair: its name (to its page), when, where it stands, its four counts and the deadlines still ahead. */
function FairCard({ fair }: { fair: HomeFair }) {
  const { t, lang } = useI18n();
  const headingId = `home-fair-${fair.id}`;
  const { applicationsCloseAt, firstDay } = fair.deadlines;
  const visibility = visibilityOf(fair);
  return (
    <article className="card home-fair" aria-labelledby={headingId}>
      <h2 id={headingId} className="home-fair__title">
        <Link to={`/fairs/${encodeURIComponent(fair.id)}`}>{fairTitle(fair, lang)}</Link>
      </h2>
      <p className="badges">
        <span className={`badge home-timing home-timing--${fair.timing}`}>{t(TIMING_KEYS[fair.timing])}</span>
        <span className={`badge fair-status fair-status--${fair.status}`}>{t(FAIR_STATUS_KEYS[fair.status])}</span>
        <span className={`badge fair-status fair-visibility--${visibility}`}>{t(VISIBILITY_KEYS[visibility])}</span>
      </p>
      <p className="home-fair__period">
        <FairPeriodText first={fair.firstDay} last={fair.lastDay} />
      </p>
      <h3 className="sr-only">{t('home.tasks')}</h3>
      <TaskList tasks={fairTasks(fair)} />
      <h3 className="home-fair__subheading">{t('home.deadlines')}</h3>
      {applicationsCloseAt || firstDay ? (
        <dl className="facts facts--compact home-deadlines">
          {applicationsCloseAt && (
            <div>
              <dt>{t('home.deadline.applicationsClose')}</dt>
              <dd>
                <time dateTime={applicationsCloseAt}>{formatDateTime(applicationsCloseAt, lang)}</time>
                <span className="muted"> {t('home.japanTime')}</span>
              </dd>
            </div>
          )}
          {firstDay && (
            <div>
              <dt>{t('home.deadline.firstDay')}</dt>
              <dd>
                <time dateTime={firstDay}>{t('home.deadline.day', { day: firstDay })}</time>
              </dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="muted">{t('home.deadline.none')}</p>
      )}
    </article>
  );
}

/** Counts as links; a count above zero stands out, a zero is shown quietly. */
function TaskList({ tasks }: { tasks: HomeTask[] }) {
  const { t } = useI18n();
  return (
    <ul className="home-tasks">
      {tasks.map((task) => (
        <li key={task.id} className={task.attention ? 'home-task home-task--attention' : 'home-task home-task--quiet'}>
          <Link to={task.to}>{t(task.label, task.params)}</Link>
        </li>
      ))}
    </ul>
  );
}
