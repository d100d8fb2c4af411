import type { ApiErrorDetail, ApplicationStatus } from '@bussanten/contracts';
import { isClosed, minutesOf, type FairDay } from './fair-calendar';

/** Whether applications are taken at `now`: the fair accepts them and the window (either end may be open) holds now. */
export function applicationWindowOpen(fair: { status: string; applicationsOpenAt: string | null; applicationsCloseAt: string | null }, now: Date): boolean {
  if (fair.status !== 'accepting') return false;
  const t = now.getTime();
  if (fair.applicationsOpenAt && t < Date.parse(fair.applicationsOpenAt)) return false;
  if (fair.applicationsCloseAt && t >= Date.parse(fair.applicationsCloseAt)) return false;
  return true;
}

/**
 * What withdrawing makes of an application, or null when it cannot be withdrawn: an accepted one
 * becomes 出展辞退 (declined), a submitted or waitlisted one 申込の取り下げ (withdrawn). Rejected,
 * already withdrawn or declined applications and drafts have nothing to withdraw.
 */
export function withdrawalOutcome(current: ApplicationStatus): 'withdrawn' | 'declined' | null {
  if (current === 'accepted') return 'declined';
  if (current === 'submitted' || current === 'waitlisted') return 'withdrawn';
  return null;
}

/** Whether a municipality's application to a fair may be replaced by a new one: a draft, or one it withdrew or declined. */
export function canStartAgain(status: ApplicationStatus): boolean {
  return status === 'draft' || status === 'withdrawn' || status === 'declined';
}

/**
 * Problems with the days an application attends: none at all, the same day twice, a date the fair
 * does not have, or a day the fair is closed. One detail per bad entry (`days.1`).
 */
export function attendanceProblems(days: string[], fairDays: FairDay[]): ApiErrorDetail[] {
  if (days.length === 0) return [{ field: 'days', rule: 'arrayMinSize', message: 'days must name at least one fair day' }];
  const byDate = new Map(fairDays.map((d) => [d.date, d]));
  const seen = new Set<string>();
  const problems: ApiErrorDetail[] = [];
  days.forEach((date, i) => {
    const field = `days.${i}`;
    const day = byDate.get(date);
    if (seen.has(date)) problems.push({ field, rule: 'unique', message: `${date} is listed twice` });
    else if (!day) problems.push({ field, rule: 'fairDay', message: `${date} is not a day of this fair`, meta: { date } });
    else if (isClosed(day)) problems.push({ field, rule: 'closedDay', message: `the fair is closed on ${date}`, meta: { date } });
    seen.add(date);
  });
  return problems;
}

export interface ProductPrices {
  priceMin: number | null;
  priceMax: number | null;
}

/** A price range must not run backwards; a food-sale permit held needs its number and health centre. */
export function applicationDetailProblems(input: {
  products: ProductPrices[];
  permit: { status: string; number: string | null; healthCentre: string | null };
  staffCount: number;
  staff: unknown[];
  loadInTime: string | null;
}): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  input.products.forEach((p, i) => {
    if (p.priceMin !== null && p.priceMax !== null && p.priceMax < p.priceMin) {
      problems.push({ field: `products.${i}.priceMax`, rule: 'atLeastMin', message: 'priceMax must not be below priceMin' });
    }
  });
  if (input.permit.status === 'held') {
    if (!input.permit.number?.trim())
      problems.push({ field: 'permit.number', rule: 'requiredWhenHeld', message: 'permit.number is needed when a permit is held' });
    if (!input.permit.healthCentre?.trim())
      problems.push({ field: 'permit.healthCentre', rule: 'requiredWhenHeld', message: 'permit.healthCentre is needed when a permit is held' });
  }
  if (input.staff.length > input.staffCount) {
    problems.push({ field: 'staff', rule: 'atMostStaffCount', message: 'more staff names than staffCount' });
  }
  if (input.loadInTime !== null) {
    try {
      minutesOf(input.loadInTime);
    } catch {
      problems.push({ field: 'loadInTime', rule: 'time', message: 'loadInTime must be HH:MM' });
    }
  }
  return problems;
}

/**
 * Problems with holding a booth from `from` to `to` for an application: the range must run forwards,
 * lie within the fair, and every open day in it must be a day the application attends (so a booth is
 * not blocked on a day its exhibitor is away).
 */
export function assignmentRangeProblems(range: { from: string; to: string }, fairDays: FairDay[], attending: string[]): ApiErrorDetail[] {
  const dates = fairDays.map((d) => d.date).sort();
  if (range.to < range.from) return [{ field: 'to', rule: 'notBeforeFrom', message: 'to must not be before from' }];
  if (!dates.includes(range.from)) return [{ field: 'from', rule: 'fairDay', message: `${range.from} is not a day of this fair` }];
  if (!dates.includes(range.to)) return [{ field: 'to', rule: 'fairDay', message: `${range.to} is not a day of this fair` }];
  const absent = fairDays.filter((d) => d.date >= range.from && d.date <= range.to && !isClosed(d) && !attending.includes(d.date)).map((d) => d.date);
  if (absent.length) return [{ field: 'to', rule: 'notAttending', message: `the exhibitor does not attend ${absent.join(', ')}`, meta: { days: absent } }];
  return [];
}

/** The application's attended days cut into runs of consecutive fair days, each a range a booth could be held for. */
export function attendanceRanges(attending: string[], fairDays: FairDay[]): { from: string; to: string }[] {
  const open = fairDays
    .filter((d) => !isClosed(d))
    .map((d) => d.date)
    .sort();
  const ranges: { from: string; to: string }[] = [];
  let current: { from: string; to: string } | null = null;
  for (const date of open) {
    if (attending.includes(date)) {
      if (current) current.to = date;
      else current = { from: date, to: date };
    } else if (current) {
      ranges.push(current);
      current = null;
    }
  }
  if (current) ranges.push(current);
  return ranges;
}

/**
 * The open days a booth is held for that an edited application would no longer attend: the edit is
 * refused for those, so no booth stays blocked for an exhibitor who is away (the organizer moves it first).
 */
export function heldDaysDropped(holdings: { from: string; to: string }[], fairDays: FairDay[], attending: string[]): string[] {
  return holdings.flatMap((h) => fairDays.filter((d) => d.date >= h.from && d.date <= h.to && !isClosed(d) && !attending.includes(d.date)).map((d) => d.date));
}
