import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Application } from '@bussanten/contracts';
import { formatWarekiDate, openDays } from '@bussanten/domain';
import { formatFairDay, NeedsList, useAssignments, useReviewList } from '../../applications';
import { useFair, useFloorPlan } from '../../fairs';
import { canRetry } from '../../api/query-client';
import { ErrorState, Loading } from '../../components/Status';
import '../../styles/applications.css';
import { useApplicationDetails } from '../queries';
import { formatNumber } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { holdersOn, sheetRows } from './day-sheet-model';
import './day-sheet.css';

/** Every application of the fair, whatever its status: the sheet names the day's holders. */
const ALL = {};

/** '令和5年2月17日(金)' in Japanese; 'Fri, Feb 17, 2023' in English. */
function sheetDate(date: string, lang: 'ja' | 'en'): string {
  return lang === 'ja' ? formatWarekiDate(date) : `${formatFairDay(date, lang)}, ${date.slice(0, 4)}`;
}

/**
 * /fairs/:id/day-sheet?day=YYYY-MM-DD: the sheet for the people on the floor that day, booth by
 * booth: who is there, what they sell, how many staff, what they need and when they load in.
 * Printed on A4 portrait without the site's header and buttons.
 */
export default function DaySheetPage() {
  const { id: fairId = '' } = useParams();
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const fair = useFair(fairId);
  const plan = useFloorPlan(fairId);
  const apps = useReviewList(fairId, ALL);
  const held = useAssignments(fairId);

  const days = useMemo(() => (fair.data ? openDays(fair.data.days) : []), [fair.data]);
  const day = days.find((d) => d.date === params.get('day'))?.date ?? days[0]?.date ?? null;
  const holders = day && held.data ? holdersOn(day, held.data) : [];
  // Staff count and load-in are only on the full application: fetch those of the day's exhibitors.
  const details = useApplicationDetails(holders, Boolean(held.data && day));

  const fairTitle = fair.data ? (lang === 'en' && fair.data.titleEn ? fair.data.titleEn : fair.data.title) : null;
  const heading = day ? t('daySheet.heading', { date: sheetDate(day, lang) }) : t('daySheet.title');
  useDocumentTitle(fairTitle ? `${heading} ${fairTitle}` : heading);

  const back = (
    <p className="back">
      <Link to={`/fairs/${fairId}/assign${day ? `?day=${day}` : ''}`}>{t('daySheet.back')}</Link>
    </p>
  );
  const failed = [fair, plan, apps, held].find((r) => r.isError && !r.data);
  if (failed || details.error !== null) {
    const error = failed ? failed.error : details.error;
    const retry = failed ? () => void failed.refetch() : details.retry;
    return (
      <>
        {back}
        <ErrorState error={error} onRetry={canRetry(error) ? retry : undefined} />
      </>
    );
  }
  if (!fair.data || !plan.data || !apps.data || !held.data) return <Loading />;
  if (!day) {
    return (
      <>
        {back}
        <p className="empty">{t('assign.noDays')}</p>
      </>
    );
  }
  const detailMap = new Map<string, Application>(details.data.map((a) => [a.id, a]));
  const rows = sheetRows(plan.data.booths, day, held.data, apps.data, detailMap);
  const dash = <span aria-label={t('common.notSet')}>—</span>;

  return (
    <article className="day-sheet" aria-labelledby="day-sheet-heading">
      {back}
      <p className="eyebrow">{fairTitle}</p>
      <h1 id="day-sheet-heading" className="day-sheet__title">
        {heading}
      </h1>
      <p className="muted">
        {fair.data.venue.name} {fair.data.room.name}
      </p>

      <div className="day-sheet__controls no-print">
        <div className="field">
          <label htmlFor="day-sheet-day">{t('daySheet.day')}</label>
          <select id="day-sheet-day" value={day} onChange={(e) => setParams({ day: e.target.value }, { replace: true })}>
            {days.map((d) => (
              <option key={d.date} value={d.date}>
                {formatFairDay(d.date, lang)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button--primary" onClick={() => window.print()}>
          {t('daySheet.print')}
        </button>
      </div>

      {details.loading && <Loading label={t('daySheet.loadingDetails')} />}
      {rows.length === 0 ? (
        <p className="empty">{t('assign.noBooths')}</p>
      ) : (
        <table>
          <caption className="sr-only">{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t('daySheet.booth')}</th>
              <th scope="col">{t('daySheet.exhibitor')}</th>
              <th scope="col">{t('daySheet.prefecture')}</th>
              <th scope="col">{t('application.products')}</th>
              <th scope="col" className="num">
                {t('daySheet.staff')}
              </th>
              <th scope="col">{t('review.needs')}</th>
              <th scope="col">{t('daySheet.loadIn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) =>
              !r.assignment ? (
                <tr key={r.booth.id} className="day-sheet__empty-row">
                  <th scope="row">{r.booth.code}</th>
                  <td colSpan={6}>{t('daySheet.vacant')}</td>
                </tr>
              ) : (
                <tr key={r.booth.id}>
                  <th scope="row">{r.booth.code}</th>
                  <td>{r.assignment.municipalityName}</td>
                  <td>{r.summary?.municipality.prefecture ?? dash}</td>
                  <td>{r.summary ? r.summary.productNames.join(lang === 'ja' ? '、' : ', ') : dash}</td>
                  <td className="num">{r.detail && r.detail.staffCount !== null ? formatNumber(r.detail.staffCount, lang) : dash}</td>
                  <td>{r.summary ? <NeedsList needs={r.summary.needs} /> : dash}</td>
                  <td>
                    {!r.loadInToday
                      ? t('daySheet.noLoadIn')
                      : r.detail
                        ? [r.detail.loadInTime, r.detail.vehicle].filter(Boolean).join(' ・ ') || t('daySheet.loadInUnset')
                        : dash}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </article>
  );
}
