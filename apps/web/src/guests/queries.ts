import { useQuery } from '@tanstack/react-query';
import { guestsApi } from './api/guests';

/** The guests context's server state: the host's guests, and a fair's stages and appearances. */
export const guestKeys = {
  all: ['guests'] as const,
  list: () => ['guests', 'list'] as const,
  detail: (guestId: string) => ['guests', guestId] as const,
  stages: (fairId: string) => ['guests', 'fair', fairId, 'stages'] as const,
  appearances: (fairId: string) => ['guests', 'fair', fairId, 'appearances'] as const,
};

export function useGuests() {
  return useQuery({ queryKey: guestKeys.list(), queryFn: ({ signal }) => guestsApi.list({ signal }) });
}

export function useStages(fairId: string) {
  return useQuery({ queryKey: guestKeys.stages(fairId), queryFn: ({ signal }) => guestsApi.stages(fairId, { signal }) });
}

export function useAppearances(fairId: string) {
  return useQuery({ queryKey: guestKeys.appearances(fairId), queryFn: ({ signal }) => guestsApi.appearances(fairId, { signal }) });
}
