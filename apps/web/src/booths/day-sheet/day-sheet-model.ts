import type { Assignment, DaySheet, FairDay } from '@bussanten/contracts';

/**
 * The day a sheet shows: the `asked` one when it is a day of the fair (closed days too: the sheet
 * says so), otherwise the first open day, otherwise the first day; null for a fair without days.
 */
export function sheetDay(days: readonly FairDay[], asked: string | null): string | null {
  if (asked && days.some((d) => d.date === asked)) return asked;
  return (days.find((d) => d.opens !== null) ?? days[0])?.date ?? null;
}

/**
 * The sheet's holders as the floor plan drawing reads assignments: one per held booth, for that day
 * only (the drawing colours a booth by whether someone holds it on the day it is given).
 */
export function sheetAssignments(sheet: DaySheet): Assignment[] {
  return sheet.booths.flatMap((b) =>
    b.exhibitor
      ? [
          {
            id: `${b.id}:${sheet.day.date}`,
            applicationId: b.exhibitor.applicationId,
            boothId: b.id,
            boothCode: b.code,
            from: sheet.day.date,
            to: sheet.day.date,
            overridden: false,
            pinned: false,
            municipalityName: b.exhibitor.municipalityName,
          },
        ]
      : [],
  );
}

/** The drawing of the sheet's room and booths (the room named as the sheet names it). */
export function sheetPlan(sheet: DaySheet) {
  return { room: { name: sheet.fair.roomName, ...sheet.room }, booths: sheet.booths };
}

/** How many booths are held that day, and how many staff are on the floor. */
export function sheetTotals(sheet: DaySheet): { exhibitors: number; staff: number } {
  const held = sheet.booths.flatMap((b) => (b.exhibitor ? [b.exhibitor] : []));
  // An exhibitor on two booths is counted once.
  const byApplication = new Map(held.map((e) => [e.applicationId, e.staffCount]));
  return { exhibitors: byApplication.size, staff: [...byApplication.values()].reduce((sum, n) => sum + n, 0) };
}
