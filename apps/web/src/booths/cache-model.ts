import type { Assignment, AssignmentInput, Booth, FloorPlan } from '@bussanten/contracts';

/**
 * How the booths context's writes change the cached server state: pure functions over the cached
 * values, so the optimistic moves (and their rollbacks) and the keys a write makes stale are tested
 * without a browser. queries.ts applies them to the query cache.
 */

/** The plan with `booth` in it: replaced where it was, or added at the end. */
export function withBooth(plan: FloorPlan, booth: Booth): FloorPlan {
  const found = plan.booths.some((b) => b.id === booth.id);
  return { ...plan, booths: found ? plan.booths.map((b) => (b.id === booth.id ? booth : b)) : [...plan.booths, booth] };
}

export function withoutBooth(plan: FloorPlan, boothId: string): FloorPlan {
  return { ...plan, booths: plan.booths.filter((b) => b.id !== boothId) };
}

/**
 * The plan with booth `boothId` as it was in `snapshot` (taken before a refused move): only that
 * booth goes back, so other booths' moves made since stay on screen.
 */
export function restoreBooth(plan: FloorPlan, snapshot: FloorPlan, boothId: string): FloorPlan {
  const before = snapshot.booths.find((b) => b.id === boothId);
  return before ? withBooth(plan, before) : withoutBooth(plan, boothId);
}

/** What a saved booth change makes stale besides the floor plan (which the answer updates itself). */
export interface BoothWriteStale {
  /** Assignments (and the applications listing them) name the booth's code. */
  applications: boolean;
  /** Appearances at the booth are labelled with its code. */
  appearances: boolean;
}

/** A move or resize changes nothing outside the plan; a new code shows wherever the booth is named. */
export function staleAfterBoothSave(before: Pick<Booth, 'code'> | null, after: Pick<Booth, 'code'>): BoothWriteStale {
  const renamed = before !== null && before.code !== after.code;
  return { applications: renamed, appearances: renamed };
}

/** The id of an assignment drawn while its POST is on the way; never an id the API gives. */
export const provisionalAssignmentId = (applicationId: string) => `provisional:${applicationId}`;

export const isProvisional = (a: Pick<Assignment, 'id'>) => a.id.startsWith('provisional:');

/** The holding a drop (or the keyboard form) asks for, drawn at once while the API decides. */
export function provisionalAssignment(app: { id: string; municipality: { name: string } }, input: AssignmentInput, boothCode: string): Assignment {
  return {
    id: provisionalAssignmentId(app.id),
    applicationId: app.id,
    boothId: input.boothId,
    boothCode,
    from: input.from,
    to: input.to,
    overridden: input.override === true,
    pinned: false,
    municipalityName: app.municipality.name,
  };
}

/** The fair's assignments with `assignment` added, or replacing the one with its id. */
export function withAssignment(list: readonly Assignment[], assignment: Assignment, replacing = assignment.id): Assignment[] {
  const found = list.some((a) => a.id === replacing);
  return found ? list.map((a) => (a.id === replacing ? assignment : a)) : [...list, assignment];
}

export function withoutAssignment(list: readonly Assignment[], assignmentId: string): Assignment[] {
  return list.filter((a) => a.id !== assignmentId);
}
