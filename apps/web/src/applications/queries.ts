import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { reviewApi } from './api/applications';

type ReviewFilter = Parameters<typeof reviewApi.list>[1];

/**
 * The applications context's server state as the organizers see it: a fair's applications (by
 * filter), one application and its history, and the fair's booth assignments. Other contexts (booths,
 * guests) read them through these hooks (applications/index.ts).
 */
export const applicationKeys = {
  all: ['applications'] as const,
  ofFair: (fairId: string) => ['applications', 'fair', fairId] as const,
  list: (fairId: string, filter: ReviewFilter) => ['applications', 'fair', fairId, 'list', filter] as const,
  assignments: (fairId: string) => ['applications', 'fair', fairId, 'assignments'] as const,
  detail: (applicationId: string) => ['applications', applicationId] as const,
  history: (applicationId: string) => ['applications', applicationId, 'history'] as const,
};

/** A fair's applications by filter; the list shown stays while another filter's loads. */
export function useReviewList(fairId: string, filter: ReviewFilter) {
  return useQuery({
    queryKey: applicationKeys.list(fairId, filter),
    queryFn: ({ signal }) => reviewApi.list(fairId, filter, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAssignments(fairId: string) {
  return useQuery({ queryKey: applicationKeys.assignments(fairId), queryFn: ({ signal }) => reviewApi.assignments(fairId, { signal }) });
}
