import { useQuery, type QueryClient } from '@tanstack/react-query';
import { operatorApi } from './api/operator';

/** The operator context's server state: the install's hosts with their counts. */
export const operatorKeys = {
  all: ['operator'] as const,
  hosts: () => ['operator', 'hosts'] as const,
};

export function useHosts() {
  return useQuery({ queryKey: operatorKeys.hosts(), queryFn: ({ signal }) => operatorApi.hosts({ signal }) });
}

/**
 * A host created, disabled or enabled: the list of hosts (a new row, its state, the organizer count).
 * A factor reset changes nothing the operator's pages show.
 */
export function hostsChanged(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: operatorKeys.hosts() });
}
