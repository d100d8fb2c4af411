import { NOTICE_KINDS, type ApiErrorDetail, type NoticeKind } from '@bussanten/contracts';
import { minutesOf, tokyoDateTime, type FairDay } from './fair-calendar';
import { isIsoDate } from './wareki';

/**
 * Live notices (issue 23): posted on the day, shown at once on the public page and feeds. Display
 * only: what they say about a day's hours never changes the planned hours. Japan time throughout.
 */
export const NOTICE_TEXT_MAX = 500;

/** The fields of a notice these rules look at (a stored notice or a request's input). */
export interface NoticeTiming {
  day: string | null;
  /** An ISO 8601 instant, or null. */
  endsAt: string | null;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

/** The instant a Japan day ends (midnight after it, +09:00 fixed: Japan has no daylight saving). */
export function endOfTokyoDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - 9 * 3_600_000 + DAY_MS);
}

/** When a notice stops being shown: its endsAt, else the end of its day; null when it stays until removed. */
export function noticeShownUntil(n: NoticeTiming): Date | null {
  if (n.endsAt) return new Date(n.endsAt);
  return n.day ? endOfTokyoDay(n.day) : null;
}

/** The notices shown at `now`: those not yet ended, in the order given. */
export function currentNotices<T extends NoticeTiming>(notices: readonly T[], now: Date): T[] {
  return notices.filter((n) => {
    const until = noticeShownUntil(n);
    return until === null || until.getTime() > now.getTime();
  });
}

/** Whether today (in Japan) is between the fair's first and last day: its public answers are then kept only briefly. */
export function fairIsOn(days: readonly { date: string }[], now: Date): boolean {
  if (!days.length) return false;
  const dates = days.map((d) => d.date).sort();
  const today = tokyoDateTime(now).date;
  return today >= dates[0] && today <= dates[dates.length - 1];
}

/** The hours to show for each day with the notices applied (closing early, closed day); the planned hours are not changed. */
export function hoursWithNotices<D extends FairDay>(
  days: readonly D[],
  notices: readonly { kind: NoticeKind; day: string | null; closesAt: string | null }[],
): D[] {
  return days.map((d) => {
    const own = notices.filter((n) => n.day === d.date);
    if (own.some((n) => n.kind === 'closedDay')) return { ...d, opens: null, closes: null };
    const early = own
      .filter((n) => n.kind === 'closingEarly' && n.closesAt && d.opens && d.closes && n.closesAt < d.closes)
      .map((n) => n.closesAt as string)
      .sort()[0];
    return early ? { ...d, closes: early } : d;
  });
}

export interface NoticeInputFields {
  kind?: unknown;
  text?: unknown;
  textEn?: unknown;
  day?: unknown;
  closesAt?: unknown;
  endsAt?: unknown;
}

const detail = (field: string, rule: string, message: string): ApiErrorDetail => ({ field, rule, message });

function textProblems(input: NoticeInputFields): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  if (typeof input.text !== 'string' || !input.text.trim()) problems.push(detail('text', 'required', 'text is required'));
  else if (input.text.length > NOTICE_TEXT_MAX) problems.push(detail('text', 'maxLength', `text is at most ${NOTICE_TEXT_MAX} characters`));
  if (input.textEn !== undefined && input.textEn !== null) {
    if (typeof input.textEn !== 'string') problems.push(detail('textEn', 'isString', 'textEn must be a string'));
    else if (input.textEn.length > NOTICE_TEXT_MAX) problems.push(detail('textEn', 'maxLength', `textEn is at most ${NOTICE_TEXT_MAX} characters`));
  }
  return problems;
}

function dayProblems(kind: NoticeKind, day: unknown, days: readonly FairDay[]): ApiErrorDetail[] {
  if (day === undefined || day === null) {
    return kind === 'notice' ? [] : [detail('day', 'required', `a ${kind} notice names its day`)];
  }
  if (typeof day !== 'string' || !isIsoDate(day)) return [detail('day', 'isDate', 'day must be a date (YYYY-MM-DD)')];
  if (!days.some((d) => d.date === day)) return [detail('day', 'fairDay', `${day} is not a day of this fair`)];
  return [];
}

function closesAtProblems(kind: NoticeKind, closesAt: unknown, day: FairDay | undefined): ApiErrorDetail[] {
  if (kind !== 'closingEarly') {
    return closesAt === undefined || closesAt === null ? [] : [detail('closesAt', 'notAllowed', 'closesAt is only for a closingEarly notice')];
  }
  if (closesAt === undefined || closesAt === null) return [detail('closesAt', 'required', 'a closingEarly notice says when the day closes')];
  if (typeof closesAt !== 'string' || !TIME.test(closesAt)) return [detail('closesAt', 'isTime', 'closesAt must be a time (HH:MM)')];
  if (!day) return [];
  if (!day.opens || !day.closes) return [detail('closesAt', 'closedDay', `${day.date} is closed`)];
  const at = minutesOf(closesAt);
  if (at <= minutesOf(day.opens) || at >= minutesOf(day.closes)) {
    return [detail('closesAt', 'withinHours', `closesAt must be after ${day.opens} and before ${day.closes}`)];
  }
  return [];
}

function endsAtProblems(endsAt: unknown): ApiErrorDetail[] {
  if (endsAt === undefined || endsAt === null) return [];
  if (typeof endsAt !== 'string' || !INSTANT.test(endsAt) || Number.isNaN(Date.parse(endsAt))) {
    return [detail('endsAt', 'isInstant', 'endsAt must be a date and time with its offset (ISO 8601)')];
  }
  return [];
}

/** Every problem with a notice for a fair with these days, one detail per bad field. */
export function noticeProblems(input: NoticeInputFields, days: readonly FairDay[]): ApiErrorDetail[] {
  const kind = input.kind ?? 'notice';
  if (!NOTICE_KINDS.includes(kind as NoticeKind)) return [detail('kind', 'isIn', `kind must be one of ${NOTICE_KINDS.join(', ')}`), ...textProblems(input)];
  const k = kind as NoticeKind;
  const dayChecks = dayProblems(k, input.day, days);
  const day = dayChecks.length ? undefined : days.find((d) => d.date === input.day);
  return [...textProblems(input), ...dayChecks, ...closesAtProblems(k, input.closesAt, day), ...endsAtProblems(input.endsAt)];
}
