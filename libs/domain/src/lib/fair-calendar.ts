import type { ApiErrorDetail } from '@bussanten/contracts';
import { isIsoDate } from './wareki';

/** One day of a fair in Japan: a calendar date and its opening hours ('HH:MM'), or closed. */
export interface FairDay {
  date: string;
  opens: string | null;
  closes: string | null;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function minutesOf(time: string): number {
  const m = TIME.exec(time);
  if (!m) throw new RangeError(`not a time of day: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export const isClosed = (d: FairDay): boolean => d.opens === null && d.closes === null;

/**
 * Problems with a fair's days, one detail per bad field (`days.2.closes`): dates that do not exist,
 * the same date twice, times that are not HH:MM, only one of the two times, closing at or before
 * opening, and days outside the fair's first..last range when one is given.
 */
export function fairDayProblems(days: FairDay[], range?: { first: string; last: string }): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  const seen = new Map<string, number>();
  days.forEach((d, i) => {
    const at = (field: string) => `days.${i}.${field}`;
    if (!isIsoDate(d.date)) {
      problems.push({ field: at('date'), rule: 'isDate', message: `${at('date')} ${d.date} is not a calendar date` });
      return;
    }
    const earlier = seen.get(d.date);
    if (earlier !== undefined) problems.push({ field: at('date'), rule: 'unique', message: `${at('date')} repeats days.${earlier}.date` });
    seen.set(d.date, i);
    if (range && (d.date < range.first || d.date > range.last)) {
      problems.push({ field: at('date'), rule: 'withinFair', message: `${at('date')} is outside ${range.first}..${range.last}` });
    }
    if (isClosed(d)) return;
    for (const field of ['opens', 'closes'] as const) {
      const v = d[field];
      if (v === null || !TIME.test(v)) problems.push({ field: at(field), rule: 'isTime', message: `${at(field)} must be a time as HH:MM` });
    }
    if (d.opens && d.closes && TIME.test(d.opens) && TIME.test(d.closes) && minutesOf(d.closes) <= minutesOf(d.opens)) {
      problems.push({ field: at('closes'), rule: 'afterOpening', message: `${at('closes')} ${d.closes} is not after opening ${d.opens}` });
    }
  });
  return problems;
}

/** The days a fair is open, in date order. */
export function openDays(days: FairDay[]): FairDay[] {
  return days.filter((d) => !isClosed(d)).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Days that are shorter than the fair's usual hours (the 2023 fair's last day closed at 18:00). */
export function shortDays(days: FairDay[]): FairDay[] {
  const open = openDays(days);
  const length = (d: FairDay) => minutesOf(d.closes as string) - minutesOf(d.opens as string);
  const longest = Math.max(0, ...open.map(length));
  return open.filter((d) => length(d) < longest);
}

/** The calendar date and time of day of an instant in Japan, whatever the process time zone. */
export function tokyoDateTime(instant: Date): { date: string; time: string } {
  // Japan has no daylight saving time: UTC+9 all year.
  const t = new Date(instant.getTime() + 9 * 3600_000);
  const iso = t.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

export type OpenState = { open: true; closes: string } | { open: false; next: FairDay | null };

/** "Open now, closes at 18:00" or the next opening, for an instant, in Japan time. */
export function openStateAt(days: FairDay[], instant: Date): OpenState {
  const { date, time } = tokyoDateTime(instant);
  const now = minutesOf(time);
  const open = openDays(days);
  const today = open.find((d) => d.date === date);
  if (today && now >= minutesOf(today.opens as string) && now < minutesOf(today.closes as string)) {
    return { open: true, closes: today.closes as string };
  }
  const next = open.find((d) => d.date > date || (d.date === date && now < minutesOf(d.opens as string))) ?? null;
  return { open: false, next };
}

/** The application window must close after it opens (either end may be left open). */
export function applicationWindowProblems(opensAt: string | null | undefined, closesAt: string | null | undefined): ApiErrorDetail[] {
  if (!opensAt || !closesAt || Date.parse(closesAt) > Date.parse(opensAt)) return [];
  return [{ field: 'applicationsCloseAt', rule: 'afterOpening', message: 'applicationsCloseAt must be after applicationsOpenAt' }];
}
