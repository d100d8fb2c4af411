import { REVIEW_STATUSES, type ApplicationFilter, type ApplicationStatus } from '@bussanten/contracts';

export const NEEDS_FILTERS = ['fridge', 'freezer', 'water', 'power'] as const;
export type NeedsFilter = (typeof NEEDS_FILTERS)[number];
export const MAX_QUERY_LENGTH = 100;

/** The review list's filters as the URL carries them, so a filtered list can be bookmarked and shared. */
export interface ReviewFilters {
  status: ApplicationStatus | null;
  q: string;
  needs: NeedsFilter | null;
  unassigned: boolean;
}

export const EMPTY_REVIEW_FILTERS: ReviewFilters = { status: null, q: '', needs: null, unassigned: false };

/** Reads the filters from the URL; unknown values are ignored, never sent on. */
export function parseReviewFilters(params: URLSearchParams): ReviewFilters {
  const status = params.get('status');
  const needs = params.get('needs');
  return {
    status: (REVIEW_STATUSES as readonly string[]).includes(status ?? '') ? (status as ApplicationStatus) : null,
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    needs: (NEEDS_FILTERS as readonly string[]).includes(needs ?? '') ? (needs as NeedsFilter) : null,
    unassigned: params.get('unassigned') === 'true',
  };
}

export function reviewFiltersToSearchParams(f: ReviewFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (f.status) out.set('status', f.status);
  if (f.q.trim()) out.set('q', f.q.trim());
  if (f.needs) out.set('needs', f.needs);
  if (f.unassigned) out.set('unassigned', 'true');
  return out;
}

/** The API's query: only what is set. */
export function reviewFiltersToQuery(f: ReviewFilters): ApplicationFilter {
  const out: ApplicationFilter = {};
  if (f.status) out.status = f.status;
  if (f.q.trim()) out.q = f.q.trim();
  if (f.needs) out.needs = f.needs;
  if (f.unassigned) out.unassigned = true;
  return out;
}

export const hasReviewFilters = (f: ReviewFilters): boolean => f.status !== null || f.q.trim() !== '' || f.needs !== null || f.unassigned;

/**
 * Which of the chosen applications stay chosen after the list changed (a filter, a reload): only
 * those still shown, so a bulk decision never reaches a row the organizer cannot see.
 */
export function keepVisible(selected: ReadonlySet<string>, shownIds: readonly string[]): Set<string> {
  const shown = new Set(shownIds);
  return new Set([...selected].filter((id) => shown.has(id)));
}
