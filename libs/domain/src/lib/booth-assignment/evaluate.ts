import { moveWeight, type AssignmentObjective, type BoothAssignment, type BoothAssignmentInstance } from './types';

/** Unique adjacent pairs as [a, b] with a < b, self-pairs dropped. */
export function adjacentPairs(instance: BoothAssignmentInstance): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const [a, b] of instance.adjacent) {
    if (a === b) continue;
    const pair: [string, string] = a < b ? [a, b] : [b, a];
    seen.set(`${pair[0]}\u0000${pair[1]}`, pair);
  }
  return [...seen.values()];
}

/**
 * Objective terms (weighted) of an assignment; applications absent from `assignments` count as
 * left out. Does not check hard rules: see `hardRuleViolations`.
 */
export function evaluate(instance: BoothAssignmentInstance, assignments: BoothAssignment[]): AssignmentObjective {
  const w = instance.weights;
  const apps = new Map(instance.applications.map((a) => [a.id, a]));
  const placed = tallyPlacements(instance, apps, assignments);
  const neighbours = tallyNeighbours(instance, apps, placed.onDay);
  const terms = {
    unassigned: w.unassigned * (instance.applications.length - placed.assigned),
    prime_repeat: w.prime_repeat * placed.prime,
    preference_miss: w.preference_miss * placed.misses,
    same_category_adjacent: w.same_category_adjacent * neighbours.sameCategory,
    group_adjacent_bonus: w.group_adjacent_bonus * neighbours.sameGroup,
    move: moveWeight(w) * movedCount(instance, assignments),
  };
  return {
    total: terms.unassigned + terms.prime_repeat + terms.preference_miss + terms.same_category_adjacent - terms.group_adjacent_bonus + terms.move,
    ...terms,
  };
}

/**
 * Applications with a current booth that the plan does not keep there (it moves them, or leaves
 * them out): what the move term counts. An application's first pair is its booth, as in the tally.
 */
export function movedCount(instance: BoothAssignmentInstance, assignments: readonly BoothAssignment[]): number {
  const known = new Set(instance.booths.map((b) => b.id));
  const booth = new Map<string, string>();
  for (const { application, booth: b } of assignments) if (known.has(b) && !booth.has(application)) booth.set(application, b);
  let moved = 0;
  for (const app of instance.applications) if (app.current_booth != null && booth.get(app.id) !== app.current_booth) moved++;
  return moved;
}

type ApplicationsById = Map<string, BoothAssignmentInstance['applications'][number]>;
/** booth → day → application */
type OnDay = Map<string, Map<string, string>>;

/**
 * The terms of each placement on its own (prime spots given again, preferences missed), and who
 * stands on which booth on which day for the neighbour terms. Unknown ids and an application's
 * second booth are ignored: the objective scores what a plan could mean, the hard rules judge it.
 */
function tallyPlacements(
  instance: BoothAssignmentInstance,
  apps: ApplicationsById,
  assignments: BoothAssignment[],
): { assigned: number; prime: number; misses: number; onDay: OnDay } {
  const booths = new Map(instance.booths.map((b) => [b.id, b]));
  const assigned = new Set<string>();
  const onDay: OnDay = new Map();
  let prime = 0;
  let misses = 0;
  for (const { application, booth } of assignments) {
    const app = apps.get(application);
    const b = booths.get(booth);
    if (!app || !b || assigned.has(application)) continue;
    assigned.add(application);
    prime += b.prime * app.prime_history;
    if (app.preferred_booths.length > 0 && !app.preferred_booths.includes(booth)) misses++;
    let days = onDay.get(booth);
    if (!days) onDay.set(booth, (days = new Map()));
    for (const d of app.days) days.set(d, application);
  }
  return { assigned: assigned.size, prime, misses, onDay };
}

/** (Adjacent pair, day) with the same category on both sides, and with the same group. */
function tallyNeighbours(instance: BoothAssignmentInstance, apps: ApplicationsById, onDay: OnDay): { sameCategory: number; sameGroup: number } {
  let sameCategory = 0;
  let sameGroup = 0;
  for (const [a, b] of adjacentPairs(instance)) {
    const da = onDay.get(a);
    const db = onDay.get(b);
    if (!da || !db) continue;
    for (const [day, appA] of da) {
      const appB = db.get(day);
      const x = apps.get(appA);
      const y = appB === undefined ? undefined : apps.get(appB);
      if (!x || !y) continue;
      if (x.category === y.category) sameCategory++;
      if (x.group !== null && x.group === y.group) sameGroup++;
    }
  }
  return { sameCategory, sameGroup };
}

/** Readable breaches of the hard rules by an assignment (empty when it is allowed). */
export function hardRuleViolations(instance: BoothAssignmentInstance, assignments: BoothAssignment[]): string[] {
  const out: string[] = [];
  const apps = new Map(instance.applications.map((a) => [a.id, a]));
  const booths = new Map(instance.booths.map((b) => [b.id, b]));
  const seen = new Set<string>();
  const used = new Map<string, string>();
  for (const { application, booth } of assignments) {
    const app = apps.get(application);
    const b = booths.get(booth);
    if (!app) out.push(`unknown application ${application}`);
    if (!b) out.push(`unknown booth ${booth}`);
    if (!app || !b) continue;
    if (seen.has(application)) out.push(`${application} is assigned more than once`);
    seen.add(application);
    if (b.area_m2 < app.min_area_m2) out.push(`${application} needs ${app.min_area_m2} m² but ${booth} has ${b.area_m2} m²`);
    for (const n of app.needs) if (!b.facilities.includes(n)) out.push(`${application} needs ${n}, which ${booth} lacks`);
    if (app.locked_booth !== null && app.locked_booth !== booth) out.push(`${application} is locked to ${app.locked_booth} but got ${booth}`);
    for (const d of app.days) {
      const key = `${booth}\u0000${d}`;
      const other = used.get(key);
      if (other !== undefined) out.push(`${booth} holds both ${other} and ${application} on ${d}`);
      else used.set(key, application);
    }
  }
  return out;
}
