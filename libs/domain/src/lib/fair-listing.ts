import { tokyoDateTime } from './fair-calendar';

/** What the public index needs to place a fair: its first and last day (YYYY-MM-DD, Japan dates). */
export interface ListedDays {
  firstDay: string;
  lastDay: string;
}

/**
 * The public index's two lists at an instant: fairs not yet over (current and upcoming) and ended
 * ones. A fair counts as current until its last day is over in Japan, whatever the server's time
 * zone; its closing hour is not looked at, so a fair stays under 開催中 for the evening of its last
 * day. Current and upcoming ones come soonest first (what a visitor plans by); ended ones newest
 * first (the latest last day first), as an archive reads.
 */
export function fairsByPhase<T extends ListedDays>(fairs: readonly T[], instant: Date): { current: T[]; ended: T[] } {
  const today = tokyoDateTime(instant).date;
  const byFirst = (a: T, b: T) => compare(a.firstDay, b.firstDay) || compare(a.lastDay, b.lastDay);
  const current = fairs.filter((f) => f.lastDay >= today).sort(byFirst);
  const ended = fairs.filter((f) => f.lastDay < today).sort((a, b) => compare(b.lastDay, a.lastDay) || compare(b.firstDay, a.firstDay));
  return { current, ended };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Where a fair stands at an instant, by the day in Japan: 'current' from its first day to the end
 * of its last, 'upcoming' before, 'past' after (the same line fairsByPhase draws).
 */
export function fairTiming(fair: ListedDays, instant: Date): 'current' | 'upcoming' | 'past' {
  const today = tokyoDateTime(instant).date;
  if (fair.lastDay < today) return 'past';
  return fair.firstDay <= today ? 'current' : 'upcoming';
}
