import { moveWeight, type BoothAssignmentInstance } from './types';

/**
 * The solver's working plan, in typed arrays indexed by number rather than id, with the change of
 * the objective when one application is placed or taken away. Every move (solve.ts, regroup.ts)
 * is built from place/remove/placeCost, so the objective is tracked incrementally and never
 * recomputed from scratch while searching.
 */
export interface PlanState {
  nB: number;
  nA: number;
  nD: number;
  /** Booths next to each booth (duplicates and self-pairs dropped). */
  neighbours: number[][];
  /** Interned category and group (−1: none) per application. */
  cat: number[];
  grp: number[];
  /** Fair-day indexes of each application (unknown days dropped). */
  appDays: number[][];
  /** Preferred booths per application. */
  prefs: Set<number>[];
  /** Booths each application fits (area and facilities), and the same as a mask at a × nB + b. */
  feasible: number[][];
  feasibleMask: Uint8Array;
  locked: boolean[];
  /** Each application's current booth (−1: none): leaving it costs the move weight. */
  home: Int32Array;
  /** occ[b × nD + d]: the application on booth b on day d, or −1. */
  occ: Int32Array;
  /** where[a]: the booth of application a, or −1. */
  where: Int32Array;
  /** Change of the objective when placing a (currently absent) on b. */
  placeCost(a: number, b: number): number;
  /** The applications on booth b on any day. */
  holdersOf(b: number): number[];
  /** Whether b is free on every day of a. */
  isFree(a: number, b: number): boolean;
  place(a: number, b: number): void;
  remove(a: number): void;
}

export function createState(instance: BoothAssignmentInstance): PlanState {
  const { booths, applications: apps } = instance;
  const nB = booths.length;
  const nA = apps.length;
  const nD = instance.days.length;
  const dayIndex = new Map(instance.days.map((d, i) => [d, i]));
  const boothIndex = new Map(booths.map((b, i) => [b.id, i]));
  const { cat, grp } = internLabels(instance);
  const { feasible, feasibleMask } = feasibility(instance);
  const facts: PlanFacts = {
    nB,
    nA,
    nD,
    neighbours: neighbourLists(instance, boothIndex),
    cat,
    grp,
    appDays: apps.map((a) => [...new Set(a.days)].map((d) => dayIndex.get(d)).filter((d): d is number => d !== undefined)),
    prefs: apps.map((a) => new Set(a.preferred_booths.map((b) => boothIndex.get(b)).filter((b): b is number => b !== undefined))),
    feasible,
    feasibleMask,
    locked: apps.map((a) => a.locked_booth !== null),
    home: currentBooths(instance),
    occ: new Int32Array(nB * nD).fill(-1),
    where: new Int32Array(nA).fill(-1),
  };
  const { placeCost, holdersOf, isFree, place, remove } = planOperations(instance, facts);
  // One object literal with every field, not a spread of the two: the moves read its fields
  // millions of times, and with a spread the 200-booth solve measured some 10% slower.
  const { neighbours, appDays, prefs, locked, home, occ, where } = facts;
  return { nB, nA, nD, neighbours, cat, grp, appDays, prefs, feasible, feasibleMask, locked, home, occ, where, placeCost, holdersOf, isFree, place, remove };
}

/** The plan's facts and arrays, without the operations on them. */
type PlanFacts = Omit<PlanState, 'placeCost' | 'holdersOf' | 'isFree' | 'place' | 'remove'>;

/** Each adjacent pair once, both ways round; unknown booths and self-pairs are dropped. */
function neighbourLists(instance: BoothAssignmentInstance, boothIndex: Map<string, number>): number[][] {
  const neighbours: number[][] = instance.booths.map(() => []);
  const pairSeen = new Set<string>();
  for (const [x, y] of instance.adjacent) {
    const i = boothIndex.get(x);
    const j = boothIndex.get(y);
    if (i === undefined || j === undefined || i === j) continue;
    const key = i < j ? `${i},${j}` : `${j},${i}`;
    if (pairSeen.has(key)) continue;
    pairSeen.add(key);
    neighbours[i].push(j);
    neighbours[j].push(i);
  }
  return neighbours;
}

/** Categories and groups as small numbers, so the cost of a placement compares numbers, not texts. */
function internLabels(instance: BoothAssignmentInstance): { cat: number[]; grp: number[] } {
  const intern = new Map<string, number>();
  const id = (s: string) => {
    let v = intern.get(s);
    if (v === undefined) intern.set(s, (v = intern.size));
    return v;
  };
  const cat = instance.applications.map((a) => id(`c:${a.category}`));
  const grp = instance.applications.map((a) => (a.group === null ? -1 : id(`g:${a.group}`)));
  return { cat, grp };
}

/** The booths each application fits by area and facilities, as lists and as one mask. */
function feasibility(instance: BoothAssignmentInstance): { feasible: number[][]; feasibleMask: Uint8Array } {
  const { booths, applications: apps } = instance;
  const nB = booths.length;
  const fits = (a: number, b: number) => booths[b].area_m2 >= apps[a].min_area_m2 && apps[a].needs.every((n) => booths[b].facilities.includes(n));
  const feasibleMask = new Uint8Array(apps.length * nB);
  const feasible: number[][] = apps.map((_, a) => {
    const out: number[] = [];
    for (let b = 0; b < nB; b++)
      if (fits(a, b)) {
        out.push(b);
        feasibleMask[a * nB + b] = 1;
      }
    return out;
  });
  return { feasible, feasibleMask };
}

/** The cost of placing one application, and placing, removing and looking up on the arrays. */
function planOperations(instance: BoothAssignmentInstance, facts: PlanFacts): Pick<PlanState, 'placeCost' | 'holdersOf' | 'isFree' | 'place' | 'remove'> {
  const { nD, appDays, occ, where } = facts;
  const holdersOf = (b: number): number[] => {
    const out: number[] = [];
    for (let d = 0; d < nD; d++) {
      const o = occ[b * nD + d];
      if (o >= 0 && !out.includes(o)) out.push(o);
    }
    return out;
  };
  // Plain loops below, no callbacks: these run millions of times per solve.
  const isFree = (a: number, b: number) => {
    const days = appDays[a];
    for (let i = 0; i < days.length; i++) if (occ[b * nD + days[i]] >= 0) return false;
    return true;
  };
  const place = (a: number, b: number) => {
    const days = appDays[a];
    for (let i = 0; i < days.length; i++) occ[b * nD + days[i]] = a;
    where[a] = b;
  };
  const remove = (a: number) => {
    const b = where[a];
    const days = appDays[a];
    for (let i = 0; i < days.length; i++) occ[b * nD + days[i]] = -1;
    where[a] = -1;
  };
  return { placeCost: placeCostOn(instance, facts), holdersOf, isFree, place, remove };
}

/**
 * The change of the objective when a (currently absent) goes on b: it is no longer left out, its
 * own terms (prime spot again, preference missed), and each neighbour on each of its days (same
 * category, same group). The hottest function of the solver, hence the plain loops.
 */
function placeCostOn(instance: BoothAssignmentInstance, facts: PlanFacts): (a: number, b: number) => number {
  const W = instance.weights;
  const { nD, neighbours, cat, grp, appDays, prefs, home, occ } = facts;
  const prime = instance.booths.map((b) => b.prime);
  const history = instance.applications.map((a) => a.prime_history);
  const move = moveWeight(W);
  return (a: number, b: number): number => {
    // Absent, an application with a current booth counts as moved; back on that booth, it does not.
    let c = -W.unassigned + W.prime_repeat * prime[b] * history[a] - (b === home[a] ? move : 0);
    if (prefs[a].size > 0 && !prefs[a].has(b)) c += W.preference_miss;
    const nb = neighbours[b];
    const days = appDays[a];
    const ca = cat[a];
    const ga = grp[a];
    for (let i = 0; i < days.length; i++)
      for (let j = 0; j < nb.length; j++) {
        const o = occ[nb[j] * nD + days[i]];
        if (o < 0) continue;
        if (cat[o] === ca) c += W.same_category_adjacent;
        if (ga >= 0 && grp[o] === ga) c -= W.group_adjacent_bonus;
      }
    return c;
  };
}

/** Each application's current booth (−1: none, or one the problem does not have). */
export function currentBooths(instance: BoothAssignmentInstance): Int32Array {
  const boothIndex = new Map(instance.booths.map((b, i) => [b.id, i]));
  return Int32Array.from(instance.applications, (a) => (a.current_booth == null ? -1 : (boothIndex.get(a.current_booth) ?? -1)));
}
