import type { ApiErrorDetail, Fair, FairDayInput, FairInput } from '@bussanten/contracts';
import { MAX_SLUG_LENGTH, applicationWindowProblems, fairDayProblems, isIsoDate, ruleDetail, ruleMessage, slugRule, tokyoDateTime } from '@bussanten/domain';

/** One day row as the form holds it: the typed times are kept even while the day is marked closed. */
export interface DayRow {
  date: string;
  opens: string;
  closes: string;
  closed: boolean;
}

/** What the form holds: exactly what the user typed, so nothing is lost when the API says no. */
export interface FairFormValues {
  title: string;
  titleEn: string;
  slug: string;
  roomId: string;
  description: string;
  days: DayRow[];
  /** 'YYYY-MM-DDTHH:MM' as a datetime-local input gives it, meant as Japan time. */
  applicationsOpenAt: string;
  applicationsCloseAt: string;
}

/** The usual hours of a department-store event hall; most fairs keep them and shorten the last day. */
export const DEFAULT_HOURS = { opens: '10:00', closes: '20:00' } as const;

/** The API takes at most 60 days (class-validator ArrayMaxSize on FairInput.days). */
export const MAX_DAYS = 60;

export const EMPTY_FAIR_FORM: FairFormValues = {
  title: '',
  titleEn: '',
  slug: '',
  roomId: '',
  description: '',
  days: [],
  applicationsOpenAt: '',
  applicationsCloseAt: '',
};

/** The text fields, in form order: a server detail on one of them points at its control. */
export const FAIR_TEXT_FIELDS = ['title', 'titleEn', 'slug', 'roomId', 'description', 'applicationsOpenAt', 'applicationsCloseAt'] as const;

/** The calendar date after `date` (both 'YYYY-MM-DD'), by UTC arithmetic so no time zone moves it. */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Every date from `first` to `last`, both included; empty when the range runs backwards or is not dates. */
export function datesBetween(first: string, last: string, max = MAX_DAYS + 1): string[] {
  if (!isIsoDate(first) || !isIsoDate(last) || last < first) return [];
  const out: string[] = [];
  for (let d = first; d <= last && out.length < max; d = nextDate(d)) out.push(d);
  return out;
}

/** Why a first/last date pair cannot make days, as details on 'firstDate' / 'lastDate'. */
export function rangeProblems(first: string, last: string): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  if (!isIsoDate(first)) out.push({ field: 'firstDate', rule: first ? 'isDate' : 'required', message: 'firstDate must be a date' });
  if (!isIsoDate(last)) out.push({ field: 'lastDate', rule: last ? 'isDate' : 'required', message: 'lastDate must be a date' });
  if (out.length) return out;
  if (last < first) out.push({ field: 'lastDate', rule: 'notBeforeFirst', message: 'lastDate must not be before firstDate' });
  else if (datesBetween(first, last).length > MAX_DAYS)
    out.push({ field: 'lastDate', rule: 'tooManyDays', message: `at most ${MAX_DAYS} days`, meta: { max: MAX_DAYS } });
  return out;
}

/**
 * Rows for every date from first to last with the default hours. A date that already had a row
 * keeps it, so regenerating after changing the last date does not undo hours typed in.
 */
export function generateDays(first: string, last: string, existing: readonly DayRow[] = []): DayRow[] {
  const kept = new Map(existing.map((row) => [row.date, row]));
  return datesBetween(first, last, MAX_DAYS).map((date) => kept.get(date) ?? { date, ...DEFAULT_HOURS, closed: false });
}

/** One more day after the latest one, with the hours of the latest day (a fair is usually extended by a like day). */
export function addDay(days: readonly DayRow[], fallbackDate: string): DayRow[] {
  if (days.length === 0) return isIsoDate(fallbackDate) ? [{ date: fallbackDate, ...DEFAULT_HOURS, closed: false }] : [];
  const latest = [...days].sort((a, b) => (a.date < b.date ? -1 : 1))[days.length - 1] as DayRow;
  return [...days, { date: nextDate(latest.date), opens: latest.opens || DEFAULT_HOURS.opens, closes: latest.closes || DEFAULT_HOURS.closes, closed: false }];
}

export function toFairDays(rows: readonly DayRow[]): FairDayInput[] {
  return rows.map((r) => (r.closed ? { date: r.date, opens: null, closes: null } : { date: r.date, opens: r.opens, closes: r.closes }));
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/;

/**
 * A datetime-local value read as Japan time, as the API wants it: '2023-01-10T09:00' →
 * '2023-01-10T09:00:00+09:00'. The browser's own time zone plays no part, so an organizer
 * travelling abroad still sets the Tokyo deadline. null for an empty box, undefined for nonsense.
 */
export function tokyoLocalToIso(local: string): string | null | undefined {
  const text = local.trim();
  if (text === '') return null;
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m || !isIsoDate(m[1] as string)) return undefined;
  const [h, min] = (m[2] as string).split(':').map(Number) as [number, number];
  if (h > 23 || min > 59) return undefined;
  return `${m[1]}T${m[2]}:00+09:00`;
}

/** An instant from the API as a datetime-local value in Japan time (the reverse of tokyoLocalToIso). */
export function isoToTokyoLocal(iso: string | null): string {
  if (!iso) return '';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  const { date, time } = tokyoDateTime(instant);
  return `${date}T${time}`;
}

export function valuesFromFair(f: Fair): FairFormValues {
  return {
    title: f.title,
    titleEn: f.titleEn ?? '',
    slug: f.slug,
    roomId: f.room.id,
    description: f.description ?? '',
    days: f.days.map((d) => ({
      date: d.date,
      opens: d.opens ?? DEFAULT_HOURS.opens,
      closes: d.closes ?? DEFAULT_HOURS.closes,
      closed: d.opens === null && d.closes === null,
    })),
    applicationsOpenAt: isoToTokyoLocal(f.applicationsOpenAt),
    applicationsCloseAt: isoToTokyoLocal(f.applicationsCloseAt),
  };
}

/** Problems the browser can see before asking the API, named as the API names them ('days.0.closes'). */
export function validateFairForm(v: FairFormValues): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  const add = (field: string, rule: string, message: string) => out.push({ field, rule, message });
  if (v.title.trim() === '') add('title', 'required', 'title is required');
  const slug = v.slug.trim();
  if (slug === '') add('slug', 'required', 'slug is required');
  else {
    // A slug too long is reported as not matching: the hint says what a slug looks like, the API's MaxLength is its backstop.
    const problem = ruleDetail(slugRule, 'slug', slug);
    if (problem) out.push(problem);
    else if (slug.length > MAX_SLUG_LENGTH) add('slug', slugRule.name, ruleMessage(slugRule, 'slug', 'matches'));
  }
  if (v.roomId === '') add('roomId', 'required', 'roomId is required');
  if (v.days.length === 0) add('days', 'arrayMinSize', 'at least one day');
  out.push(...fairDayProblems(toFairDays(v.days)));
  const opens = tokyoLocalToIso(v.applicationsOpenAt);
  const closes = tokyoLocalToIso(v.applicationsCloseAt);
  if (opens === undefined) add('applicationsOpenAt', 'isDateTime', 'applicationsOpenAt is not a date and time');
  if (closes === undefined) add('applicationsCloseAt', 'isDateTime', 'applicationsCloseAt is not a date and time');
  if (opens !== undefined && closes !== undefined) out.push(...applicationWindowProblems(opens, closes));
  return out;
}

/** The request body; call only when validateFairForm found nothing. Empty optional boxes clear the field. */
export function toFairInput(v: FairFormValues): FairInput {
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    title: v.title.trim(),
    titleEn: optional(v.titleEn),
    slug: v.slug.trim(),
    roomId: v.roomId,
    description: optional(v.description),
    days: toFairDays(v.days),
    applicationsOpenAt: tokyoLocalToIso(v.applicationsOpenAt) ?? null,
    applicationsCloseAt: tokyoLocalToIso(v.applicationsCloseAt) ?? null,
  };
}

/** The control a problem's field path belongs to: 'days.2.closes' → the third row's closing time. */
export function fairControlId(field: string): string | null {
  const day = /^days\.(\d+)(?:\.(date|opens|closes))?/.exec(field);
  if (day) {
    // A date cannot be typed in a row (rows come from the date range), so its problems point at the row's opening time.
    const part = day[2] === 'closes' ? 'closes' : 'opens';
    return `fair-day-${day[1]}-${part}`;
  }
  if (field === 'days') return 'fair-firstDate';
  if ((FAIR_TEXT_FIELDS as readonly string[]).includes(field)) return `fair-${field}`;
  return null;
}
