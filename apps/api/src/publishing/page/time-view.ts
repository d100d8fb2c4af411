import type { PublicAppearance, PublicFair } from '@bussanten/contracts';
import { openStateAt, tokyoDateTime, type OpenState } from '@bussanten/domain';

/**
 * All a fair page takes from the clock, in Japan time. The page is a pure function of the release,
 * the language, the base URL and this view; `key` names the view so that rendered pages can be
 * cached and reused until the open-state line or the order of the visits would change.
 */
export interface TimeView {
  /** Today's date when it is a day of the fair (open or not), else null. */
  today: string | null;
  state: OpenState;
  /** Ids of today's visits that have not ended yet, in time order: listed first. */
  upcomingToday: string[];
  /** Ids of today's visits going on now (started, not ended, not cancelled), in time order. */
  hereNow: string[];
  /** Id of today's next visit to start (not cancelled), or null. */
  nextUp: string | null;
  key: string;
}

export function timeViewOf(fair: PublicFair, now: Date): TimeView {
  const { date, time } = tokyoDateTime(now);
  const today = fair.days.some((d) => d.date === date) ? date : null;
  const state = openStateAt(fair.days, now);
  const todays = today ? byTime(fair.appearances.filter((a) => a.date === today && a.end > time)) : [];
  const upcomingToday = todays.map((a) => a.id);
  const held = todays.filter((a) => a.status !== 'cancelled');
  const hereNow = held.filter((a) => a.start <= time).map((a) => a.id);
  const nextUp = held.find((a) => a.start > time)?.id ?? null;
  const stateKey = state.open ? `open@${state.closes}` : state.next ? `next@${state.next.date}` : 'ended';
  return {
    today,
    state,
    upcomingToday,
    hereNow,
    nextUp,
    key: `${stateKey}|${today ?? '-'}|${upcomingToday.join(',')}|${hereNow.join(',')}|${nextUp ?? '-'}`,
  };
}

export function byTime(list: PublicAppearance[]): PublicAppearance[] {
  return [...list].sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.guest.name.localeCompare(b.guest.name));
}

/** Today's visits still to come first (when today is a fair day), then all the others by date and time. */
export function orderedVisits(fair: PublicFair, view: TimeView): PublicAppearance[] {
  const upcoming = new Set(view.upcomingToday);
  const all = byTime(fair.appearances);
  return [...all.filter((a) => upcoming.has(a.id)), ...all.filter((a) => !upcoming.has(a.id))];
}
