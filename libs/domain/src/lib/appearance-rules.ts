import type { ApiErrorDetail, AppearanceWarning } from '@bussanten/contracts';
import { isClosed, minutesOf, type FairDay } from './fair-calendar';

/**
 * Guest appearance rules. Times are Japan time on a fair day; Japan has no daylight saving, so an
 * instant is the date and time at a fixed +09:00 whatever the server's or browser's zone. A 08:30
 * start on 2023-02-19 is 2023-02-18T23:30Z: the UTC date differs, and nothing here looks at it.
 */
export function tokyoInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const minutes = minutesOf(time);
  return new Date(Date.UTC(y, m - 1, d, 0, minutes) - 9 * 3_600_000);
}

/** 'HH:MM' of a minute of the day (0..1440). */
export function timeOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The end time of an appearance given an end or a duration; null when it would pass midnight. */
export function endOf(start: string, end: string | null, durationMinutes: number | null): string | null {
  if (end !== null) return end;
  if (durationMinutes === null) return null;
  const total = minutesOf(start) + durationMinutes;
  return total > 24 * 60 - 1 ? null : timeOfMinutes(total);
}

/** Half-open [start, end) ranges: back-to-back appearances (13:30–14:00, 14:00–14:30) do not overlap. */
export function timesOverlap(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }, bufferMinutes = 0): boolean {
  const pad = bufferMinutes * 60_000;
  return a.startsAt.getTime() < b.endsAt.getTime() + pad && b.startsAt.getTime() < a.endsAt.getTime() + pad;
}

/**
 * An appearance must be on a fair day that is open, end after it starts, and lie inside that day's
 * opening hours — on the 2023 fair's last day that means ending by 18:00. Messages name the hours.
 */
export function appearanceHoursProblems(day: FairDay | undefined, date: string, start: string, end: string): ApiErrorDetail[] {
  if (!day) return [{ field: 'date', rule: 'notFairDay', message: `${date} is not a day of this fair`, meta: { date } }];
  if (isClosed(day)) return [{ field: 'date', rule: 'closedDay', message: `the fair is closed on ${date}`, meta: { date } }];
  const [s, e, opens, closes] = [minutesOf(start), minutesOf(end), minutesOf(day.opens as string), minutesOf(day.closes as string)];
  const meta = { date, opens: day.opens, closes: day.closes };
  const problems: ApiErrorDetail[] = [];
  if (e <= s) problems.push({ field: 'end', rule: 'afterStart', message: 'the appearance must end after it starts' });
  if (s < opens) problems.push({ field: 'start', rule: 'outsideHours', message: `the fair opens at ${day.opens} on ${date}`, meta });
  if (e > closes) problems.push({ field: 'end', rule: 'outsideHours', message: `the fair closes at ${day.closes} on ${date}`, meta });
  return problems;
}

/** An appearance as the conflict rules see it: who, where, when, and enough to name it in a refusal. */
export interface ScheduledAppearance {
  id: string | null;
  guestId: string;
  guestName: string;
  fairTitle: string;
  /** Appearances at different venues need the guest's travel buffer between them. */
  venueId: string;
  /** 'booth:<id>', 'stage:<id>' or 'venue:<fairId>'. */
  locationKey: string;
  locationLabel: string;
  /** A shared location (the whole venue, a shared stage) holds several appearances at once. */
  shared: boolean;
  startsAt: Date;
  endsAt: Date;
  date: string;
  start: string;
  end: string;
}

/** The same guest elsewhere at an overlapping time, with the travel buffer when the venue differs. */
export function guestClashes(candidate: ScheduledAppearance, others: ScheduledAppearance[], travelBufferMinutes: number): ScheduledAppearance[] {
  return others.filter(
    (o) => o.id !== candidate.id && o.guestId === candidate.guestId && timesOverlap(candidate, o, o.venueId === candidate.venueId ? 0 : travelBufferMinutes),
  );
}

/** Another appearance in the same location at an overlapping time, unless the location is shared. */
export function locationClashes(candidate: ScheduledAppearance, others: ScheduledAppearance[]): ScheduledAppearance[] {
  if (candidate.shared) return [];
  return others.filter((o) => o.id !== candidate.id && o.locationKey === candidate.locationKey && timesOverlap(candidate, o));
}

/** Refusal details naming the other party: "ハタチの龍馬 is at 交流都市地方物産展 14:00–14:30". */
export function clashDetails(
  guest: ScheduledAppearance[],
  location: ScheduledAppearance[],
  travelBufferMinutes: number,
  candidate: ScheduledAppearance,
): ApiErrorDetail[] {
  const at = (o: ScheduledAppearance) => ({
    appearanceId: o.id,
    guestName: o.guestName,
    fairTitle: o.fairTitle,
    date: o.date,
    start: o.start,
    end: o.end,
    locationLabel: o.locationLabel,
  });
  return [
    ...guest.map((o) => ({
      field: 'start',
      rule: 'guestBusy',
      message:
        o.venueId === candidate.venueId
          ? `${o.guestName} is at ${o.fairTitle} ${o.date} ${o.start}–${o.end} (${o.locationLabel})`
          : `${o.guestName} is at ${o.fairTitle} ${o.date} ${o.start}–${o.end}, another venue (${travelBufferMinutes} min travel needed)`,
      meta: { ...at(o), travelBufferMinutes: o.venueId === candidate.venueId ? 0 : travelBufferMinutes },
    })),
    ...location.map((o) => ({
      field: 'location',
      rule: 'locationBusy',
      message: `${o.locationLabel} has ${o.guestName} ${o.start}–${o.end}`,
      meta: at(o),
    })),
  ];
}

/**
 * Worth a word but not a refusal: at a booth whose exhibitor is away that day, or running into the
 * last 15 minutes before closing (visitors are leaving, staff are packing up).
 */
export function appearanceWarnings(a: {
  date: string;
  end: string;
  day: FairDay | undefined;
  atBooth: { code: string; exhibitorPresent: boolean } | null;
}): AppearanceWarning[] {
  const warnings: AppearanceWarning[] = [];
  if (a.atBooth && !a.atBooth.exhibitorPresent) {
    warnings.push({
      rule: 'exhibitorAbsent',
      message: `no exhibitor holds booth ${a.atBooth.code} on ${a.date}`,
      meta: { booth: a.atBooth.code, date: a.date },
    });
  }
  if (a.day && !isClosed(a.day) && minutesOf(a.end) > minutesOf(a.day.closes as string) - 15) {
    warnings.push({ rule: 'nearClosing', message: `it runs into the last 15 minutes before closing at ${a.day.closes}`, meta: { closes: a.day.closes } });
  }
  return warnings;
}
