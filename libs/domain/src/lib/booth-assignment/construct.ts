import type { PlanState } from './state';
import type { BoothAssignment, BoothAssignmentInstance, UnassignedCause } from './types';

/**
 * The plan the annealing starts from (solve.ts, steps 1 and 2): locks first, then the plan to
 * improve on if there is one, then a greedy pass over everyone else.
 */

/**
 * Locked applications, in input order, each on its booth; one that cannot be (the booth is
 * missing, too small, lacks a facility, or an earlier lock holds it) is left out for good, and
 * why is returned by application.
 */
export function placeLocked(instance: BoothAssignmentInstance, s: PlanState, boothIndex: Map<string, number>): Map<number, UnassignedCause> {
  const reasons = new Map<number, UnassignedCause>();
  instance.applications.forEach((app, a) => {
    if (app.locked_booth === null) return;
    const b = boothIndex.get(app.locked_booth);
    const problem: UnassignedCause | null = b === undefined ? { kind: 'lockedBoothMissing', booth: app.locked_booth } : lockProblem(instance, s, a, b);
    if (problem) reasons.set(a, problem);
    else s.place(a, b as number);
  });
  return reasons;
}

/** Why a cannot stand on the booth b it is locked to, or null when it can. */
function lockProblem(instance: BoothAssignmentInstance, s: PlanState, a: number, b: number): UnassignedCause | null {
  const app = instance.applications[a];
  const booth = instance.booths[b];
  if (booth.area_m2 < app.min_area_m2) return { kind: 'lockedBoothTooSmall', booth: booth.id, areaM2: booth.area_m2, minAreaM2: app.min_area_m2 };
  const missing = app.needs.filter((n) => !booth.facilities.includes(n));
  if (missing.length > 0) return { kind: 'lockedBoothLacks', booth: booth.id, missing };
  const { nD, occ } = s;
  const clash = s.appDays[a].find((d) => occ[b * nD + d] >= 0);
  if (clash !== undefined)
    return { kind: 'lockedBoothClash', booth: booth.id, holder: instance.applications[occ[b * nD + clash]].id, day: instance.days[clash] };
  return null;
}

/**
 * The plan to improve on, if any (today's holdings): every pair that keeps the hard rules is
 * placed. Returns each application's starting booth (−1: none), for keepStartWhereFree.
 */
export function placeStart(instance: BoothAssignmentInstance, s: PlanState, boothIndex: Map<string, number>, start: BoothAssignment[]): Int32Array {
  const { nB, locked, feasibleMask, where, isFree, place } = s;
  const appIndex = new Map(instance.applications.map((a, i) => [a.id, i]));
  const startAt = new Int32Array(s.nA).fill(-1);
  for (const { application, booth } of start) {
    const a = appIndex.get(application);
    const b = boothIndex.get(booth);
    if (a === undefined || b === undefined || locked[a] || where[a] >= 0 || !feasibleMask[a * nB + b] || !isFree(a, b)) continue;
    place(a, b);
    startAt[a] = b;
  }
  return startAt;
}

/**
 * The unlocked applications, most constrained first: fewest feasible booths, then most days, then
 * largest area; ties in a seeded random order (shuffled before a stable sort).
 */
export function constructionOrder(instance: BoothAssignmentInstance, s: PlanState, rng: () => number): number[] {
  const apps = instance.applications;
  const { feasible, appDays } = s;
  const order = apps.map((_, a) => a).filter((a) => !s.locked[a]);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  order.sort((x, y) => feasible[x].length - feasible[y].length || appDays[y].length - appDays[x].length || apps[y].min_area_m2 - apps[x].min_area_m2);
  return order;
}

/** a on its cheapest free booth, if placing it there does not cost more than leaving it out. */
export function insertBest(s: PlanState, a: number): void {
  let best = -1;
  let bestCost = Infinity;
  for (const b of s.feasible[a]) {
    if (!s.isFree(a, b)) continue;
    const c = s.placeCost(a, b);
    if (c < bestCost) {
      bestCost = c;
      best = b;
    }
  }
  if (best >= 0 && bestCost <= 0) s.place(a, best);
}
