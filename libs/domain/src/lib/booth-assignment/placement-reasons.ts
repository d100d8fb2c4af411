import type { ProposalReason } from '@bussanten/contracts';
import { adjacentPairs } from './evaluate';
import type { BoothAssignment, BoothAssignmentInstance } from './types';

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
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of adjacentPairs(instance)) {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const shareDay = (x: string[], y: string[]) => x.some((d) => y.includes(d));
  const out = new Map<string, PlacementReason[]>();
  for (const { application, booth } of assignments) {
    const app = apps.get(application);
    const b = booths.get(booth);
    if (!app || !b) continue;
    const next = (neighbours.get(booth) ?? [])
      .map((n) => apps.get(holder.get(n) ?? ''))
      .filter((o): o is NonNullable<typeof o> => o !== undefined && shareDay(o.days, app.days));
    const reasons: PlacementReason[] = [];
    if (app.locked_booth === booth) reasons.push({ kind: 'locked' });
    if (app.preferred_booths.includes(booth)) reasons.push({ kind: 'preferred' });
    if (app.needs.length > 0) reasons.push({ kind: 'needs', facilities: [...app.needs], minAreaM2: app.min_area_m2 });
    const group = app.group;
    const mates = group === null ? [] : next.filter((o) => o.group === group).map((o) => o.id);
    if (group !== null && mates.length > 0) reasons.push({ kind: 'groupNeighbours', group, neighbours: mates });
    if (app.prime_history > 0 && b.prime < Math.max(...instance.booths.map((x) => x.prime)))
      reasons.push({ kind: 'quieterSpot', primeHistory: app.prime_history, prime: b.prime });
    const clash = next.filter((o) => o.category === app.category).map((o) => o.id);
    if (clash.length > 0) reasons.push({ kind: 'sameCategoryNeighbours', category: app.category, neighbours: clash });
    if (reasons.length === 0) reasons.push({ kind: 'fits', areaM2: b.area_m2 });
    out.set(application, reasons);
  }
  return out;
}
