import { formatWarekiDate, tokyoDateTime, warekiOfDate, weekdayOf } from '@bussanten/domain';
import type { Lang } from './texts';

// Calendar dates ('2023-02-17') are days in Japan: formatted by arithmetic, never through the
// process time zone or Intl, so the page reads the same on any server.
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const parts = (iso: string) => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });

/** '令和5年2月17日(金)〜21日(火)': the second date drops what it shares with the first. */
export function warekiRange(first: string, last: string): string {
  if (first === last) return formatWarekiDate(first);
  const a = parts(first);
  const b = parts(last);
  const sameEra = warekiOfDate(first)?.era === warekiOfDate(last)?.era && a.y === b.y;
  const tail = `${b.d}日(${WEEKDAYS_JA[weekdayOf(last)]})`;
  if (sameEra && a.m === b.m) return `${formatWarekiDate(first)}〜${tail}`;
  if (sameEra) return `${formatWarekiDate(first)}〜${b.m}月${tail}`;
  return `${formatWarekiDate(first)}〜${formatWarekiDate(last)}`;
}

/** '2023-02-17 – 2023-02-21' */
export function isoRange(first: string, last: string): string {
  return first === last ? first : `${first} – ${last}`;
}

/** 'Fri 17 Feb 2023' */
export function englishDate(iso: string, withYear = true): string {
  const { y, m, d } = parts(iso);
  return `${WEEKDAYS_EN[weekdayOf(iso)]} ${d} ${MONTHS_EN[m - 1]}${withYear ? ` ${y}` : ''}`;
}

/** 'Fri 17 – Tue 21 Feb 2023' */
export function englishRange(first: string, last: string): string {
  if (first === last) return englishDate(first);
  const a = parts(first);
  const b = parts(last);
  const end = englishDate(last);
  if (a.y === b.y && a.m === b.m) return `${WEEKDAYS_EN[weekdayOf(first)]} ${a.d} – ${end}`;
  if (a.y === b.y) return `${englishDate(first, false)} – ${end}`;
  return `${englishDate(first)} – ${end}`;
}

/** One day in a list or table: '2月17日(金)' / 'Fri 17 Feb'. */
export function shortDate(iso: string, lang: Lang): string {
  const { m, d } = parts(iso);
  return lang === 'ja' ? `${m}月${d}日(${WEEKDAYS_JA[weekdayOf(iso)]})` : englishDate(iso, false);
}

/** The day of the month, for "21日は18:00まで". */
export const dayOfMonth = (iso: string): number => parts(iso).d;

/** A day of the fair in full: '令和5年2月18日(土)' / 'Sat 18 Feb 2023'. */
export function fullDate(iso: string, lang: Lang): string {
  return lang === 'ja' ? formatWarekiDate(iso) : englishDate(iso);
}

/** '500〜1,500円' / '¥500–1,500'; null when no price is known. */
export function priceRange(min: number | null, max: number | null, lang: Lang): string | null {
  const n = (v: number) => v.toLocaleString('en-US');
  const range = min !== null && max !== null && min !== max ? [n(min), n(max)] : min !== null ? [n(min)] : max !== null ? [n(max)] : null;
  if (!range) return null;
  return lang === 'ja' ? `${range.join('〜')}円` : `¥${range.join('–')}`;
}

/** An instant as Japan time, '2023-02-10 12:00'. */
export function tokyoStamp(instant: string): string {
  const { date, time } = tokyoDateTime(new Date(instant));
  return `${date} ${time}`;
}
