import { tokyoDateTime, weekdayOf } from '@bussanten/domain';
import type { Lang } from '../../i18n/dictionaries';

/**
 * Fair days and ranges of days as people write them on a fair's paperwork. Dates are calendar days
 * ('YYYY-MM-DD') and are split as text, so the browser's time zone can never move a day.
 */

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthDay(date: string): [month: number, day: number] {
  return [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** '2023-02-17' → '2月17日' (ja) / 'Feb 17' (en). */
export function formatShortDate(date: string, lang: Lang): string {
  const [m, d] = monthDay(date);
  return lang === 'ja' ? `${m}月${d}日` : `${MONTHS_EN[m - 1]} ${d}`;
}

/** '2023-02-17' → '2月17日(金)' (ja) / 'Fri, Feb 17' (en): how a fair day is named on buttons and checkboxes. */
export function formatFairDay(date: string, lang: Lang): string {
  const w = weekdayOf(date);
  return lang === 'ja' ? `${formatShortDate(date, lang)}(${WEEKDAYS_JA[w]})` : `${WEEKDAYS_EN[w]}, ${formatShortDate(date, lang)}`;
}

/** An inclusive range of days: '2月17日〜2月19日', or just '2月17日' for one day. */
export function formatDayRange(range: { from: string; to: string }, lang: Lang): string {
  if (range.from === range.to) return formatShortDate(range.from, lang);
  return lang === 'ja'
    ? `${formatShortDate(range.from, lang)}〜${formatShortDate(range.to, lang)}`
    : `${formatShortDate(range.from, lang)} – ${formatShortDate(range.to, lang)}`;
}

/** An instant (ISO) as its Japan-time day and time: '2月10日 17:00' / 'Feb 10 17:00'. */
export function formatTokyoShort(iso: string, lang: Lang): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const { date, time } = tokyoDateTime(at);
  return `${formatShortDate(date, lang)} ${time}`;
}

/**
 * Consecutive days as ranges, e.g. for listing the days an application attends compactly:
 * ['2023-02-17','2023-02-18','2023-02-20'] → 17–18 and 20. "Consecutive" is by the calendar here;
 * for booth holdings use the domain's attendanceRanges, which knows the fair's closed days.
 */
export function calendarRuns(days: readonly string[]): { from: string; to: string }[] {
  const sorted = [...new Set(days)].sort();
  const runs: { from: string; to: string }[] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && nextDay(last.to) === day) last.to = day;
    else runs.push({ from: day, to: day });
  }
  return runs;
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The days attended, compactly: '2月17日〜2月18日、2月20日'. */
export function formatDays(days: readonly string[], lang: Lang): string {
  return calendarRuns(days)
    .map((r) => formatDayRange(r, lang))
    .join(lang === 'ja' ? '、' : ', ');
}

/** Whether `day` lies in the inclusive range. */
export const covers = (range: { from: string; to: string }, day: string): boolean => range.from <= day && day <= range.to;
