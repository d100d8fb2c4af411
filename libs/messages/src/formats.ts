import type { Formats, Formatters } from 'intl-messageformat';

/**
 * The shared formats of every message: dates and times always in Japan time (the fairs are held in
 * Tokyo, whatever the zone of the server or the browser), named date styles including 和暦, grouped
 * numbers. A message names them: `{day, date, wareki}`, `{at, time, hm}`, `{n, number}`.
 */

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** The locale each language formats with. */
export const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

/** The fairs are run in Tokyo: times are shown in Japan time wherever the server or browser is. */
export const DISPLAY_TIME_ZONE = 'Asia/Tokyo';

/**
 * Named styles for `{x, date, style}` / `{x, time, style}` / `{x, number, style}`. The locale of the
 * message decides the words and order within one style ('2月17日' / 'Feb 17'); a message that needs
 * another order composes several styles ('{d, date, monthDay} ({d, date, weekday})' → 'Feb 17 (Fri)').
 */
export const FORMATS = {
  number: {
    /** 44905 → '44,905' (the default of `{n, number}` groups too). */
    grouped: { useGrouping: true, maximumFractionDigits: 0 },
    /** 1259.891 → '1,259.89'. */
    decimal2: { useGrouping: true, maximumFractionDigits: 2 },
  },
  date: {
    /** '17日' / '17' */
    day: { day: 'numeric' },
    /** '金' / 'Fri' */
    weekday: { weekday: 'short' },
    /** '2月' / 'Feb' */
    month: { month: 'short' },
    /** '2023年' / '2023' */
    year: { year: 'numeric' },
    /** '2月17日' / 'Feb 17' */
    monthDay: { month: 'short', day: 'numeric' },
    /** '17日(金)' */
    dayWeekday: { day: 'numeric', weekday: 'short' },
    /** '2月17日(金)' / 'Fri, Feb 17' */
    monthDayWeekday: { month: 'short', day: 'numeric', weekday: 'short' },
    /** '2023年2月17日(金)' / 'Fri, Feb 17, 2023' */
    fullDateWeekday: { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' },
    /** '2023年2月17日' / 'February 17, 2023' */
    long: { year: 'numeric', month: 'long', day: 'numeric' },
    /** 和暦 with the weekday: '令和5年2月17日(金)' (令和元年 for the first year). */
    wareki: { calendar: 'japanese', era: 'long', year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' },
    /** 和暦 without the weekday: '平成14年4月1日'. */
    warekiDate: { calendar: 'japanese', era: 'long', year: 'numeric', month: 'long', day: 'numeric' },
    /** The era year alone: '平成14年', '令和元年' / '14 Heisei'. */
    warekiYear: { calendar: 'japanese', era: 'long', year: 'numeric' },
    /** An instant: '2026年11月24日 17:05' / 'Nov 24, 2026, 17:05'. */
    dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    /** An instant, all in figures with seconds: '2030/1/1 12:04:05'. */
    numericDateTime: { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
  },
  time: {
    /** '09:05', 24-hour clock. */
    hm: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  },
} satisfies Formats;

export type DateStyle = keyof typeof FORMATS.date;

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written 'YYYY-MM-DD' (what PostgreSQL `date` columns give). */
export function isCalendarDay(value: string): boolean {
  const m = CALENDAR_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(2000, mo - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * A calendar day ('2023-02-17') as an instant to format: noon UTC of that day, which is 21:00 of the
 * same day in Tokyo. Every format shows Japan time, so the day never shifts, whatever the process's
 * own zone. Throws a RangeError for a day that does not exist ('2023-02-30').
 */
export function calendarDay(isoDate: string): Date {
  if (!isCalendarDay(isoDate)) throw new RangeError(`not a calendar date: ${isoDate}`);
  const t = new Date(Date.UTC(2000, Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)), 12));
  t.setUTCFullYear(Number(isoDate.slice(0, 4)));
  return t;
}

/**
 * What a date or time argument accepts: a Date, epoch milliseconds, a calendar day 'YYYY-MM-DD'
 * (see calendarDay) or an ISO 8601 instant ('2026-11-24T08:05:00Z'). Anything else is a RangeError.
 */
export function toInstant(value: Date | number | string): Date {
  const date = typeof value === 'string' ? (CALENDAR_DAY.test(value) ? calendarDay(value) : new Date(value)) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return date;
}

function memo<T>(make: (locales: string | string[] | undefined, options: object | undefined) => T) {
  const cache = new Map<string, T>();
  return (locales?: string | string[], options?: object): T => {
    const key = JSON.stringify([locales, options]);
    let value = cache.get(key);
    if (value === undefined) {
      value = make(locales, options);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * The Intl objects every message formats with, shared and cached. Each date and time format is
 * pinned to Japan time, skeletons ('{d, date, ::MMMd}') included.
 */
export const formatters: Formatters = {
  getNumberFormat: memo((locales, options) => new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions)) as Formatters['getNumberFormat'],
  getDateTimeFormat: memo((locales, options) => new Intl.DateTimeFormat(locales, { ...(options as Intl.DateTimeFormatOptions), timeZone: DISPLAY_TIME_ZONE })),
  getPluralRules: memo((locales, options) => new Intl.PluralRules(locales, options as Intl.PluralRulesOptions)),
};

/** A shared date format of `lang` (or a locale such as 'ja-JP'), in Japan time. */
export function dateFormat(langOrLocale: Lang | string, style: DateStyle): Intl.DateTimeFormat {
  const locale = langOrLocale in LOCALES ? LOCALES[langOrLocale as Lang] : langOrLocale;
  return formatters.getDateTimeFormat(locale, FORMATS.date[style]);
}
