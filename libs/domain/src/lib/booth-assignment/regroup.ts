import type { PlanState } from './state';

/**
 * A large move for groups (multi-party agreements), used by the annealing in solve.ts.
 *
 * Why: single moves and swaps cannot shift a group that sits together. Taking one member away
 * loses its bonus with every mate, so a cluster that formed in a poor spot stays there, and a
 * scattered group rarely gathers. On the 200-booth bench fair most of what we lost against the
 * exact solver was this bonus.
 *
 * What: take off the plan the movable members of one group (all of them, or only the ones nearest
 * a seed booth, since the best plan often keeps a group in two or three clusters) and everyone
 * holding a compact region of adjacent booths grown breadth-first from the seed. Put the members
 * back in and around the region one at a time, cheapest (member, booth) pair first: each member
 * placed makes the booths beside it cheaper for its mates, so they gather. Then give everyone
 * displaced the free booth that suits them best; one whose suitable booths all went to members
 * takes a booth whose single holder can move to a free one.
 *
 * The result is the change of the objective and everyone's previous booth, so the caller can
 * accept the move or put them back (`undo`). Locked applications never move.
 */
export interface RegroupResult {
  delta: number;
  /** [application, previous booth (−1: was out)] for everyone touched. */
  moved: [number, number][];
}

export interface Regrouper {
  /** Regroups `members` (one group) around booth `seed`; null when fewer than two can move. */
  regroup(members: number[], seed: number, rng: () => number): RegroupResult | null;
  undo(result: RegroupResult): void;
}

/** Region size over the number of members moved: a little slack lets them fit around facilities. */
const REGION_SLACK = 1.25;
/** How often only the members nearest the seed move rather than the whole group. */
const PART_OF_GROUP = 0.5;
/** Random booths tried for each displaced application besides those the move freed or touched. */
const OTHER_TRIES = 8;

/** Scratch arrays are allocated once per solve: the move runs thousands of times. */
export function createRegrouper(s: PlanState): Regrouper {
  const scratch: Scratch = {
    s,
    dist: new Int32Array(s.nB),
    queue: new Int32Array(s.nB),
    nearAt: new Int32Array(s.nB).fill(-1),
    rowBest: new Int32Array(s.nA),
    done: new Uint8Array(s.nA),
    cost: new Float64Array(0),
  };
  return {
    regroup: (members, seed, rng) => regroup(scratch, members, seed, rng),
    undo: (result) => undo(s, result),
  };
}

interface Scratch {
  s: PlanState;
  /** Steps from the seed booth per booth (distancesFrom), and the breadth-first queue behind it. */
  dist: Int32Array;
  queue: Int32Array;
  /** Column of each booth in the cost table (−1: not in it). */
  nearAt: Int32Array;
  /** Per member moved (at most every application): cheapest column in `cost`, and whether placed. */
  rowBest: Int32Array;
  done: Uint8Array;
  /** Cost of member i on booth j at i × w + j; grows to the largest table needed. */
  cost: Float64Array;
}

/** One regroup's table of (member, booth) costs: rows are the members moved, columns `near`. */
interface CostTable {
  movable: number[];
  near: number[];
  /** near.length, the row width. */
  w: number;
  /** Columns whose cost changed with the last member placed (reused). */
  touched: number[];
}

function regroup(x: Scratch, members: number[], seed: number, rng: () => number): RegroupResult | null {
  const { s } = x;
  // Arrays here are built by push only: one elements kind, so the optimised code stays valid.
  const all = members.filter((a) => !s.locked[a] && s.feasible[a].length > 0);
  if (all.length < 2) return null;
  const movable = rng() < PART_OF_GROUP ? nearestToSeed(x, all, seed, rng) : all;
  const region = regionAround(s, seed, Math.ceil(movable.length * REGION_SLACK), rng);
  const move: RegroupResult = { delta: 0, moved: [] };
  const displaced = clearTheWay(s, movable, region, move);
  const table: CostTable = { movable, near: boothsAround(s, region), w: 0, touched: [] };
  table.w = table.near.length;
  placeMembersCheapestFirst(x, table, move);
  placeTheRest(x, table, displaced, move, rng);
  return move;
}

/** The k nearest the seed (members left out count as farthest; a little noise breaks ties), k random from 2 on. */
function nearestToSeed(x: Scratch, all: number[], seed: number, rng: () => number): number[] {
  const { nB, where } = x.s;
  const dist = x.dist;
  distancesFrom(x, seed);
  const far = (a: number) => (where[a] < 0 || dist[where[a]] < 0 ? nB : dist[where[a]]) + rng() * 0.5;
  const keyed: { a: number; key: number }[] = [];
  for (const a of all) keyed.push({ a, key: far(a) });
  keyed.sort((p, q) => p.key - q.key);
  const k = 2 + Math.floor(rng() * (all.length - 1));
  const movable: number[] = [];
  for (let i = 0; i < k; i++) movable.push(keyed[i].a);
  return movable;
}

/** Booths by steps between adjacent booths from `seed` (−1: unreachable), in `dist`. */
function distancesFrom({ s, dist, queue }: Scratch, seed: number): void {
  dist.fill(-1);
  dist[seed] = 0;
  queue[0] = seed;
  let end = 1;
  for (let i = 0; i < end; i++) {
    const b = queue[i];
    for (const n of s.neighbours[b])
      if (dist[n] < 0) {
        dist[n] = dist[b] + 1;
        queue[end++] = n;
      }
  }
}

/** The region: `size` booths breadth-first from the seed, each booth's neighbours in random order. */
function regionAround(s: PlanState, seed: number, size: number, rng: () => number): number[] {
  const region = [seed];
  const inRegion = new Set(region);
  for (let i = 0; i < region.length && region.length < size; i++) {
    const next = s.neighbours[region[i]].filter((n) => !inRegion.has(n));
    for (let j = next.length - 1; j > 0; j--) {
      const k = Math.floor(rng() * (j + 1));
      const t = next[j];
      next[j] = next[k];
      next[k] = t;
    }
    for (const n of next) {
      if (region.length >= size) break;
      region.push(n);
      inRegion.add(n);
    }
  }
  return region;
}

/** Takes off the plan the members, then the region's other (unlocked) holders: those are returned. */
function clearTheWay(s: PlanState, movable: number[], region: number[], move: RegroupResult): number[] {
  const { nD, locked, occ, where, placeCost, remove } = s;
  const takeOff = (a: number) => {
    const b = where[a];
    move.moved.push([a, b]);
    if (b < 0) return;
    remove(a);
    move.delta -= placeCost(a, b);
  };
  for (const a of movable) takeOff(a);
  const isMember = new Set(movable);
  const displaced: number[] = [];
  for (const b of region)
    for (let d = 0; d < nD; d++) {
      const o = occ[b * nD + d];
      if (o < 0 || locked[o] || isMember.has(o)) continue;
      takeOff(o);
      displaced.push(o);
    }
  return displaced;
}

/** The region and the booths next to it: where the members may go back. */
function boothsAround(s: PlanState, region: number[]): number[] {
  const near = [...region];
  for (const b of region) for (const n of s.neighbours[b]) if (!near.includes(n)) near.push(n);
  return near;
}

/**
 * Members: cheapest (member, booth) pair first over the region and the booths next to it, so each
 * member placed draws its mates beside it. Costs are cached and recomputed only around the booth
 * just taken.
 */
function placeMembersCheapestFirst(x: Scratch, table: CostTable, move: RegroupResult): void {
  const { movable, near, w } = table;
  const m = movable.length;
  near.forEach((b, j) => (x.nearAt[b] = j));
  if (x.cost.length < m * w) x.cost = new Float64Array(m * w);
  x.done.fill(0, 0, m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < w; j++) costAt(x, table, i, j);
    scanRow(x, table, i);
  }
  for (let step = 0; step < m; step++) {
    const bestI = cheapestMember(x, table);
    if (bestI < 0) break;
    const bestJ = x.rowBest[bestI];
    x.s.place(movable[bestI], near[bestJ]);
    move.delta += x.cost[bestI * w + bestJ];
    x.done[bestI] = 1;
    updateCostsAround(x, table, bestJ);
  }
  for (const b of near) x.nearAt[b] = -1;
}

/** Cost of member i on booth column j (Infinity when it does not fit or the booth is taken), cached. */
function costAt({ s, cost }: Scratch, { movable, near, w }: CostTable, i: number, j: number): number {
  const a = movable[i];
  const b = near[j];
  const c = s.feasibleMask[a * s.nB + b] && s.isFree(a, b) ? s.placeCost(a, b) : Infinity;
  cost[i * w + j] = c;
  return c;
}

/** Column of the cheapest booth for member i (−1 when none is free), from the cache. */
function scanRow({ cost, rowBest }: Scratch, { w }: CostTable, i: number): void {
  let bj = -1;
  let bc = Infinity;
  for (let j = 0; j < w; j++)
    if (cost[i * w + j] < bc) {
      bc = cost[i * w + j];
      bj = j;
    }
  rowBest[i] = bj;
}

/** The unplaced member whose cheapest booth is cheapest of all (−1: none has a free booth left). */
function cheapestMember({ cost, rowBest, done }: Scratch, { movable, w }: CostTable): number {
  let bestI = -1;
  let bestC = Infinity;
  for (let i = 0; i < movable.length; i++) {
    if (done[i] || rowBest[i] < 0) continue;
    const c = cost[i * w + rowBest[i]];
    if (c < bestC) {
      bestI = i;
      bestC = c;
    }
  }
  return bestI;
}

/** Only the booth taken (column `taken`) and its neighbours change cost; a row rescans when its best got dearer. */
function updateCostsAround(x: Scratch, table: CostTable, taken: number): void {
  const { touched, near } = table;
  touched.length = 0;
  touched.push(taken);
  for (const n of x.s.neighbours[near[taken]]) if (x.nearAt[n] >= 0) touched.push(x.nearAt[n]);
  for (let i = 0; i < table.movable.length; i++) if (!x.done[i]) updateRow(x, table, i);
}

function updateRow(x: Scratch, table: CostTable, i: number): void {
  const { cost, rowBest } = x;
  const w = table.w;
  let rescan = false;
  for (const j of table.touched) {
    const before = cost[i * w + j];
    const c = costAt(x, table, i, j);
    if (j === rowBest[i] && c > before) rescan = true;
    else if (rowBest[i] < 0 ? c < Infinity : c < cost[i * w + rowBest[i]]) rowBest[i] = j;
  }
  if (rescan) scanRow(x, table, i);
}

/**
 * Members that found no room there, then the displaced (fewest suitable booths first): the best
 * free booth among those the move freed and a few others (scanning every booth for each would make
 * the move several times dearer for little gain), or else room made by moving one holder on.
 */
function placeTheRest(x: Scratch, table: CostTable, displaced: number[], move: RegroupResult, rng: () => number): void {
  const { feasible, place } = x.s;
  const rest: number[] = [];
  for (let i = 0; i < table.movable.length; i++) if (!x.done[i]) rest.push(table.movable[i]);
  for (const a of displaced) rest.push(a);
  rest.sort((p, q) => feasible[p].length - feasible[q].length);
  const left: number[] = [];
  for (const [, b] of move.moved) if (b >= 0) left.push(b);
  for (const a of rest) {
    const { to, cost } = bestFreeBooth(x.s, a, left, rng);
    if (to >= 0 && cost <= 0) {
      place(a, to);
      move.delta += cost;
    } else move.delta += makeRoom(x.s, a, move.moved, left, table.near, rng);
  }
}

/** The cheapest free booth for a among those the move left and OTHER_TRIES random ones it fits. */
function bestFreeBooth(s: PlanState, a: number, left: number[], rng: () => number): { to: number; cost: number } {
  const { nB, feasible, feasibleMask, placeCost, isFree } = s;
  let to = -1;
  let best = Infinity;
  const options = feasible[a];
  const tries = left.length + OTHER_TRIES;
  for (let k = 0; k < tries; k++) {
    const b = k < left.length ? left[k] : options[Math.floor(rng() * options.length)];
    if (!feasibleMask[a * nB + b] || !isFree(a, b)) continue;
    const c = placeCost(a, b);
    if (c < best) {
      best = c;
      to = b;
    }
  }
  return { to, cost: best };
}

/** The best way found so far to make room: a onto b, b's holder o onto x, for `cost` (< 0 to count). */
interface Room {
  cost: number;
  b: number;
  o: number;
  x: number;
}

/**
 * Room for a, whose suitable booths are all taken: a booth (one the move freed or touched, or a
 * few random ones) whose single unlocked holder can move to a free booth of its own (one the move
 * freed, or a few random ones), cheapest pair first. Returns the change (0: none found, a stays
 * out).
 */
function makeRoom(s: PlanState, a: number, moved: [number, number][], freed: number[], around: number[], rng: () => number): number {
  const best: Room = { cost: 0, b: -1, o: -1, x: -1 };
  const options = s.feasible[a];
  const near = freed.length + around.length;
  for (let k = 0; k < near + OTHER_TRIES; k++) {
    const b = k < freed.length ? freed[k] : k < near ? around[k - freed.length] : options[Math.floor(rng() * options.length)];
    if (!s.feasibleMask[a * s.nB + b]) continue;
    const o = singleUnlockedHolder(s, a, b);
    if (o >= 0) tryMovingHolder(s, a, b, o, freed, rng, best);
  }
  if (best.b < 0) return 0;
  if (!moved.some(([m]) => m === best.o)) moved.push([best.o, best.b]);
  s.remove(best.o);
  s.place(a, best.b);
  s.place(best.o, best.x);
  return best.cost;
}

/** The one application holding b on a's days, when it is one and not locked; else −1. */
function singleUnlockedHolder({ nD, appDays, occ, locked }: PlanState, a: number, b: number): number {
  let o = -1;
  let single = true;
  for (const d of appDays[a]) {
    const h = occ[b * nD + d];
    if (h < 0 || h === o) continue;
    if (o >= 0 || locked[h]) single = false;
    o = h;
  }
  return single ? o : -1;
}

/** Tries a on b with b's holder o sent to a free booth of its own; the plan is left as it was. */
function tryMovingHolder(s: PlanState, a: number, b: number, o: number, freed: number[], rng: () => number, best: Room): void {
  const { nB, feasible, feasibleMask, placeCost, isFree, place, remove } = s;
  remove(o);
  const base = -placeCost(o, b) + placeCost(a, b);
  place(a, b);
  const elsewhere = feasible[o];
  for (let k = 0; k < freed.length + OTHER_TRIES; k++) {
    const x = k < freed.length ? freed[k] : elsewhere[Math.floor(rng() * elsewhere.length)];
    if (x === b || !feasibleMask[o * nB + x] || !isFree(o, x)) continue;
    const c = base + placeCost(o, x);
    if (c < best.cost) Object.assign(best, { cost: c, b, o, x });
  }
  remove(a);
  place(o, b);
}

function undo({ where, place, remove }: PlanState, { moved }: RegroupResult): void {
  for (const [a] of moved) if (where[a] >= 0) remove(a);
  for (const [a, b] of moved) if (b >= 0) place(a, b);
}
