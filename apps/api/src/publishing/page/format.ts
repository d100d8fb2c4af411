import { tokyoDateTime } from '@bussanten/domain';
import { calendarDay, dateFormat, translate, type Lang } from '@bussanten/messages';

// Calendar dates ('2023-02-17') are days in Japan, formatted by the catalogs' page.* messages with
// the shared date formats (Japan time, so the page reads the same on any server).

type Span = 'day' | 'month' | 'year' | 'other';

/** What the last day of a range shares with the first; in Japanese the era is part of the year. */
function spanOf(first: string, last: string, lang: Lang): Span {
  if (first === last) return 'day';
  const year = (iso: string) => (lang === 'ja' ? dateFormat('ja', 'warekiYear').format(calendarDay(iso)) : iso.slice(0, 4));
  if (year(first) !== year(last)) return 'other';
  return first.slice(0, 7) === last.slice(0, 7) ? 'month' : 'year';
}

/** The fair's dates, the last day without what it shares with the first: '令和5年2月17日(金)〜21日(火)' / 'Fri 17 – Tue 21 Feb 2023'. */
export function dateRange(first: string, last: string, lang: Lang): string {
  return translate(lang, 'page.dateRange', { first, last, span: spanOf(first, last, lang) });
}

/** '令和5年2月17日(金)〜21日(火)' (also on the English page, marked as Japanese). */
export const warekiRange = (first: string, last: string): string => dateRange(first, last, 'ja');

/** 'Fri 17 – Tue 21 Feb 2023' */
export const englishRange = (first: string, last: string): string => dateRange(first, last, 'en');

/** '2023-02-17 – 2023-02-21' */
export function isoRange(first: string, last: string): string {
  return first === last ? first : `${first} – ${last}`;
}

/** One day in a list or table: '2月17日(金)' / 'Fri 17 Feb'. */
export function shortDate(iso: string, lang: Lang): string {
  return translate(lang, 'page.shortDate', { day: iso });
}

/** The day of the month, for "21日は18:00まで". */
export const dayOfMonth = (iso: string): number => Number(iso.slice(8, 10));

/** A day of the fair in full: '令和5年2月18日(土)' / 'Sat 18 Feb 2023'. */
export function fullDate(iso: string, lang: Lang): string {
  return translate(lang, 'page.fullDate', { day: iso });
}

/** '500〜1,500円' / '¥500–1,500'; null when no price is known. */
export function priceRange(min: number | null, max: number | null, lang: Lang): string | null {
  if (min !== null && max !== null && min !== max) return translate(lang, 'page.priceRange', { min, max });
  const price = min ?? max;
  return price === null ? null : translate(lang, 'page.price', { price });
}

/** An instant as Japan time, '2023-02-10 12:00' (the release stamp, in figures in both languages). */
export function tokyoStamp(instant: string): string {
  const { date, time } = tokyoDateTime(new Date(instant));
  return `${date} ${time}`;
}
