import { createRegrouper, type Regrouper } from './regroup';
import type { PlanState } from './state';
import type { BoothAssignmentInstance } from './types';

/** What the annealing works with: the plan, the seeded random numbers, and where to look. */
export interface Search {
  s: PlanState;
  rng: () => number;
  /** Members of each group (interned group → applications). */
  members: Map<number, number[]>;
  /** The preferred booths each application fits. */
  preferred: number[][];
  /** Groups of two or more: the ones a regroup can gather. */
  groups: number[][];
  regrouper: Regrouper;
}

/** A random element of a list, from the search's seeded numbers. */
export function pick<T>({ rng }: Search, list: T[]): T {
  return list[Math.floor(rng() * list.length)];
}

/** Metropolis: always better or equal, worse with a chance that shrinks as the search cools. */
export function accept({ rng }: Search, delta: number, t: number): boolean {
  return delta <= 0 || rng() < Math.exp(-delta / t);
}

/** The search over a plan: groups and fitting preferences looked up once, the regroup's scratch allocated once. */
export function createSearch(instance: BoothAssignmentInstance, s: PlanState, rng: () => number): Search {
  const { nB, grp, prefs, feasibleMask } = s;
  const members = new Map<number, number[]>();
  instance.applications.forEach((_, a) => {
    if (grp[a] >= 0) members.set(grp[a], [...(members.get(grp[a]) ?? []), a]);
  });
  const preferred = instance.applications.map((_, a) => [...prefs[a]].filter((b) => feasibleMask[a * nB + b]));
  const groups = [...members.values()].filter((list) => list.length > 1);
  return { s, rng, members, preferred, groups, regrouper: createRegrouper(s) };
}
