import { Link, useParams, useSearchParams } from 'react-router';
import type { DaySheet, DaySheetVisit } from '@bussanten/contracts';
import { formatWarekiDate } from '@bussanten/domain';
import { formatFairDay, NeedsList } from '../../applications';
import { useFair } from '../../fairs';
import { canRetry } from '../../api/query-client';
import { ErrorState, Loading } from '../../components/Status';
import '../../styles/applications.css';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { FloorPlanSvg, type PlanHighlight } from '../assign/FloorPlanSvg';
import { useDaySheet } from '../queries';
import { sheetAssignments, sheetDay, sheetPlan, sheetTotals } from './day-sheet-model';
import './day-sheet.css';

/** '令和5年2月17日(金)' in Japanese; 'Fri, Feb 17, 2023' in English. */
function sheetDate(date: string, lang: 'ja' | 'en'): string {
  return lang === 'ja' ? formatWarekiDate(date) : `${formatFairDay(date, lang)}, ${date.slice(0, 4)}`;
}

/** The map is read-only: nothing is being placed, chosen or proposed. */
const NO_HIGHLIGHT: PlanHighlight = { applicationId: null, lacking: new Set(), changing: new Set() };

/**
 * /fairs/:id/day-sheet?day=YYYY-MM-DD: the 当日シート for the people on the floor that day, from one
 * request (GET /api/fairs/:id/day-sheet): the day's hours, a small map, booth by booth who is there
 * with their on-site staff and phones, how many, when they load in, and the guests' visits. The fair
 * itself (its days, for the day switcher) is the one other read. Printed on A4 portrait without the
 * site's header and buttons.
 */
export default function DaySheetPage() {
  const { id: fairId = '' } = useParams();
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const fair = useFair(fairId);
  const day = fair.data ? sheetDay(fair.data.days, params.get('day')) : null;
  const sheet = useDaySheet(fairId, day);

  const fairTitle = fair.data ? (lang === 'en' && fair.data.titleEn ? fair.data.titleEn : fair.data.title) : null;
  const heading = day ? t('daySheet.heading', { date: sheetDate(day, lang) }) : t('daySheet.title');
  useDocumentTitle(fairTitle ? `${heading} ${fairTitle}` : heading);

  const back = (
    <p className="back">
      <Link to={`/fairs/${fairId}/assign${day ? `?day=${day}` : ''}`}>{t('daySheet.back')}</Link>
    </p>
  );
  if (fair.isError && !fair.data) {
    return (
      <>
        {back}
        <ErrorState error={fair.error} onRetry={canRetry(fair.error) ? () => void fair.refetch() : undefined} />
      </>
    );
  }
  if (!fair.data) return <Loading />;
  if (!day) {
    return (
      <>
        {back}
        <h1 className="day-sheet__title">{heading}</h1>
        <p className="empty">{t('assign.noDays')}</p>
      </>
    );
  }

  return (
    <article className="day-sheet" aria-labelledby="day-sheet-heading">
      {back}
      <p className="eyebrow">{fairTitle}</p>
      <h1 id="day-sheet-heading" className="day-sheet__title">
        {heading}
      </h1>

      <div className="day-sheet__controls no-print">
        <div className="field">
          <label htmlFor="day-sheet-day">{t('daySheet.day')}</label>
          <select id="day-sheet-day" value={day} onChange={(e) => setParams({ day: e.target.value }, { replace: true })}>
            {fair.data.days.map((d) => (
              <option key={d.date} value={d.date}>
                {d.opens === null ? t('daySheet.dayClosedOption', { day: formatFairDay(d.date, lang) }) : formatFairDay(d.date, lang)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button--primary" onClick={() => window.print()} disabled={!sheet.data}>
          {t('daySheet.print')}
        </button>
      </div>

      {sheet.isError && !sheet.data ? (
        <ErrorState error={sheet.error} onRetry={canRetry(sheet.error) ? () => void sheet.refetch() : undefined} />
      ) : !sheet.data ? (
        <Loading label={t('daySheet.loading')} />
      ) : (
        <SheetBody sheet={sheet.data} />
      )}
    </article>
  );
}

function SheetBody({ sheet }: { sheet: DaySheet }) {
  const { t, lang } = useI18n();
  const { day } = sheet;
  const holiday = day.holiday ? (lang === 'en' ? day.holiday.nameEn : day.holiday.name) : null;
  const totals = sheetTotals(sheet);
  return (
    <>
      <p className="day-sheet__facts">
        <span>
          {sheet.fair.venueName} {sheet.fair.roomName}
        </span>
        <span>
          {day.closed || !day.opens || !day.closes ? t('daySheet.closed') : t('daySheet.hours', { opens: day.opens, closes: day.closes })}
          {holiday && ` (${holiday})`}
        </span>
        {!day.closed && <span>{t('daySheet.totals', { exhibitors: totals.exhibitors, staff: totals.staff })}</span>}
      </p>

      {day.closed ? (
        <p className="empty">{t('daySheet.closedDay')}</p>
      ) : sheet.booths.length === 0 ? (
        <p className="empty">{t('assign.noBooths')}</p>
      ) : (
        <>
          <figure className="day-sheet__map">
            <FloorPlanSvg plan={sheetPlan(sheet)} day={day.date} assignments={sheetAssignments(sheet)} highlight={NO_HIGHLIGHT} />
            <figcaption className="muted">{t('daySheet.mapCaption', { room: sheet.fair.roomName })}</figcaption>
          </figure>
          {totals.exhibitors === 0 && <p className="empty">{t('daySheet.noExhibitors')}</p>}
          <BoothTable sheet={sheet} />
          <Visits visits={sheet.visits} />
        </>
      )}
    </>
  );
}

function BoothTable({ sheet }: { sheet: DaySheet }) {
  const { t, lang } = useI18n();
  return (
    <table className="day-sheet__booths">
      <caption>{t('daySheet.boothsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('daySheet.booth')}</th>
          <th scope="col">{t('daySheet.exhibitor')}</th>
          <th scope="col">{t('application.products')}</th>
          <th scope="col">{t('daySheet.onSite')}</th>
          <th scope="col">{t('review.needs')}</th>
          <th scope="col">{t('daySheet.loadIn')}</th>
        </tr>
      </thead>
      <tbody>
        {sheet.booths.map(({ id, code, exhibitor: e }) =>
          !e ? (
            <tr key={id} className="day-sheet__empty-row">
              <th scope="row">{code}</th>
              <td colSpan={5}>{t('daySheet.vacant')}</td>
            </tr>
          ) : (
            <tr key={id}>
              <th scope="row">{code}</th>
              <td>
                {e.municipalityName}
                {e.prefecture && <span className="muted day-sheet__prefecture">{e.prefecture}</span>}
              </td>
              <td>{e.productNames.join(lang === 'ja' ? '、' : ', ')}</td>
              <td>
                <span className="day-sheet__staff-count">{t('daySheet.staffCount', { n: e.staffCount })}</span>
                {e.staff.length > 0 && (
                  <ul className="day-sheet__staff">
                    {e.staff.map((s, i) => (
                      <li key={i}>
                        {s.name} <a href={`tel:${s.phone.replace(/[^\d+]/g, '')}`}>{s.phone}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <NeedsList needs={e.needs} />
              </td>
              <td>{!e.loadsIn ? t('daySheet.noLoadIn') : [e.loadInTime, e.vehicle].filter(Boolean).join(' ・ ') || t('daySheet.loadInUnset')}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

function Visits({ visits }: { visits: DaySheetVisit[] }) {
  const { t, lang } = useI18n();
  const place = (p: DaySheetVisit['place']) =>
    p.kind === 'booth'
      ? p.holder
        ? `${p.boothCode} ${p.holder}`
        : p.boothCode
      : p.kind === 'stage'
        ? lang === 'en' && p.nameEn
          ? p.nameEn
          : p.name
        : t('daySheet.wholeVenue');
  return (
    <section className="day-sheet__visits" aria-labelledby="day-sheet-visits">
      <h2 id="day-sheet-visits">{t('daySheet.visits')}</h2>
      {visits.length === 0 ? (
        <p className="empty">{t('daySheet.noVisits')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('daySheet.visitTime')}</th>
              <th scope="col">{t('daySheet.guest')}</th>
              <th scope="col">{t('daySheet.place')}</th>
            </tr>
          </thead>
          <tbody>
            {visits.map((v) => (
              <tr key={v.id}>
                <td>
                  {t('daySheet.visitRange', { start: v.start, end: v.end })}
                  {v.approximate && ` ${t('daySheet.approximate')}`}
                  {v.status === 'mayChange' && <span className="badge">{t('daySheet.mayChange')}</span>}
                </td>
                <td>{lang === 'en' && v.guest.nameEn ? v.guest.nameEn : v.guest.name}</td>
                <td>{place(v.place)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
