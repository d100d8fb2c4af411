import { metaOf, type DayConflictApplication, type DayConflictVisit, type FairDayCascade } from '@bussanten/contracts';
import { isApiError } from '../../api/client';

/** What a 409 FAIR_DAY_IN_USE names: the applications losing days and the visits left outside the hours. */
export interface DayConflicts {
  applications: DayConflictApplication[];
  visits: DayConflictVisit[];
}

/**
 * The applications and visits of a 409 FAIR_DAY_IN_USE, or null for any other error. Details of
 * another shape (an older server's `dayInUse`) are left out rather than trusted: the form then shows
 * only the error's sentence, as before.
 */
export function dayConflictsOf(e: unknown): DayConflicts | null {
  if (!isApiError(e) || !e.body || e.body.code !== 'FAIR_DAY_IN_USE') return null;
  const out: DayConflicts = { applications: [], visits: [] };
  for (const d of e.body.details) {
    const application = metaOf(d, 'applicationAttends');
    if (application) out.applications.push(application);
    const visit = metaOf(d, 'visitOutsideHours');
    if (visit) out.visits.push(visit);
  }
  return out.applications.length || out.visits.length ? out : null;
}

/**
 * The cascade to send again, once the organizer has said what happens to every kind of item the
 * refusal named; null while a kind is left unchosen (the server would only refuse again).
 */
export function cascadeFor(conflicts: DayConflicts, choice: Required<FairDayCascade>): FairDayCascade | null {
  if (conflicts.applications.length && !choice.dropApplicationDays) return null;
  if (conflicts.visits.length && !choice.cancelVisits) return null;
  return {
    ...(conflicts.applications.length ? { dropApplicationDays: true } : {}),
    ...(conflicts.visits.length ? { cancelVisits: true } : {}),
  };
}
