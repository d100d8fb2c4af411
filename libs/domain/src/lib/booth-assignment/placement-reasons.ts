import type { ProposalReason } from '@bussanten/contracts';
import { adjacentPairs } from './evaluate';
import type { AssignmentApplication, AssignmentBooth, BoothAssignment, BoothAssignmentInstance } from './types';

/**
 * Why an application was placed where it was, most telling first (the shape is shared with the
 * API and the UI, which words it in the organizer's language).
 */
export type PlacementReason = ProposalReason;

/** Reasons for every assignment, keyed by application id. */
export function placementReasons(instance: BoothAssignmentInstance, assignments: BoothAssignment[]): Map<string, PlacementReason[]> {
  const apps = new Map(instance.applications.map((a) => [a.id, a]));
  const booths = new Map(instance.booths.map((b) => [b.id, b]));
  const holder = new Map(assignments.map((x) => [x.booth, x.application]));
  const neighbours = neighbourLists(instance);
  const topPrime = Math.max(...instance.booths.map((x) => x.prime));
  const shareDay = (x: string[], y: string[]) => x.some((d) => y.includes(d));
  const out = new Map<string, PlacementReason[]>();
  for (const { application, booth } of assignments) {
    const app = apps.get(application);
    const b = booths.get(booth);
    if (!app || !b) continue;
    // Only neighbours on a day it is there too: a neighbour on other days is no neighbour to a visitor.
    const next = (neighbours.get(booth) ?? [])
      .map((n) => apps.get(holder.get(n) ?? ''))
      .filter((o): o is AssignmentApplication => o !== undefined && shareDay(o.days, app.days));
    out.set(application, reasonsFor(app, b, next, topPrime));
  }
  return out;
}

/** Booth id → the ids of the booths beside it. */
function neighbourLists(instance: BoothAssignmentInstance): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of adjacentPairs(instance)) {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  return neighbours;
}

/** The reasons for one placement, most telling first; "it fits" only when there is nothing else to say. */
function reasonsFor(app: AssignmentApplication, b: AssignmentBooth, next: AssignmentApplication[], topPrime: number): PlacementReason[] {
  const reasons: PlacementReason[] = [];
  if (app.locked_booth === b.id) reasons.push({ kind: 'locked' });
  if (app.preferred_booths.includes(b.id)) reasons.push({ kind: 'preferred' });
  if (app.needs.length > 0) reasons.push({ kind: 'needs', facilities: [...app.needs], minAreaM2: app.min_area_m2 });
  const group = app.group;
  const mates = group === null ? [] : next.filter((o) => o.group === group).map((o) => o.id);
  if (group !== null && mates.length > 0) reasons.push({ kind: 'groupNeighbours', group, neighbours: mates });
  if (app.prime_history > 0 && b.prime < topPrime) reasons.push({ kind: 'quieterSpot', primeHistory: app.prime_history, prime: b.prime });
  const clash = next.filter((o) => o.category === app.category).map((o) => o.id);
  if (clash.length > 0) reasons.push({ kind: 'sameCategoryNeighbours', category: app.category, neighbours: clash });
  if (reasons.length === 0) reasons.push({ kind: 'fits', areaM2: b.area_m2 });
  return reasons;
}
