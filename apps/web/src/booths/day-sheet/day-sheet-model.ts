import type { Application, ApplicationSummary, Assignment, Booth } from '@bussanten/contracts';
import { covers } from '../../applications';
import { compareBoothCodes } from '../assign/assign-model';

export interface SheetRow {
  booth: Booth;
  assignment: Assignment | null;
  summary: ApplicationSummary | null;
  /** The full application (staff count, load-in), once loaded. */
  detail: Application | null;
  /** Load-in happens when the booth's holding starts: on later days the exhibitor is already in. */
  loadInToday: boolean;
}

/** One row per booth, in code order, with who holds it on `day` (or nobody). */
export function sheetRows(
  booths: readonly Booth[],
  day: string,
  assignments: readonly Assignment[],
  summaries: readonly ApplicationSummary[],
  details: ReadonlyMap<string, Application>,
): SheetRow[] {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return [...booths].sort(compareBoothCodes).map((booth) => {
    const assignment = assignments.find((a) => a.boothId === booth.id && covers(a, day)) ?? null;
    return {
      booth,
      assignment,
      summary: assignment ? (byId.get(assignment.applicationId) ?? null) : null,
      detail: assignment ? (details.get(assignment.applicationId) ?? null) : null,
      loadInToday: assignment?.from === day,
    };
  });
}

/** The applications holding a booth on `day`, whose full records the sheet needs. */
export function holdersOn(day: string, assignments: readonly Assignment[]): string[] {
  return [...new Set(assignments.filter((a) => covers(a, day)).map((a) => a.applicationId))].sort();
}
