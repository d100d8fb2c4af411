import { describeUnassigned } from './describe-unassigned';
import { evaluate } from './evaluate';
import { createRegrouper } from './regroup';
import { createState } from './state';
import type {
  BoothAssignment,
  BoothAssignmentInstance,
  BoothAssignmentResult,
  BoothAssignmentResultWithCauses,
  SolveOptions,
  UnassignedCause,
  UnassignedWithCause,
} from './types';

/** Random booths tried, besides the one just left, for an application pushed out of its booth. */
const RELOCATE_TRIES = 8;
/** How often a group member is tried beside a placed member of its group (then a preferred booth). */
const GROUP_TRY = 0.35;
/** Share of the steps in the first half of the annealing that regroup a group (regroup.ts). */
const REGROUP_RATE = 0.004;

/** Small seeded PRNG (mulberry32): numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Assigns booths to applications (see types.ts for the rules and the objective): locked ones first,
 * then a greedy pass (most constrained first), then seeded simulated annealing over moves, swaps
 * and insertions that eject others, and (regroup.ts) moves that gather a whole group in a region.
 * The working plan and its incremental objective live in state.ts. Same instance and seed → same
 * result. Each application left
 * out gets a reason in English: the result file `npm run assign` prints.
 */
export function solve(instance: BoothAssignmentInstance, options: SolveOptions = {}): BoothAssignmentResult {
  const { assignments, unassigned, objective } = solveWithCauses(instance, options);
  return { assignments, unassigned: unassigned.map(({ application, reason }) => ({ application, reason })), objective };
}

/** The same as solve, and each application left out also carries its cause as data, for a UI to word. */
export function solveWithCauses(instance: BoothAssignmentInstance, options: SolveOptions = {}): BoothAssignmentResultWithCauses {
  const rng = mulberry32(options.seed ?? 1);
  const W = instance.weights;
  const { booths, applications: apps } = instance;
  const boothIndex = new Map(booths.map((b, i) => [b.id, i]));
  const appIndex = new Map(apps.map((a, i) => [a.id, i]));
  const state = createState(instance);
  const { nB, nA, nD, neighbours, grp, appDays, prefs, feasible, feasibleMask, locked, occ, where } = state;
  const { placeCost, holdersOf, isFree, place, remove } = state;
  const reasons = new Map<number, UnassignedCause>();

  // 1. Locked applications, in input order.
  apps.forEach((app, a) => {
    if (app.locked_booth === null) return;
    const b = boothIndex.get(app.locked_booth);
    if (b === undefined) return reasons.set(a, { kind: 'lockedBoothMissing', booth: app.locked_booth });
    const booth = booths[b];
    if (booth.area_m2 < app.min_area_m2)
      return reasons.set(a, { kind: 'lockedBoothTooSmall', booth: booth.id, areaM2: booth.area_m2, minAreaM2: app.min_area_m2 });
    const missing = app.needs.filter((n) => !booth.facilities.includes(n));
    if (missing.length > 0) return reasons.set(a, { kind: 'lockedBoothLacks', booth: booth.id, missing });
    const clash = appDays[a].find((d) => occ[b * nD + d] >= 0);
    if (clash !== undefined)
      return reasons.set(a, { kind: 'lockedBoothClash', booth: booth.id, holder: apps[occ[b * nD + clash]].id, day: instance.days[clash] });
    place(a, b);
  });

  // 2. The plan to improve on, if any (today's holdings): every pair that keeps the hard rules.
  const startAt = new Int32Array(nA).fill(-1);
  for (const { application, booth } of options.start ?? []) {
    const a = appIndex.get(application);
    const b = boothIndex.get(booth);
    if (a === undefined || b === undefined || locked[a] || where[a] >= 0 || !feasibleMask[a * nB + b] || !isFree(a, b)) continue;
    place(a, b);
    startAt[a] = b;
  }

  // Greedy for the rest: most constrained first (fewest feasible booths, most days, largest area), seeded ties.
  const order = apps.map((_, a) => a).filter((a) => !locked[a]);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  order.sort((x, y) => feasible[x].length - feasible[y].length || appDays[y].length - appDays[x].length || apps[y].min_area_m2 - apps[x].min_area_m2);
  const insertBest = (a: number) => {
    let best = -1;
    let bestCost = Infinity;
    for (const b of feasible[a]) {
      if (!isFree(a, b)) continue;
      const c = placeCost(a, b);
      if (c < bestCost) {
        bestCost = c;
        best = b;
      }
    }
    if (best >= 0 && bestCost <= 0) place(a, best);
  };
  for (const a of order) if (where[a] < 0) insertBest(a);

  // 3. Simulated annealing with a fixed geometric schedule; keeps the best solution seen.
  const movable = order.filter((a) => feasible[a].length > 0);
  const iterations = options.iterations ?? 20000 + 4000 * nA;
  const scale = Math.max(W.prime_repeat, W.preference_miss, W.same_category_adjacent, W.group_adjacent_bonus);
  // From a quarter of the largest weight to a hundredth of that. With the old schedule (half,
  // cooling a thousandfold) the last third of the steps accepted nothing worse and found nothing
  // new; on four 200-booth bench fairs × 8 seeds this one did slightly better on average (mean
  // 395 against 401, within the run-to-run spread), so the difference is small.
  const t0 = scale > 0 ? scale / 4 : 1;
  const t1 = t0 / 100;
  let current = 0;
  let best = 0;
  let bestWhere = where.slice();
  const accept = (delta: number, t: number) => delta <= 0 || rng() < Math.exp(-delta / t);

  // Where to try an application next: mostly anywhere it fits, but often beside a placed member of
  // its group or on a booth it prefers, since those are the moves that pay and random ones rarely hit.
  const members = new Map<number, number[]>();
  apps.forEach((_, a) => {
    if (grp[a] >= 0) members.set(grp[a], [...(members.get(grp[a]) ?? []), a]);
  });
  const preferred = apps.map((_, a) => [...prefs[a]].filter((b) => feasibleMask[a * nB + b]));
  const pick = <T>(list: T[]): T => list[Math.floor(rng() * list.length)];
  const candidate = (a: number): number => {
    const r = rng();
    if (r < GROUP_TRY && grp[a] >= 0) {
      const mate = pick(members.get(grp[a]) as number[]);
      if (mate !== a && where[mate] >= 0 && neighbours[where[mate]].length > 0) {
        const b = pick(neighbours[where[mate]]);
        if (feasibleMask[a * nB + b]) return b;
      }
    } else if (r < GROUP_TRY + 0.15 && preferred[a].length > 0) return pick(preferred[a]);
    return pick(feasible[a]);
  };

  // Regroup (regroup.ts) in the first half only: later the plan around a group is settled and a
  // greedy rebuild never paid (measured), while it costs a few hundred small moves.
  const groups = [...members.values()].filter((list) => list.length > 1);
  const regroupUntil = groups.length > 0 ? iterations / 2 : 0;
  const regrouper = createRegrouper(state);
  /** One regroup of a random group around a booth one of its members fits; the change kept. */
  const tryRegroup = (t: number): number => {
    const list = pick(groups);
    const m = pick(list);
    if (feasible[m].length === 0) return 0;
    const res = regrouper.regroup(list, pick(feasible[m]), rng);
    if (!res) return 0;
    if (accept(res.delta, t)) return res.delta;
    regrouper.undo(res);
    return 0;
  };
  for (let it = 0; it < iterations && movable.length > 0; it++) {
    const t = t0 * Math.pow(t1 / t0, it / iterations);
    if (it < regroupUntil && rng() < REGROUP_RATE) {
      current += tryRegroup(t);
      if (current < best - 1e-9) {
        best = current;
        bestWhere = where.slice();
      }
      continue;
    }
    const a = movable[Math.floor(rng() * movable.length)];
    const cur = where[a];
    const b = candidate(a);
    const r = rng();
    let delta = 0;
    if (cur < 0) {
      // Insert, ejecting whoever is in the way on its days.
      const ejected: number[] = [];
      let blocked = false;
      for (const d of appDays[a]) {
        const o = occ[b * nD + d];
        if (o < 0 || ejected.includes(o)) continue;
        if (locked[o]) blocked = true;
        ejected.push(o);
      }
      if (blocked) continue;
      for (const o of ejected) {
        remove(o);
        delta -= placeCost(o, b);
      }
      delta += placeCost(a, b);
      place(a, b);
      if (accept(delta, t)) current += delta;
      else {
        remove(a);
        for (let k = ejected.length - 1; k >= 0; k--) place(ejected[k], b);
      }
    } else if (r < 0.05) {
      // Leave it out.
      remove(a);
      delta = -placeCost(a, cur);
      if (accept(delta, t)) current += delta;
      else place(a, cur);
    } else if (b === cur) {
      continue;
    } else if (isFree(a, b)) {
      // Move to a free booth.
      remove(a);
      delta = -placeCost(a, cur) + placeCost(a, b);
      place(a, b);
      if (accept(delta, t)) current += delta;
      else {
        remove(a);
        place(a, cur);
      }
    } else if (r < 0.35) {
      // Take b, and send whoever is in the way on a's days to the free booth that suits them best.
      const ejected: number[] = [];
      for (const d of appDays[a]) {
        const o = occ[b * nD + d];
        if (o >= 0 && !ejected.includes(o)) ejected.push(o);
      }
      if (ejected.some((o) => locked[o])) continue;
      remove(a);
      delta -= placeCost(a, cur);
      for (const o of ejected) {
        remove(o);
        delta -= placeCost(o, b);
      }
      delta += placeCost(a, b);
      place(a, b);
      const sent: number[] = [];
      for (const o of ejected) {
        // The booth a left is the natural place; a few random others keep the step cheap.
        let to = -1;
        let cost = Infinity;
        for (let k = 0; k <= RELOCATE_TRIES; k++) {
          const x = k === 0 ? cur : pick(feasible[o]);
          if (!feasibleMask[o * nB + x] || !isFree(o, x)) continue;
          const c = placeCost(o, x);
          if (c < cost) [to, cost] = [x, c];
        }
        if (to < 0) break;
        delta += cost;
        place(o, to);
        sent.push(o);
      }
      if (sent.length === ejected.length && accept(delta, t)) current += delta;
      else {
        for (const o of sent) remove(o);
        remove(a);
        for (const o of ejected) place(o, b);
        place(a, cur);
      }
    } else if (r < 0.6) {
      // Swap with an occupant of b on one of its days.
      const d0 = appDays[a][Math.floor(rng() * appDays[a].length)];
      const c = occ[b * nD + d0];
      if (c < 0 || locked[c] || !feasibleMask[c * nB + cur]) continue;
      remove(a);
      delta -= placeCost(a, cur);
      remove(c);
      delta -= placeCost(c, b);
      if (isFree(a, b) && isFree(c, cur)) {
        delta += placeCost(a, b);
        place(a, b);
        delta += placeCost(c, cur);
        place(c, cur);
        if (accept(delta, t)) {
          current += delta;
        } else {
          remove(a);
          remove(c);
          place(c, b);
          place(a, cur);
        }
      } else {
        place(c, b);
        place(a, cur);
      }
    } else {
      // Exchange everything the two booths hold, every day: moves a whole booth's worth of
      // exhibitors (say, a group's member and whoever shares that booth) in one step.
      const x = holdersOf(cur);
      const y = holdersOf(b);
      if (x.some((o) => locked[o] || !feasibleMask[o * nB + b]) || y.some((o) => locked[o] || !feasibleMask[o * nB + cur])) continue;
      for (const o of x) {
        remove(o);
        delta -= placeCost(o, cur);
      }
      for (const o of y) {
        remove(o);
        delta -= placeCost(o, b);
      }
      for (const o of x) {
        delta += placeCost(o, b);
        place(o, b);
      }
      for (const o of y) {
        delta += placeCost(o, cur);
        place(o, cur);
      }
      if (accept(delta, t)) current += delta;
      else {
        for (const o of [...x, ...y]) remove(o);
        for (const o of x) place(o, cur);
        for (const o of y) place(o, b);
      }
    }
    if (current < best - 1e-9) {
      best = current;
      bestWhere = where.slice();
    }
  }

  // Restore the best, then try once more to fit in whoever is still out.
  occ.fill(-1);
  where.fill(-1);
  bestWhere.forEach((b, a) => {
    if (b >= 0) place(a, b);
  });
  for (const a of order) if (where[a] < 0 && feasible[a].length > 0) insertBest(a);
  if (options.start) keepStartWhereFree();

  // 4. Results and reasons.
  const assignments: BoothAssignment[] = [];
  const unassigned: UnassignedWithCause[] = [];
  apps.forEach((app, a) => {
    if (where[a] >= 0) assignments.push({ application: app.id, booth: booths[where[a]].id });
    else {
      const cause = reasons.get(a) ?? explain(a);
      unassigned.push({ application: app.id, reason: describeUnassigned(cause), cause });
    }
  });
  return { assignments, unassigned, objective: evaluate(instance, assignments) };

  /**
   * Moving an exhibitor has a cost the objective cannot see (a mail, a new sign, confusion), so an
   * application moved without gain goes back to its starting booth: alone when that booth is free,
   * or swapping with the one now there when that one started where it now is.
   */
  function keepStartWhereFree(): void {
    for (let pass = 0; pass < 2; pass++)
      for (let a = 0; a < nA; a++) {
        const home = startAt[a];
        const cur = where[a];
        if (home < 0 || cur < 0 || cur === home) continue;
        const others = holdersOf(home).filter((o) => appDays[a].some((d) => occ[home * nD + d] === o));
        const c = others.length === 1 && startAt[others[0]] === cur && !locked[others[0]] ? others[0] : -1;
        if (others.length > (c >= 0 ? 1 : 0)) continue;
        remove(a);
        let delta = -placeCost(a, cur);
        if (c >= 0) {
          remove(c);
          delta -= placeCost(c, home);
        }
        if (isFree(a, home)) {
          delta += placeCost(a, home);
          place(a, home);
          if (c >= 0 && isFree(c, cur)) {
            delta += placeCost(c, cur);
            place(c, cur);
          } else if (c >= 0) delta = Infinity;
        } else delta = Infinity;
        if (delta <= 1e-9) continue;
        if (where[a] >= 0) remove(a);
        if (c >= 0 && where[c] >= 0) remove(c);
        if (c >= 0) place(c, home);
        place(a, cur);
      }
  }

  function explain(a: number): UnassignedCause {
    const app = apps[a];
    if (nB === 0) return { kind: 'noBooths' };
    if (appDays[a].length === 0) return { kind: 'noFairDays' };
    const facilities = [...app.needs];
    const minAreaM2 = app.min_area_m2;
    if (feasible[a].length === 0) {
      const equipped = booths.filter((b) => app.needs.every((n) => b.facilities.includes(n)));
      if (equipped.length === 0) return { kind: 'noBoothWithFacilities', facilities };
      return { kind: 'noBoothLargeEnough', facilities, minAreaM2, largestAreaM2: Math.max(...equipped.map((b) => b.area_m2)) };
    }
    const n = feasible[a].length;
    for (const d of appDays[a]) {
      const holders = feasible[a].map((b) => occ[b * nD + d]);
      if (holders.every((o) => o >= 0)) {
        const names = [...new Set(holders)].sort((x, y) => x - y).map((o) => apps[o].id);
        const shown = names.length > 6 ? names.slice(0, 5) : names;
        return {
          kind: 'suitableBoothsTaken',
          facilities,
          minAreaM2,
          booths: n,
          onlyBooth: n === 1 ? booths[feasible[a][0]].id : null,
          day: instance.days[d],
          holders: shown,
          otherHolders: names.length - shown.length,
        };
      }
    }
    const free = feasible[a].find((b) => isFree(a, b));
    if (free !== undefined) return { kind: 'leftOutCheaper', facilities, minAreaM2, booth: booths[free].id };
    const taken = feasible[a].slice(0, 4).map((b) => {
      const d = appDays[a].find((x) => occ[b * nD + x] >= 0) as number;
      return { booth: booths[b].id, day: instance.days[d], holder: apps[occ[b * nD + d]].id };
    });
    return { kind: 'suitableBoothsTakenOnSomeDay', facilities, minAreaM2, days: [...app.days], booths: n, taken };
  }
}
