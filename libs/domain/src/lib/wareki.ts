/**
 * 和暦 (Japanese era) conversion. Pure arithmetic on calendar dates, so the result never depends on
 * the process time zone: a `date` from PostgreSQL ('2023-02-17') is a day in Japan, not an instant.
 */

export interface Era {
  name: string;
  nameEn: string;
  /** First day of the era, YYYY-MM-DD (Gregorian). */
  starts: string;
}

/** Newest first. Dates are the first day of each era as proclaimed. */
export const ERAS: readonly Era[] = [
  { name: '令和', nameEn: 'Reiwa', starts: '2019-05-01' },
  { name: '平成', nameEn: 'Heisei', starts: '1989-01-08' },
  { name: '昭和', nameEn: 'Showa', starts: '1926-12-25' },
  { name: '大正', nameEn: 'Taisho', starts: '1912-07-30' },
  { name: '明治', nameEn: 'Meiji', starts: '1868-10-23' },
];

export interface WarekiYear {
  era: string;
  eraEn: string;
  /** 1 for the first year (元年). */
  year: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function parseIsoDate(value: string): [number, number, number] {
  if (!isIsoDate(value)) throw new RangeError(`not a calendar date: ${value}`);
  const m = ISO_DATE.exec(value) as RegExpExecArray;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The era and era year of a calendar date, or null before 明治. */
export function warekiOfDate(isoDate: string): WarekiYear | null {
  const [year] = parseIsoDate(isoDate);
  // ISO dates of equal length compare correctly as strings.
  const era = ERAS.find((e) => isoDate >= e.starts);
  if (!era) return null;
  return { era: era.name, eraEn: era.nameEn, year: year - Number(era.starts.slice(0, 4)) + 1 };
}

/**
 * The era year of a Gregorian year when only the year is known (the seeds often give only a year).
 * A year in which the era changed is named by the era in force at its end: 2019 → 令和元年,
 * 1989 → 平成元年, which is how such years are usually written.
 */
export function warekiOfYear(year: number): WarekiYear | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  return warekiOfDate(`${String(year).padStart(4, '0')}-12-31`);
}

export function formatEraYear(w: WarekiYear): string {
  return `${w.era}${w.year === 1 ? '元' : w.year}年`;
}

/** 2002 → '平成14年'; 2019 → '令和元年'; null before 明治. */
export function formatWarekiYear(year: number): string | null {
  const w = warekiOfYear(year);
  return w ? formatEraYear(w) : null;
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

/** Day of the week of a calendar date, 0 = Sunday, independent of the process time zone. */
export function weekdayOf(isoDate: string): number {
  const [y, m, d] = parseIsoDate(isoDate);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** '2023-02-17' → '令和5年2月17日(金)'. */
export function formatWarekiDate(isoDate: string, options: { weekday?: boolean } = {}): string {
  const [, m, d] = parseIsoDate(isoDate);
  const w = warekiOfDate(isoDate);
  const head = w ? formatEraYear(w) : `${isoDate.slice(0, 4)}年`;
  const weekday = options.weekday === false ? '' : `(${WEEKDAYS_JA[weekdayOf(isoDate)]})`;
  return `${head}${m}月${d}日${weekday}`;
}
