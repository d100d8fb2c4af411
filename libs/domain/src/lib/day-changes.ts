import { isClosed, tokyoDateTime, type FairDay } from './fair-calendar';
import { tokyoInstant } from './appearance-rules';

/**
 * What editing a fair's days does to the people already planning around them. Closing a day,
 * removing it or shortening its hours strands the exhibitors attending it, the booths they hold
 * across it and the guest visits outside the new hours; the organizer is told about each of them
 * (a refusal) or says to drop the day from those applications and cancel those visits (the cascade).
 */

/** An application's attended days; `live` is false for rejected and withdrawn ones, which nobody is told about. */
export interface DayAttendance {
  applicationId: string;
  days: string[];
  live: boolean;
}

/** A booth holding: an application holds a booth from..to (calendar days, both included). */
export interface DayHolding {
  id: string;
  applicationId: string;
  from: string;
  to: string;
}

/** A guest visit that is not cancelled. */
export interface DayVisit {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

export interface ApplicationDayLoss {
  applicationId: string;
  live: boolean;
  /** The attended days the edit takes away (removed or closed). */
  days: string[];
  /** What is left; an application left with none is kept, with no days (see the service). */
  remaining: string[];
}

export interface HoldingChange {
  holdingId: string;
  applicationId: string;
  from: string;
  to: string;
  /** The ranges it becomes: one (shrunk), two or more (split around the day), none (deleted). */
  pieces: { from: string; to: string }[];
}

export type VisitReason = 'removed' | 'closed' | 'outsideHours';

export interface VisitOutside {
  visitId: string;
  /** Japan date and times of the visit. */
  date: string;
  start: string;
  end: string;
  reason: VisitReason;
  /** The day's new hours when it stays open. */
  opens: string | null;
  closes: string | null;
}

export interface DayChangePlan {
  /** Dates of the fair that are no longer days of it. */
  removed: string[];
  /** Dates that were open and are closed now. */
  closed: string[];
  applications: ApplicationDayLoss[];
  holdings: HoldingChange[];
  visits: VisitOutside[];
}

const byDate = (days: FairDay[]) => new Map(days.map((d) => [d.date, d]));
const sameHours = (a: FairDay, b: FairDay) => a.opens === b.opens && a.closes === b.closes;

/**
 * Compares the fair's days before and after an edit and lists what it strands. Only days the edit
 * changes are looked at: a visit or attendance that was already wrong stays the business of whoever
 * made it, and an edit of the title alone is never refused.
 */
export function planDayChanges(
  before: FairDay[],
  after: FairDay[],
  facts: { attendances: DayAttendance[]; holdings: DayHolding[]; visits: DayVisit[] },
): DayChangePlan {
  const old = byDate(before);
  const now = byDate(after);
  const removed = before
    .filter((d) => !now.has(d.date))
    .map((d) => d.date)
    .sort();
  const closed = before
    .filter((d) => !isClosed(d) && now.has(d.date) && isClosed(now.get(d.date) as FairDay))
    .map((d) => d.date)
    .sort();
  const gone = new Set([...removed, ...closed]);

  const applications = facts.attendances
    .map((a) => ({
      applicationId: a.applicationId,
      live: a.live,
      days: a.days.filter((d) => gone.has(d)).sort(),
      remaining: a.days.filter((d) => !gone.has(d)).sort(),
    }))
    .filter((a) => a.days.length > 0);

  const holdings = facts.holdings
    .filter((h) => [...gone].some((d) => d >= h.from && d <= h.to))
    .map((h) => ({ holdingId: h.id, applicationId: h.applicationId, from: h.from, to: h.to, pieces: holdingPieces(h, before, after) }));

  const visits: VisitOutside[] = [];
  for (const v of facts.visits) {
    const { date, time: start } = tokyoDateTime(v.startsAt);
    const was = old.get(date);
    const day = now.get(date);
    if (was && day && sameHours(was, day)) continue;
    const end = tokyoDateTime(v.endsAt).time;
    const hours = { opens: day?.opens ?? null, closes: day?.closes ?? null };
    if (!day) visits.push({ visitId: v.id, date, start, end, reason: 'removed', ...hours });
    else if (isClosed(day)) visits.push({ visitId: v.id, date, start, end, reason: 'closed', ...hours });
    // Compared as instants, so a visit running past midnight is outside whatever the closing time.
    else if (v.startsAt < tokyoInstant(date, day.opens as string) || v.endsAt > tokyoInstant(date, day.closes as string)) {
      visits.push({ visitId: v.id, date, start, end, reason: 'outsideHours', ...hours });
    }
  }
  visits.sort((a, b) => (a.date + a.start < b.date + b.start ? -1 : a.date + a.start > b.date + b.start ? 1 : 0));
  return { removed, closed, applications, holdings, visits };
}

/**
 * The ranges a holding becomes: its days that stay open, cut wherever a day that was open is no
 * longer (2/17–2/21 without 2/19 → 2/17–2/18 and 2/20–2/21). A day closed all along inside it does
 * not cut it, as before; each piece starts and ends on an open day, and one with none is gone.
 */
export function holdingPieces(h: { from: string; to: string }, before: FairDay[], after: FairDay[]): { from: string; to: string }[] {
  const now = byDate(after);
  const stillOpen = (date: string) => {
    const d = now.get(date);
    return d !== undefined && !isClosed(d);
  };
  const dates = [...new Set([...before.map((d) => d.date), ...after.map((d) => d.date)])].filter((d) => d >= h.from && d <= h.to).sort();
  const wasOpen = new Set(before.filter((d) => !isClosed(d)).map((d) => d.date));
  const pieces: { from: string; to: string }[] = [];
  let current: { from: string; to: string } | null = null;
  for (const date of dates) {
    if (stillOpen(date)) {
      if (current) current.to = date;
      else current = { from: date, to: date };
    } else if (wasOpen.has(date) && current) {
      pieces.push(current);
      current = null;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * The parts of a day range on which the fair is open, cut at each closed day: what the public is
 * told a booth is held for (2/17–2/21 with 2/19 closed reads 2/17–2/18 and 2/20–2/21).
 */
export function openRanges(range: { from: string; to: string }, days: FairDay[]): { from: string; to: string }[] {
  const pieces: { from: string; to: string }[] = [];
  let current: { from: string; to: string } | null = null;
  for (const d of [...days].filter((d) => d.date >= range.from && d.date <= range.to).sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (!isClosed(d)) {
      if (current) current.to = d.date;
      else current = { from: d.date, to: d.date };
    } else if (current) {
      pieces.push(current);
      current = null;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}
