import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditQuery } from '@bussanten/contracts';
import { auditApi } from './api/audit';

/** The audit context's server state: the host's audit log, a page at a time by filter. */
export const auditKeys = {
  all: ['audit'] as const,
  page: (query: AuditQuery) => ['audit', 'page', query] as const,
};

/**
 * One page of the audit log; the page shown stays while the next one loads. Nearly every write of
 * every context (and of the host's other organizers) adds to the log, so instead of each of them
 * invalidating it, it is asked again whenever the page is opened (it is never fresh for long).
 */
export function useAuditPage(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.page(query),
    queryFn: ({ signal }) => auditApi.list(query, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
