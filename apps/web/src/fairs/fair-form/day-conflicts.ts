import type { DayConflictApplication, DayConflictVisit, FairDayCascade } from '@bussanten/contracts';
import { isApiError } from '../../api/client';

/** What a 409 FAIR_DAY_IN_USE names: the applications losing days and the visits left outside the hours. */
export interface DayConflicts {
  applications: DayConflictApplication[];
  visits: DayConflictVisit[];
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isRange = (v: unknown): v is { from: string; to: string } =>
  typeof v === 'object' && v !== null && isString((v as { from: unknown }).from) && isString((v as { to: unknown }).to);

function isHolding(v: unknown): v is DayConflictApplication['holdings'][number] {
  if (!isRange(v)) return false;
  const { boothCode, after } = v as { boothCode?: unknown; after?: unknown };
  return isString(boothCode) && Array.isArray(after) && after.every(isRange);
}

function asApplication(meta: Record<string, unknown>): DayConflictApplication | null {
  const { applicationId, municipalityName, municipalityNameEn, days, holdings, leftWithoutDays } = meta;
  if (!isString(applicationId) || !isString(municipalityName) || !Array.isArray(days) || !days.every(isString)) return null;
  const held = Array.isArray(holdings) ? holdings.filter(isHolding) : [];
  return {
    kind: 'application',
    applicationId,
    municipalityName,
    municipalityNameEn: isString(municipalityNameEn) ? municipalityNameEn : null,
    days,
    holdings: held,
    leftWithoutDays: leftWithoutDays === true,
  };
}

function asVisit(meta: Record<string, unknown>): DayConflictVisit | null {
  const { appearanceId, guestName, guestNameEn, date, start, end, reason, opens, closes } = meta;
  if (![appearanceId, guestName, date, start, end].every(isString) || !(reason === 'removed' || reason === 'closed' || reason === 'outsideHours')) return null;
  return {
    kind: 'visit',
    appearanceId: appearanceId as string,
    guestName: guestName as string,
    guestNameEn: isString(guestNameEn) ? guestNameEn : null,
    date: date as string,
    start: start as string,
    end: end as string,
    reason,
    opens: isString(opens) ? opens : null,
    closes: isString(closes) ? closes : null,
  };
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
    if (!d.meta) continue;
    if (d.rule === 'applicationAttends') {
      const a = asApplication(d.meta);
      if (a) out.applications.push(a);
    } else if (d.rule === 'visitOutsideHours') {
      const v = asVisit(d.meta);
      if (v) out.visits.push(v);
    }
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
