import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OutboxState } from '@bussanten/contracts';
import { fairsApi } from '../fairs';

/**
 * The mail context's server state. Query keys start with the context's name, so a write elsewhere
 * can make all of it stale at once (`queryClient.invalidateQueries({ queryKey: outboxKeys.all })`).
 */
export const outboxKeys = {
  all: ['outbox'] as const,
  page: (page: number, state: OutboxState | null) => ['outbox', 'page', page, state] as const,
};

/** One page of the outbox; the page shown stays while the next one loads. */
export function useOutboxPage(page: number, state: OutboxState | null) {
  return useQuery({
    queryKey: outboxKeys.page(page, state),
    queryFn: ({ signal }) => fairsApi.outbox({ page, state: state ?? undefined }, { signal }),
    placeholderData: keepPreviousData,
  });
}
