import { exchangeBooths, insertEjecting, leaveOut, moveToFree, swapOnDay, takeAndRelocate } from './moves';
import { accept, createSearch, pick, type Search } from './search';
import type { PlanState } from './state';
import type { BoothAssignmentInstance } from './types';

/** How often a group member is tried beside a placed member of its group (then a preferred booth). */
const GROUP_TRY = 0.35;
/** How often, after that, a preferred booth is tried. */
const PREFERRED_TRY = 0.15;
/** Share of the steps in the first half of the annealing that regroup a group (regroup.ts). */
const REGROUP_RATE = 0.004;
/**
 * Which move a step makes, by one random number r (see step): below LEAVE_OUT an application
 * that has a booth is left out. Otherwise, onto a free booth it simply moves; onto a taken one it
 * takes the booth and sends the holders elsewhere below TAKE, swaps with a holder below SWAP, and
 * exchanges the two booths' holders above.
 */
const LEAVE_OUT = 0.05;
const TAKE = 0.35;
const SWAP = 0.6;

/**
 * Simulated annealing with a fixed geometric schedule over `movable`; returns the best plan seen
 * (where[] per application) and leaves the plan state wherever the search ended.
 */
export function anneal(instance: BoothAssignmentInstance, s: PlanState, movable: number[], rng: () => number, iterations: number): Int32Array {
  const search = createSearch(instance, s, rng);
  const W = instance.weights;
  const scale = Math.max(W.prime_repeat, W.preference_miss, W.same_category_adjacent, W.group_adjacent_bonus);
  // From a quarter of the largest weight to a hundredth of that. With the old schedule (half,
  // cooling a thousandfold) the last third of the steps accepted nothing worse and found nothing
  // new; on four 200-booth bench fairs × 8 seeds this one did slightly better on average (mean
  // 395 against 401, within the run-to-run spread), so the difference is small.
  const t0 = scale > 0 ? scale / 4 : 1;
  const t1 = t0 / 100;
  // Regroup (regroup.ts) in the first half only: later the plan around a group is settled and a
  // greedy rebuild never paid (measured), while it costs a few hundred small moves.
  const regroupUntil = search.groups.length > 0 ? iterations / 2 : 0;
  let current = 0;
  let best = 0;
  let bestWhere = s.where.slice();
  for (let it = 0; it < iterations && movable.length > 0; it++) {
    const t = t0 * Math.pow(t1 / t0, it / iterations);
    current += it < regroupUntil && rng() < REGROUP_RATE ? tryRegroup(search, t) : step(search, movable, t);
    if (current < best - 1e-9) {
      best = current;
      bestWhere = s.where.slice();
    }
  }
  return bestWhere;
}

/** One step: a random movable application, a booth to try, and the move that fits; the change kept (0: none). */
function step(search: Search, movable: number[], t: number): number {
  const { s, rng } = search;
  const a = pick(search, movable);
  const cur = s.where[a];
  const b = candidate(search, a);
  const r = rng();
  if (cur < 0) return insertEjecting(search, a, b, t);
  if (r < LEAVE_OUT) return leaveOut(search, a, cur, t);
  if (b === cur) return 0;
  if (s.isFree(a, b)) return moveToFree(search, a, cur, b, t);
  if (r < TAKE) return takeAndRelocate(search, a, cur, b, t);
  if (r < SWAP) return swapOnDay(search, a, cur, b, t);
  return exchangeBooths(search, cur, b, t);
}

/**
 * Where to try an application next: mostly anywhere it fits, but often beside a placed member of
 * its group or on a booth it prefers, since those are the moves that pay and random ones rarely hit.
 */
function candidate(search: Search, a: number): number {
  const { s, rng, members, preferred } = search;
  const { nB, grp, where, neighbours, feasibleMask } = s;
  const r = rng();
  if (r < GROUP_TRY && grp[a] >= 0) {
    const mate = pick(search, members.get(grp[a]) as number[]);
    if (mate !== a && where[mate] >= 0 && neighbours[where[mate]].length > 0) {
      const b = pick(search, neighbours[where[mate]]);
      if (feasibleMask[a * nB + b]) return b;
    }
  } else if (r < GROUP_TRY + PREFERRED_TRY && preferred[a].length > 0) return pick(search, preferred[a]);
  return pick(search, s.feasible[a]);
}

/** One regroup of a random group around a booth one of its members fits; the change kept (0: none). */
function tryRegroup(search: Search, t: number): number {
  const { s, rng, regrouper } = search;
  const list = pick(search, search.groups);
  const m = pick(search, list);
  if (s.feasible[m].length === 0) return 0;
  const res = regrouper.regroup(list, pick(search, s.feasible[m]), rng);
  if (!res) return 0;
  if (accept(search, res.delta, t)) return res.delta;
  regrouper.undo(res);
  return 0;
}
