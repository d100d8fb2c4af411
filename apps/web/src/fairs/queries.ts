import { useQuery } from '@tanstack/react-query';
import { fairsApi } from './api/fairs';

/**
 * The fairs context's server state: fairs, venues, and a fair's floor plan (booths are served under
 * the fair). Other contexts read them through these hooks (fairs/index.ts) so that one key names
 * one thing everywhere, and a write anywhere invalidates what it changed by these keys.
 */
export const fairKeys = {
  all: ['fairs'] as const,
  list: () => ['fairs', 'list'] as const,
  detail: (fairId: string) => ['fairs', fairId] as const,
  floorPlan: (fairId: string) => ['fairs', fairId, 'floor-plan'] as const,
  venues: () => ['fairs', 'venues'] as const,
};

export function useFairs(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: fairKeys.list(), queryFn: ({ signal }) => fairsApi.listFairs({ signal }), enabled: options.enabled });
}

export function useFair(fairId: string) {
  return useQuery({ queryKey: fairKeys.detail(fairId), queryFn: ({ signal }) => fairsApi.getFair(fairId, { signal }) });
}

export function useFloorPlan(fairId: string) {
  return useQuery({ queryKey: fairKeys.floorPlan(fairId), queryFn: ({ signal }) => fairsApi.floorPlan(fairId, { signal }) });
}

export function useVenues() {
  return useQuery({ queryKey: fairKeys.venues(), queryFn: ({ signal }) => fairsApi.listVenues({ signal }) });
}
