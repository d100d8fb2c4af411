import { minutesOf, normalizeTyped } from '@bussanten/domain';

/**
 * The timetable grid's geometry. Everything is in whole minutes after midnight, Japan time, on the
 * chosen fair day; the grid shows that day's opening hours in rows of SLOT_MINUTES.
 *
 * ROW_PX is a constant on purpose: a block's top is (start − opens) / 15 × 24 px and its height
 * (end − start) / 15 × 24 px, and a drag moves it by round(Δy / 24) rows. So a pointer (or a
 * Playwright mouse) moved by 48 px from anywhere on a block moves it by exactly 30 minutes.
 */
export const SLOT_MINUTES = 15;
/** Height in CSS pixels of one 15-minute row. */
export const ROW_PX = 24;
/** A click on an empty cell without dragging proposes this long an appearance (the usual visit). */
export const CLICK_MINUTES = 30;

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** 'H:MM' or 'HH:MM' → minutes after midnight; null for anything else. */
export function parseTime(text: string): number | null {
  const m = TIME.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** 810 → '13:30'. */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Minutes of a 'HH:MM' the API gave (always well formed). */
export const toMinutes = (time: string): number => minutesOf(time);

export interface DayHours {
  opens: number;
  closes: number;
}

/** The row start times of a day: 10:00, 10:15, … up to the last row that ends at closing. */
export function rowStarts(hours: DayHours): number[] {
  const out: number[] = [];
  const first = Math.floor(hours.opens / SLOT_MINUTES) * SLOT_MINUTES;
  for (let m = first; m < hours.closes; m += SLOT_MINUTES) out.push(m);
  return out;
}

/** The grid's first minute: opening, rounded down to a row. */
export const gridStart = (hours: DayHours): number => Math.floor(hours.opens / SLOT_MINUTES) * SLOT_MINUTES;

/** Total height of a day's grid in px. */
export const gridHeight = (hours: DayHours): number => rowStarts(hours).length * ROW_PX;

/** Where a block from `start` to `end` (minutes) sits in its column. */
export function blockBox(hours: DayHours, start: number, end: number): { top: number; height: number } {
  const origin = gridStart(hours);
  return { top: ((start - origin) / SLOT_MINUTES) * ROW_PX, height: Math.max(1, ((end - start) / SLOT_MINUTES) * ROW_PX) };
}

/** The row (0-based, clamped to the grid) under a point `y` px below the column's top. */
export function rowAt(hours: DayHours, y: number): number {
  const rows = rowStarts(hours).length;
  return Math.min(rows - 1, Math.max(0, Math.floor(y / ROW_PX)));
}

/** Whole rows a pointer moved by `dy` px, rounded to the nearest row. */
export const rowsMoved = (dy: number): number => Math.round(dy / ROW_PX);

/**
 * The range chosen by pressing on row `a` and letting go on row `b` (either order), both rows
 * included. A press without a move (a === b and `clicked`) proposes CLICK_MINUTES instead.
 * Clamped to the day's hours.
 */
export function selectionRange(hours: DayHours, a: number, b: number, clicked: boolean): { start: number; end: number } {
  const origin = gridStart(hours);
  const start = Math.max(hours.opens, origin + Math.min(a, b) * SLOT_MINUTES);
  const end = clicked ? start + CLICK_MINUTES : origin + (Math.max(a, b) + 1) * SLOT_MINUTES;
  return { start, end: Math.min(hours.closes, Math.max(start + SLOT_MINUTES, end)) };
}

/**
 * A block moved by `rows` rows: same length, kept inside the day's hours (a block dragged past the
 * top stops at opening, past the bottom at closing).
 */
export function movedRange(hours: DayHours, start: number, end: number, rows: number): { start: number; end: number } {
  const length = end - start;
  let next = start + rows * SLOT_MINUTES;
  next = Math.max(gridStart(hours), Math.min(next, hours.closes - length));
  return { start: next, end: next + length };
}

/** A block whose bottom edge moved by `rows` rows: at least one row long, never past closing. */
export function resizedEnd(hours: DayHours, start: number, end: number, rows: number): number {
  const next = end + rows * SLOT_MINUTES;
  return Math.max(start + SLOT_MINUTES, Math.min(next, Math.max(hours.closes, end)));
}

/**
 * Start times typed as a list: '13:30, 14:30、15:30' (commas, Japanese commas or spaces). Returns
 * the times in 'HH:MM' and the pieces that are not times, so the form can say which.
 */
export function parseStartList(text: string): { times: string[]; invalid: string[] } {
  const times: string[] = [];
  const invalid: string[] = [];
  for (const piece of normalizeTyped(text).split(/[,、\s]+/)) {
    if (piece === '') continue;
    const m = parseTime(piece);
    if (m === null) invalid.push(piece);
    else times.push(formatTime(m));
  }
  return { times, invalid };
}

/**
 * Side-by-side lanes for blocks that overlap in one column (several guests walking the whole venue
 * at once): each item gets the first lane free at its start, and every item of an overlapping group
 * learns how many lanes the group needs, so they share the column's width evenly.
 */
export function lanes<T extends { start: number; end: number }>(items: readonly T[]): { item: T; lane: number; lanes: number }[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { item: T; lane: number; lanes: number }[] = [];
  let group: { item: T; lane: number; lanes: number }[] = [];
  let groupEnd = -Infinity;
  const close = () => {
    const n = Math.max(1, ...group.map((g) => g.lane + 1));
    for (const g of group) g.lanes = n;
    out.push(...group);
    group = [];
  };
  for (const item of sorted) {
    if (item.start >= groupEnd) {
      close();
      groupEnd = -Infinity;
    }
    const busy = new Set(group.filter((g) => g.item.end > item.start).map((g) => g.lane));
    let lane = 0;
    while (busy.has(lane)) lane++;
    group.push({ item, lane, lanes: 1 });
    groupEnd = Math.max(groupEnd, item.end);
  }
  close();
  return out;
}
