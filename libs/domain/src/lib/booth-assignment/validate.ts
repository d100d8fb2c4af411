import { DEFAULT_MOVE_WEIGHT } from './types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WEIGHT_KEYS = ['unassigned', 'prime_repeat', 'preference_miss', 'same_category_adjacent', 'group_adjacent_bonus'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

/**
 * Readable problems with a booth-assignment problem file (see types.ts); empty when it is usable.
 * Each part is checked on its own, in the file's order, so one run lists everything to fix; the
 * later parts use the day and booth ids the earlier ones found.
 */
export function instanceProblems(json: unknown): string[] {
  if (!isObject(json)) return ['the problem must be a JSON object'];
  const problems: string[] = [];
  const days = dayIds(json['days'], problems);
  const booths = boothIds(json['booths'], problems);
  adjacencyProblems(json['adjacent'], booths, problems);
  applicationsProblems(json['applications'], days, booths, problems);
  weightProblems(json['weights'], problems);
  return problems;
}

/** The fair days (for the applications' days to refer to); each must be a real date, listed once. */
function dayIds(list: unknown, problems: string[]): Set<string> {
  const days = new Set<string>();
  if (!isStringArray(list)) problems.push('"days" must be a list of dates (YYYY-MM-DD)');
  else
    for (const d of list) {
      if (!DAY.test(d) || Number.isNaN(Date.parse(d))) problems.push(`day "${d}" is not a date (YYYY-MM-DD)`);
      if (days.has(d)) problems.push(`day ${d} is listed twice`);
      days.add(d);
    }
  return days;
}

/** The booth ids (for pairs, preferences and locks to refer to), each booth's fields checked. */
function boothIds(list: unknown, problems: string[]): Set<string> {
  const booths = new Set<string>();
  if (!Array.isArray(list)) problems.push('"booths" must be a list');
  else
    list.forEach((b: unknown, i) => {
      if (!isObject(b) || typeof b['id'] !== 'string' || b['id'] === '') {
        problems.push(`booth #${i + 1} needs a text "id"`);
        return;
      }
      const id = b['id'];
      if (booths.has(id)) problems.push(`booth id ${id} is used twice`);
      booths.add(id);
      if (!isNumber(b['area_m2']) || b['area_m2'] < 0) problems.push(`booth ${id}: "area_m2" must be a number ≥ 0`);
      if (!isStringArray(b['facilities'])) problems.push(`booth ${id}: "facilities" must be a list of texts`);
      if (!isNumber(b['x']) || !isNumber(b['y'])) problems.push(`booth ${id}: "x" and "y" must be numbers`);
      if (!isNumber(b['prime']) || b['prime'] < 0) problems.push(`booth ${id}: "prime" must be a number ≥ 0`);
    });
  return booths;
}

/** Pairs of two known, distinct booths; a pair listed twice (either way round) is a mistake. */
function adjacencyProblems(list: unknown, booths: Set<string>, problems: string[]): void {
  if (!Array.isArray(list)) {
    problems.push('"adjacent" must be a list of booth pairs');
    return;
  }
  const pairs = new Set<string>();
  list.forEach((p: unknown, i) => {
    if (!isStringArray(p) || p.length !== 2) {
      problems.push(`adjacent #${i + 1} must be a pair of booth ids`);
      return;
    }
    const [a, b] = p;
    for (const id of [a, b]) if (!booths.has(id)) problems.push(`adjacent #${i + 1} names unknown booth ${id}`);
    if (a === b) problems.push(`adjacent #${i + 1} pairs booth ${a} with itself`);
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (pairs.has(key)) problems.push(`adjacent pair ${a}–${b} is listed twice`);
    pairs.add(key);
  });
}

function applicationsProblems(list: unknown, days: Set<string>, booths: Set<string>, problems: string[]): void {
  if (!Array.isArray(list)) {
    problems.push('"applications" must be a list');
    return;
  }
  const apps = new Set<string>();
  list.forEach((a: unknown, i) => {
    if (!isObject(a) || typeof a['id'] !== 'string' || a['id'] === '') {
      problems.push(`application #${i + 1} needs a text "id"`);
      return;
    }
    const id = a['id'];
    if (apps.has(id)) problems.push(`application id ${id} is used twice`);
    apps.add(id);
    applicationDayProblems(id, a['days'], days, problems);
    applicationFieldProblems(id, a, problems);
    applicationBoothProblems(id, a, booths, problems);
  });
}

/** An application's days: at least one, each a fair day, none twice. */
function applicationDayProblems(id: string, list: unknown, days: Set<string>, problems: string[]): void {
  if (!isStringArray(list) || list.length === 0) {
    problems.push(`application ${id}: "days" must be a non-empty list of days`);
    return;
  }
  const seen = new Set<string>();
  for (const d of list) {
    if (!days.has(d)) problems.push(`application ${id}: day ${d} is not one of the fair days`);
    if (seen.has(d)) problems.push(`application ${id}: day ${d} is listed twice`);
    seen.add(d);
  }
}

/** What an application needs and what it is: area, facilities, category, group, prime history. */
function applicationFieldProblems(id: string, a: Record<string, unknown>, problems: string[]): void {
  if (!isNumber(a['min_area_m2']) || a['min_area_m2'] < 0) problems.push(`application ${id}: "min_area_m2" must be a number ≥ 0`);
  if (!isStringArray(a['needs'])) problems.push(`application ${id}: "needs" must be a list of texts`);
  if (typeof a['category'] !== 'string') problems.push(`application ${id}: "category" must be a text`);
  if (a['group'] !== null && typeof a['group'] !== 'string') problems.push(`application ${id}: "group" must be a text or null`);
  if (!isNumber(a['prime_history']) || a['prime_history'] < 0) problems.push(`application ${id}: "prime_history" must be a number ≥ 0`);
}

/** The booths an application names (preferences and a lock) must exist. */
function applicationBoothProblems(id: string, a: Record<string, unknown>, booths: Set<string>, problems: string[]): void {
  const prefs = a['preferred_booths'];
  if (!isStringArray(prefs)) problems.push(`application ${id}: "preferred_booths" must be a list of booth ids`);
  else for (const b of prefs) if (!booths.has(b)) problems.push(`application ${id}: preferred booth ${b} does not exist`);
  const lock = a['locked_booth'];
  if (lock !== null && typeof lock !== 'string') problems.push(`application ${id}: "locked_booth" must be a booth id or null`);
  else if (lock !== null && !booths.has(lock)) problems.push(`application ${id}: locked booth ${lock} does not exist`);
  // Optional (files written before the move cost have none).
  const current = a['current_booth'];
  if (current !== undefined && current !== null && typeof current !== 'string') problems.push(`application ${id}: "current_booth" must be a booth id or null`);
  else if (typeof current === 'string' && !booths.has(current)) problems.push(`application ${id}: current booth ${current} does not exist`);
}

function weightProblems(w: unknown, problems: string[]): void {
  if (!isObject(w)) problems.push('"weights" must be an object');
  else {
    for (const k of WEIGHT_KEYS) if (!isNumber(w[k]) || w[k] < 0) problems.push(`weight "${k}" must be a number ≥ 0`);
    // Optional: a file without it (written before the move cost) gets the default.
    if (w['move'] !== undefined && (!isNumber(w['move']) || w['move'] < 0))
      problems.push(`weight "move" must be a number ≥ 0 (or absent: ${DEFAULT_MOVE_WEIGHT})`);
  }
}
