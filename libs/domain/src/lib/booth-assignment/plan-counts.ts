import type { ProposalPlanCounts } from '@bussanten/contracts';
import { adjacentPairs } from './evaluate';
import type { AssignmentApplication, BoothAssignment, BoothAssignmentInstance } from './types';

export type PlanCounts = ProposalPlanCounts;

/**
 * What the objective counts of a plan, as people count it: exhibitors without a booth, pairs of
 * exhibitors side by side (each pair once, however many days they share), exhibitors on a prime
 * booth again. Unknown ids and an application's second booth are ignored, as in `evaluate`.
 */
export function planCounts(instance: BoothAssignmentInstance, assignments: readonly BoothAssignment[]): PlanCounts {
  const apps = new Map(instance.applications.map((a) => [a.id, a]));
  const booths = new Map(instance.booths.map((b) => [b.id, b]));
  const onBooth = new Map<string, AssignmentApplication[]>();
  const placed = new Set<string>();
  let primeRepeats = 0;
  let preferenceMisses = 0;
  for (const { application, booth } of assignments) {
    const app = apps.get(application);
    const b = booths.get(booth);
    if (!app || !b || placed.has(application)) continue;
    placed.add(application);
    onBooth.set(booth, [...(onBooth.get(booth) ?? []), app]);
    if (app.prime_history > 0 && b.prime > 0) primeRepeats++;
    if (app.preferred_booths.length > 0 && !app.preferred_booths.includes(booth)) preferenceMisses++;
  }
  const pairs = neighbourPairs(instance, onBooth);
  return {
    unassigned: instance.applications.length - placed.size,
    sameCategoryPairs: pairs.filter(([x, y]) => x.category === y.category).length,
    groupPairs: pairs.filter(([x, y]) => x.group !== null && x.group === y.group).length,
    primeRepeats,
    preferenceMisses,
  };
}

/** Each pair of applications on adjacent booths on a day they share, once. */
function neighbourPairs(instance: BoothAssignmentInstance, onBooth: Map<string, AssignmentApplication[]>): [AssignmentApplication, AssignmentApplication][] {
  const seen = new Set<string>();
  const out: [AssignmentApplication, AssignmentApplication][] = [];
  for (const [a, b] of adjacentPairs(instance))
    for (const x of onBooth.get(a) ?? [])
      for (const y of onBooth.get(b) ?? []) {
        if (x.id === y.id || !x.days.some((d) => y.days.includes(d))) continue;
        const key = x.id < y.id ? `${x.id}\u0000${y.id}` : `${y.id}\u0000${x.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([x, y]);
      }
  return out;
}

/** One sentence's worth of the objective: a count that changes, or how many exhibitors move. */
export type ObjectiveChange = { term: keyof PlanCounts; before: number; after: number } | { term: 'moved'; n: number };

/** The order the sentences are read in: who gets a booth first, then neighbours, then the rest. */
const TERMS: readonly (keyof PlanCounts)[] = ['unassigned', 'sameCategoryPairs', 'groupPairs', 'primeRepeats', 'preferenceMisses'];

/**
 * The objective in words, as data: each count that differs between the plan now and the plan
 * proposed, and how many exhibitors change booth (when any do). Counts that stay the same are left
 * out, so an unchanged plan says nothing.
 */
export function objectiveChanges(before: PlanCounts, after: PlanCounts, moved: number): ObjectiveChange[] {
  const out: ObjectiveChange[] = TERMS.filter((t) => before[t] !== after[t]).map((term) => ({ term, before: before[term], after: after[term] }));
  if (moved > 0) out.push({ term: 'moved', n: moved });
  return out;
}
