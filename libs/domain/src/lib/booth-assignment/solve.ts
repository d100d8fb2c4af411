import { anneal } from './anneal';
import { constructionOrder, insertBest, placeLocked, placeStart } from './construct';
import { describeUnassigned } from './describe-unassigned';
import { evaluate } from './evaluate';
import { explainLeftOut } from './explain';
import { keepStartWhereFree } from './keep-start';
import { createState, type PlanState } from './state';
import type {
  BoothAssignment,
  BoothAssignmentInstance,
  BoothAssignmentResult,
  BoothAssignmentResultWithCauses,
  SolveOptions,
  UnassignedCause,
  UnassignedWithCause,
} from './types';

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
 * then where each stands now (its current booth, or the given start), then a greedy pass (most
 * constrained first), then seeded simulated annealing over moves, swaps
 * and insertions that eject others (anneal.ts, moves.ts), and (regroup.ts) moves that gather a
 * whole group in a region. The working plan and its incremental objective live in state.ts. Same
 * instance and seed → same result. Each application left out gets a reason in English: the result
 * file `npm run assign` prints.
 */
export function solve(instance: BoothAssignmentInstance, options: SolveOptions = {}): BoothAssignmentResult {
  const { assignments, unassigned, objective } = solveWithCauses(instance, options);
  return { assignments, unassigned: unassigned.map(({ application, reason }) => ({ application, reason })), objective };
}

/** The same as solve, and each application left out also carries its cause as data, for a UI to word. */
export function solveWithCauses(instance: BoothAssignmentInstance, options: SolveOptions = {}): BoothAssignmentResultWithCauses {
  const rng = mulberry32(options.seed ?? 1);
  const boothIndex = new Map(instance.booths.map((b, i) => [b.id, i]));
  const s = createState(instance);
  const { where, feasible } = s;

  // 1. Locked applications; 2. the plan to improve on, then greedy for the rest.
  const reasons = placeLocked(instance, s, boothIndex);
  const start = options.start ?? currentPlan(instance);
  const startAt = placeStart(instance, s, boothIndex, start);
  const order = constructionOrder(instance, s, rng);
  for (const a of order) if (where[a] < 0) insertBest(s, a);

  // 3. Annealing from there; then the best plan it saw, and once more try to fit in whoever is out.
  const movable = order.filter((a) => feasible[a].length > 0);
  const bestWhere = anneal(instance, s, movable, rng, options.iterations ?? 20000 + 4000 * s.nA);
  restorePlan(s, bestWhere);
  for (const a of order) if (where[a] < 0 && feasible[a].length > 0) insertBest(s, a);
  if (start.length > 0) keepStartWhereFree(s, startAt);

  // 4. Results and reasons.
  return results(instance, s, reasons);
}

/** Where the applications stand now (their current_booth), as the plan to improve on. */
function currentPlan(instance: BoothAssignmentInstance): BoothAssignment[] {
  return instance.applications.flatMap((a) => (a.current_booth == null ? [] : [{ application: a.id, booth: a.current_booth }]));
}

/** The plan state set to a saved plan (where[] per application). */
function restorePlan(s: PlanState, saved: Int32Array): void {
  s.occ.fill(-1);
  s.where.fill(-1);
  saved.forEach((b, a) => {
    if (b >= 0) s.place(a, b);
  });
}

/** The plan as assignments, everyone left out with a cause (the lock's, or explained now), and the objective. */
function results(instance: BoothAssignmentInstance, s: PlanState, reasons: Map<number, UnassignedCause>): BoothAssignmentResultWithCauses {
  const assignments: BoothAssignment[] = [];
  const unassigned: UnassignedWithCause[] = [];
  instance.applications.forEach((app, a) => {
    if (s.where[a] >= 0) assignments.push({ application: app.id, booth: instance.booths[s.where[a]].id });
    else {
      const cause = reasons.get(a) ?? explainLeftOut(instance, s, a);
      unassigned.push({ application: app.id, reason: describeUnassigned(cause), cause });
    }
  });
  return { assignments, unassigned, objective: evaluate(instance, assignments) };
}
