import type { FairDay } from '@bussanten/contracts';
import { isClosed, shortDays } from '@bussanten/domain';
import { HolidayMark } from '../components/HolidayMark';
import { formatFullDate, isWeekend } from '../components/fair-format';
import { ResultsTable } from '../../components/ListPage';
import { useI18n } from '../../i18n/i18n';

/**
 * The fair's days with their hours. A day shorter than the others (the 2023 fair's last day closed
 * at 18:00) is marked in words, not only by colour, because exhibitors plan their packing by it.
 */
export function FairDaysTable({ days }: { days: readonly FairDay[] }) {
  const { t, lang } = useI18n();
  const short = new Set(shortDays([...days]).map((d) => d.date));
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : 1));
  return (
    <ResultsTable
      captionId="fair-days-caption"
      caption={t('fairs.detail.daysCaption')}
      columns={[{ label: t('fairs.col.date') }, { label: t('fairs.col.hours') }, { label: t('fairs.col.note') }]}
    >
      {sorted.map((d) => {
        const closed = isClosed(d);
        const isShort = short.has(d.date);
        return (
          <tr key={d.date} className={closed ? 'row--closed' : isShort ? 'row--short' : undefined}>
            <th scope="row" className={isWeekend(d.date) || d.holiday ? 'weekday--weekend' : undefined}>
              {formatFullDate(d.date, lang)}
            </th>
            <td>{closed ? t('fairs.detail.closedDay') : t('fairs.hours', { opens: d.opens ?? '', closes: d.closes ?? '' })}</td>
            <td>
              <HolidayMark holiday={d.holiday} />
              {isShort && <span className="tag">{t('fairs.detail.shortDay', { closes: d.closes ?? '' })}</span>}
            </td>
          </tr>
        );
      })}
    </ResultsTable>
  );
}
