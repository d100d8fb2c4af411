import type { ProposalReason } from '@bussanten/contracts';
import { adjacentPairs } from './evaluate';
import type { AssignmentApplication, AssignmentBooth, BoothAssignment, BoothAssignmentInstance } from './types';

/**
 * Why an application was placed where it was, most telling first (the shape is shared with the
 * API and the UI, which words it in the organizer's language).
 */
export type PlacementReason = ProposalReason;

/** Where an application stands before the proposal: what a move is measured against. */
export interface CurrentHolding {
  /** The booth it holds (the first, when it holds several). */
  booth: string;
  /** How many different booths it holds over its days (more than 1: split by hand). */
  booths: number;
  /** The days it holds a booth on; its days beyond these are new to it. */
  days: string[];
}

/**
 * The facts both plans are read through: who is who, and who stands on which booth on which day.
 * Built once per plan, so reasons for 300 exhibitors cost about as much as reading the plan.
 */
interface PlanView {
  apps: Map<string, AssignmentApplication>;
  booths: Map<string, AssignmentBooth>;
  neighbours: Map<string, string[]>;
  /** Booth → the applications on it (on different days, or one). */
  holders: Map<string, string[]>;
}

const shareDay = (x: readonly string[], y: readonly string[]) => x.some((d) => y.includes(d));

function planView(instance: BoothAssignmentInstance, assignments: readonly BoothAssignment[]): PlanView {
  const holders = new Map<string, string[]>();
  for (const { application, booth } of assignments) holders.set(booth, [...(holders.get(booth) ?? []), application]);
  return {
    apps: new Map(instance.applications.map((a) => [a.id, a])),
    booths: new Map(instance.booths.map((b) => [b.id, b])),
    neighbours: neighbourLists(instance),
    holders,
  };
}

/** The applications beside `booth` on a day `app` is there too (a neighbour on other days is no neighbour to a visitor). */
function neighboursOf(view: PlanView, booth: string, app: AssignmentApplication): AssignmentApplication[] {
  return (view.neighbours.get(booth) ?? [])
    .flatMap((n) => view.holders.get(n) ?? [])
    .map((id) => view.apps.get(id))
    .filter((o): o is AssignmentApplication => o !== undefined && o.id !== app.id && shareDay(o.days, app.days));
}

/**
 * Reasons for every assignment, keyed by application id. With `current` (where each application
 * stands now), a moved application first says why it moved, in terms true of that move; "it fits"
 * only when nothing else is true.
 */
export function placementReasons(
  instance: BoothAssignmentInstance,
  assignments: BoothAssignment[],
  current: ReadonlyMap<string, CurrentHolding> = new Map(),
): Map<string, PlacementReason[]> {
  const after = planView(instance, assignments);
  const before = planView(
    instance,
    [...current].map(([application, h]) => ({ application, booth: h.booth })),
  );
  const out = new Map<string, PlacementReason[]>();
  for (const { application, booth } of assignments) {
    const app = after.apps.get(application);
    const b = after.booths.get(booth);
    if (!app || !b) continue;
    const here = reasonsFor(app, b, neighboursOf(after, booth, app), hadChoice(after, app, b));
    const was = current.get(application);
    const moved = was && (was.booth !== booth || was.booths > 1) ? moveReasons(app, booth, was, before, after) : [];
    out.set(application, combine(moved, here, b));
  }
  return out;
}

/** Move reasons first; a group reason once; "it fits" only when there is nothing else to say. */
function combine(moved: PlacementReason[], here: PlacementReason[], b: AssignmentBooth): PlacementReason[] {
  const joined = moved.some((r) => r.kind === 'joinedGroup');
  const all = [...moved, ...here.filter((r) => !(joined && r.kind === 'groupNeighbours'))];
  return all.length > 0 ? all : [{ kind: 'fits', areaM2: b.area_m2 }];
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

/** Whether the booth suits the application: every facility it needs, and enough room. */
export function boothSuits(app: AssignmentApplication, b: AssignmentBooth): boolean {
  return b.area_m2 >= app.min_area_m2 && app.needs.every((n) => b.facilities.includes(n));
}

/**
 * Whether the application could have had a more prime booth than `b`: one that suits it and that
 * no locked (pinned) application holds on one of its days. With one suitable booth (the only one
 * with the freezer it needs) it had no choice, and "a quieter spot" would be untrue.
 */
function hadChoice(view: PlanView, app: AssignmentApplication, b: AssignmentBooth): boolean {
  if (app.prime_history === 0) return false;
  for (const other of view.booths.values()) {
    if (other.prime <= b.prime || !boothSuits(app, other)) continue;
    const locked = (view.holders.get(other.id) ?? []).some((id) => {
      const o = view.apps.get(id);
      return o !== undefined && o.id !== app.id && o.locked_booth === other.id && shareDay(o.days, app.days);
    });
    if (!locked) return true;
  }
  return false;
}

/** The reasons for one placement, most telling first (without "it fits": see combine). */
function reasonsFor(app: AssignmentApplication, b: AssignmentBooth, next: AssignmentApplication[], quieter: boolean): PlacementReason[] {
  const reasons: PlacementReason[] = [];
  if (app.locked_booth === b.id) reasons.push({ kind: 'locked' });
  if (app.preferred_booths.includes(b.id)) reasons.push({ kind: 'preferred' });
  if (app.needs.length > 0) reasons.push({ kind: 'needs', facilities: [...app.needs], minAreaM2: app.min_area_m2 });
  const group = app.group;
  const mates = group === null ? [] : next.filter((o) => o.group === group).map((o) => o.id);
  if (group !== null && mates.length > 0) reasons.push({ kind: 'groupNeighbours', group, neighbours: mates });
  if (quieter) reasons.push({ kind: 'quieterSpot', primeHistory: app.prime_history, prime: b.prime });
  const clash = next.filter((o) => o.category === app.category).map((o) => o.id);
  if (clash.length > 0) reasons.push({ kind: 'sameCategoryNeighbours', category: app.category, neighbours: clash });
  return reasons;
}

/**
 * Why an application moves from the booth it holds (`was`) to `booth`, each reason a fact of this
 * move: it is gathered on one booth; its old booth no longer suits it; its days changed and the old
 * booth is taken on a new one; the old booth goes to someone (who needs what it has, or had no
 * booth); it leaves neighbours of its own trade; it joins its group.
 */
function moveReasons(app: AssignmentApplication, booth: string, was: CurrentHolding, before: PlanView, after: PlanView): PlacementReason[] {
  const reasons: PlacementReason[] = [];
  if (was.booths > 1) reasons.push({ kind: 'gathered', booths: was.booths });
  const old = after.booths.get(was.booth);
  if (was.booth === booth || !old) return reasons;
  const missing = app.needs.filter((n) => !old.facilities.includes(n));
  const small = old.area_m2 < app.min_area_m2;
  if (missing.length > 0 || small) reasons.push({ kind: 'oldBoothUnfit', booth: old.id, missing, minAreaM2: small ? app.min_area_m2 : 0 });
  reasons.push(...oldBoothHolders(app, old, was, before, after));
  const category = sameCategoryLeft(app, was.booth, booth, before, after);
  if (category.length > 0) reasons.push({ kind: 'leftSameCategory', category: app.category, neighbours: category });
  const joined = groupJoined(app, was.booth, booth, before, after);
  if (app.group !== null && joined.length > 0) reasons.push({ kind: 'joinedGroup', group: app.group, neighbours: joined });
  return reasons;
}

/**
 * Who stands on the old booth after the proposal, on the days the mover wanted it: on a day new to
 * the mover, that its days changed; otherwise that the booth went to them (and what they need of it).
 */
function oldBoothHolders(app: AssignmentApplication, old: AssignmentBooth, was: CurrentHolding, before: PlanView, after: PlanView): PlacementReason[] {
  const others = (after.holders.get(old.id) ?? []).map((id) => after.apps.get(id)).filter((o): o is AssignmentApplication => !!o && o.id !== app.id);
  const newDays = app.days.filter((d) => !was.days.includes(d));
  for (const day of newDays) {
    const holder = others.find((o) => o.days.includes(day));
    if (holder) return [{ kind: 'oldBoothTakenOnNewDay', booth: old.id, day, holder: holder.id }];
  }
  const taker = others.find((o) => shareDay(o.days, app.days));
  if (!taker) return [];
  const everywhere = (f: string) => [...after.booths.values()].every((b) => b.facilities.includes(f));
  const hadBooth = [...before.holders.values()].some((ids) => ids.includes(taker.id));
  return [{ kind: 'oldBoothTaken', booth: old.id, holder: taker.id, facilities: taker.needs.filter((f) => !everywhere(f)), holderHadNoBooth: !hadBooth }];
}

/** Neighbours of its own trade beside the old booth before that are no longer beside it after. */
function sameCategoryLeft(app: AssignmentApplication, oldBooth: string, booth: string, before: PlanView, after: PlanView): string[] {
  const now = new Set(neighboursOf(after, booth, app).map((o) => o.id));
  return neighboursOf(before, oldBooth, app)
    .filter((o) => o.category === app.category && !now.has(o.id))
    .map((o) => o.id);
}

/** Members of its group beside it after that were not beside it before. */
function groupJoined(app: AssignmentApplication, oldBooth: string, booth: string, before: PlanView, after: PlanView): string[] {
  if (app.group === null) return [];
  const was = new Set(neighboursOf(before, oldBooth, app).map((o) => o.id));
  return neighboursOf(after, booth, app)
    .filter((o) => o.group === app.group && !was.has(o.id))
    .map((o) => o.id);
}
