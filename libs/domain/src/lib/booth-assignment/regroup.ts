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
  const { nB, nD, neighbours, appDays, feasible, feasibleMask, locked, occ, where, placeCost, isFree, place, remove } = s;
  const dist = new Int32Array(nB);
  const queue = new Int32Array(nB);
  const nearAt = new Int32Array(nB).fill(-1);
  // Per member moved (at most every application): cheapest column in `cost`, and whether placed.
  const rowBest = new Int32Array(s.nA);
  const done = new Uint8Array(s.nA);
  let cost = new Float64Array(0);

  /** Booths by steps between adjacent booths from `seed` (−1: unreachable), in `dist`. */
  function distancesFrom(seed: number): void {
    dist.fill(-1);
    dist[seed] = 0;
    queue[0] = seed;
    let end = 1;
    for (let i = 0; i < end; i++) {
      const b = queue[i];
      for (const n of neighbours[b])
        if (dist[n] < 0) {
          dist[n] = dist[b] + 1;
          queue[end++] = n;
        }
    }
  }

  /** The region: `size` booths breadth-first from the seed, each booth's neighbours in random order. */
  function regionAround(seed: number, size: number, rng: () => number): number[] {
    const region = [seed];
    const inRegion = new Set(region);
    for (let i = 0; i < region.length && region.length < size; i++) {
      const next = neighbours[region[i]].filter((n) => !inRegion.has(n));
      for (let j = next.length - 1; j > 0; j--) {
        const k = Math.floor(rng() * (j + 1));
        const x = next[j];
        next[j] = next[k];
        next[k] = x;
      }
      for (const n of next) {
        if (region.length >= size) break;
        region.push(n);
        inRegion.add(n);
      }
    }
    return region;
  }

  function regroup(members: number[], seed: number, rng: () => number): RegroupResult | null {
    // Arrays here are built by push only: one elements kind, so the optimised code stays valid.
    const all = members.filter((a) => !locked[a] && feasible[a].length > 0);
    if (all.length < 2) return null;
    const movable: number[] = [];
    if (rng() < PART_OF_GROUP) {
      // The k nearest the seed (members left out count as farthest; a little noise breaks ties).
      distancesFrom(seed);
      const far = (a: number) => (where[a] < 0 || dist[where[a]] < 0 ? nB : dist[where[a]]) + rng() * 0.5;
      const keyed: { a: number; key: number }[] = [];
      for (const a of all) keyed.push({ a, key: far(a) });
      keyed.sort((x, y) => x.key - y.key);
      const k = 2 + Math.floor(rng() * (all.length - 1));
      for (let i = 0; i < k; i++) movable.push(keyed[i].a);
    } else for (const a of all) movable.push(a);
    const region = regionAround(seed, Math.ceil(movable.length * REGION_SLACK), rng);

    // Take off the members and the region's other holders.
    const moved: [number, number][] = [];
    let delta = 0;
    const takeOff = (a: number) => {
      const b = where[a];
      moved.push([a, b]);
      if (b < 0) return;
      remove(a);
      delta -= placeCost(a, b);
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

    // Members: cheapest (member, booth) pair first over the region and the booths next to it.
    // Costs are cached and recomputed only around the booth just taken.
    const near = [...region];
    for (const b of region) for (const n of neighbours[b]) if (!near.includes(n)) near.push(n);
    near.forEach((b, j) => (nearAt[b] = j));
    const m = movable.length;
    const w = near.length;
    if (cost.length < m * w) cost = new Float64Array(m * w);
    done.fill(0, 0, m);
    const costAt = (i: number, j: number) => {
      const a = movable[i];
      const b = near[j];
      const c = feasibleMask[a * nB + b] && isFree(a, b) ? placeCost(a, b) : Infinity;
      cost[i * w + j] = c;
      return c;
    };
    /** Column of the cheapest booth for member i (−1 when none is free), from the cache. */
    const scanRow = (i: number) => {
      let bj = -1;
      let bc = Infinity;
      for (let j = 0; j < w; j++)
        if (cost[i * w + j] < bc) {
          bc = cost[i * w + j];
          bj = j;
        }
      rowBest[i] = bj;
    };
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < w; j++) costAt(i, j);
      scanRow(i);
    }
    const touched: number[] = [];
    for (let step = 0; step < m; step++) {
      let bestI = -1;
      let bestC = Infinity;
      for (let i = 0; i < m; i++) {
        if (done[i] || rowBest[i] < 0) continue;
        const c = cost[i * w + rowBest[i]];
        if (c < bestC) {
          bestI = i;
          bestC = c;
        }
      }
      if (bestI < 0) break;
      const bestJ = rowBest[bestI];
      const b = near[bestJ];
      place(movable[bestI], b);
      delta += bestC;
      done[bestI] = 1;
      // Only the booth taken and its neighbours change cost; a row rescans when its best changed.
      touched.length = 0;
      touched.push(bestJ);
      for (const n of neighbours[b]) if (nearAt[n] >= 0) touched.push(nearAt[n]);
      for (let i = 0; i < m; i++) {
        if (done[i]) continue;
        let rescan = false;
        for (const j of touched) {
          const before = cost[i * w + j];
          const c = costAt(i, j);
          if (j === rowBest[i] && c > before) rescan = true;
          else if (rowBest[i] < 0 ? c < Infinity : c < cost[i * w + rowBest[i]]) rowBest[i] = j;
        }
        if (rescan) scanRow(i);
      }
    }
    for (const b of near) nearAt[b] = -1;

    // Members that found no room there, then the displaced (fewest suitable booths first): the
    // best free booth among those the move freed and a few others (scanning every booth for each
    // would make the move several times dearer for little gain).
    const rest: number[] = [];
    for (let i = 0; i < m; i++) if (!done[i]) rest.push(movable[i]);
    for (const a of displaced) rest.push(a);
    rest.sort((x, y) => feasible[x].length - feasible[y].length);
    const left: number[] = [];
    for (const [, b] of moved) if (b >= 0) left.push(b);
    for (const a of rest) {
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
      if (to >= 0 && best <= 0) {
        place(a, to);
        delta += best;
      } else delta += makeRoom(a, moved, left, near, rng);
    }
    return { delta, moved };
  }

  /**
   * Room for a, whose suitable booths are all taken: a booth (one the move freed or touched, or a
   * few random ones) whose single unlocked holder can move to a free booth of its own (one the move
   * freed, or a few random ones), cheapest pair first. Returns the change (0: none found, a stays
   * out).
   */
  function makeRoom(a: number, moved: [number, number][], freed: number[], around: number[], rng: () => number): number {
    let best = 0;
    let bestB = -1;
    let bestO = -1;
    let bestX = -1;
    const options = feasible[a];
    const near = freed.length + around.length;
    for (let k = 0; k < near + OTHER_TRIES; k++) {
      const b = k < freed.length ? freed[k] : k < near ? around[k - freed.length] : options[Math.floor(rng() * options.length)];
      if (!feasibleMask[a * nB + b]) continue;
      let o = -1;
      let single = true;
      for (const d of appDays[a]) {
        const h = occ[b * nD + d];
        if (h < 0 || h === o) continue;
        if (o >= 0 || locked[h]) single = false;
        o = h;
      }
      if (!single || o < 0) continue;
      remove(o);
      const base = -placeCost(o, b) + placeCost(a, b);
      place(a, b);
      const elsewhere = feasible[o];
      for (let k = 0; k < freed.length + OTHER_TRIES; k++) {
        const x = k < freed.length ? freed[k] : elsewhere[Math.floor(rng() * elsewhere.length)];
        if (x === b || !feasibleMask[o * nB + x] || !isFree(o, x)) continue;
        const c = base + placeCost(o, x);
        if (c < best) {
          best = c;
          bestB = b;
          bestO = o;
          bestX = x;
        }
      }
      remove(a);
      place(o, b);
    }
    if (bestB < 0) return 0;
    if (!moved.some(([m]) => m === bestO)) moved.push([bestO, bestB]);
    remove(bestO);
    place(a, bestB);
    place(bestO, bestX);
    return best;
  }

  function undo({ moved }: RegroupResult): void {
    for (const [a] of moved) if (where[a] >= 0) remove(a);
    for (const [a, b] of moved) if (b >= 0) place(a, b);
  }

  return { regroup, undo };
}
