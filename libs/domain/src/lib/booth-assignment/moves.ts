import { accept, pick, type Search } from './search';
import type { PlanState } from './state';

/**
 * The annealing's moves (anneal.ts). Each changes the plan, weighs the change of the objective,
 * and keeps it when the search accepts it, or puts everyone back exactly where they were. Each
 * returns the change kept (0 when it was undone or the move was not possible).
 */

/** Random booths tried, besides the one just left, for an application pushed out of its booth. */
const RELOCATE_TRIES = 8;

/** The applications on b on any of a's days (each once), in the order of a's days. */
function inTheWay({ nD, appDays, occ }: PlanState, a: number, b: number): number[] {
  const out: number[] = [];
  for (const d of appDays[a]) {
    const o = occ[b * nD + d];
    if (o >= 0 && !out.includes(o)) out.push(o);
  }
  return out;
}

/** Takes `list` (all on booth `from`) off the plan; returns `delta` with what that changed. */
function liftAll({ placeCost, remove }: PlanState, list: number[], from: number, delta: number): number {
  for (const o of list) {
    remove(o);
    delta -= placeCost(o, from);
  }
  return delta;
}

/** Puts `list` on booth `to`; returns `delta` with what that changed. */
function putAll({ placeCost, place }: PlanState, list: number[], to: number, delta: number): number {
  for (const o of list) {
    delta += placeCost(o, to);
    place(o, to);
  }
  return delta;
}

/**
 * An application left out takes b, and whoever is in the way on its days is left out instead (never
 * a lock). When one of them holds a booth today (a current booth, whose leaving costs a move), each
 * goes to the free booth that suits it best where there is one (as in takeAndRelocate): left out,
 * it would pay the move on top, and the exchange would rarely pay.
 */
export function insertEjecting(search: Search, a: number, b: number, t: number): number {
  const { s } = search;
  const ejected = inTheWay(s, a, b);
  if (ejected.some((o) => s.locked[o])) return 0;
  let delta = liftAll(s, ejected, b, 0);
  delta += s.placeCost(a, b);
  s.place(a, b);
  const sent: number[] = [];
  if (ejected.some((o) => s.home[o] >= 0))
    for (const o of ejected) {
      const { to, cost } = relocation(search, o, s.home[o] >= 0 ? s.home[o] : b);
      if (to < 0 || cost > 0) continue;
      delta += cost;
      s.place(o, to);
      sent.push(o);
    }
  if (accept(search, delta, t)) return delta;
  for (const o of sent) s.remove(o);
  s.remove(a);
  for (let k = ejected.length - 1; k >= 0; k--) s.place(ejected[k], b);
  return 0;
}

/** a leaves its booth and is left out. */
export function leaveOut(search: Search, a: number, cur: number, t: number): number {
  const { s } = search;
  s.remove(a);
  const delta = -s.placeCost(a, cur);
  if (accept(search, delta, t)) return delta;
  s.place(a, cur);
  return 0;
}

/** a moves from cur to b, which is free on all its days. */
export function moveToFree(search: Search, a: number, cur: number, b: number, t: number): number {
  const { s } = search;
  s.remove(a);
  const delta = -s.placeCost(a, cur) + s.placeCost(a, b);
  s.place(a, b);
  if (accept(search, delta, t)) return delta;
  s.remove(a);
  s.place(a, cur);
  return 0;
}

/**
 * a takes b, and whoever is in the way on a's days goes to the free booth that suits them best
 * (the one a left, or a few random ones); when one of them finds none, the move is undone.
 */
export function takeAndRelocate(search: Search, a: number, cur: number, b: number, t: number): number {
  const { s } = search;
  const ejected = inTheWay(s, a, b);
  if (ejected.some((o) => s.locked[o])) return 0;
  s.remove(a);
  let delta = -s.placeCost(a, cur);
  delta = liftAll(s, ejected, b, delta);
  delta += s.placeCost(a, b);
  s.place(a, b);
  const sent: number[] = [];
  for (const o of ejected) {
    const { to, cost } = relocation(search, o, cur);
    if (to < 0) break;
    delta += cost;
    s.place(o, to);
    sent.push(o);
  }
  if (sent.length === ejected.length && accept(search, delta, t)) return delta;
  for (const o of sent) s.remove(o);
  s.remove(a);
  for (const o of ejected) s.place(o, b);
  s.place(a, cur);
  return 0;
}

/** The cheapest free booth for o: the booth just left is the natural place; a few random others keep the step cheap. */
function relocation(search: Search, o: number, left: number): { to: number; cost: number } {
  const { nB, feasible, feasibleMask, isFree, placeCost } = search.s;
  let to = -1;
  let cost = Infinity;
  for (let k = 0; k <= RELOCATE_TRIES; k++) {
    const x = k === 0 ? left : pick(search, feasible[o]);
    if (!feasibleMask[o * nB + x] || !isFree(o, x)) continue;
    const c = placeCost(o, x);
    if (c < cost) [to, cost] = [x, c];
  }
  return { to, cost };
}

/** a swaps with the holder of b on one of a's days (random), when each fits the other's booth. */
export function swapOnDay(search: Search, a: number, cur: number, b: number, t: number): number {
  const { s, rng } = search;
  const { nB, nD, appDays, occ, locked, feasibleMask } = s;
  const d0 = appDays[a][Math.floor(rng() * appDays[a].length)];
  const c = occ[b * nD + d0];
  if (c < 0 || locked[c] || !feasibleMask[c * nB + cur]) return 0;
  s.remove(a);
  let delta = -s.placeCost(a, cur);
  s.remove(c);
  delta -= s.placeCost(c, b);
  // Either may still clash with someone else on another of its days.
  if (s.isFree(a, b) && s.isFree(c, cur)) {
    delta += s.placeCost(a, b);
    s.place(a, b);
    delta += s.placeCost(c, cur);
    s.place(c, cur);
    if (accept(search, delta, t)) return delta;
    s.remove(a);
    s.remove(c);
  }
  s.place(c, b);
  s.place(a, cur);
  return 0;
}

/**
 * Exchange everything the two booths hold, every day: moves a whole booth's worth of exhibitors
 * (say, a group's member and whoever shares that booth) in one step.
 */
export function exchangeBooths(search: Search, cur: number, b: number, t: number): number {
  const { s } = search;
  const { nB, locked, feasibleMask } = s;
  const x = s.holdersOf(cur);
  const y = s.holdersOf(b);
  if (x.some((o) => locked[o] || !feasibleMask[o * nB + b]) || y.some((o) => locked[o] || !feasibleMask[o * nB + cur])) return 0;
  let delta = liftAll(s, x, cur, 0);
  delta = liftAll(s, y, b, delta);
  delta = putAll(s, x, b, delta);
  delta = putAll(s, y, cur, delta);
  if (accept(search, delta, t)) return delta;
  for (const o of [...x, ...y]) s.remove(o);
  for (const o of x) s.place(o, cur);
  for (const o of y) s.place(o, b);
  return 0;
}
