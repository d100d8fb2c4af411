import { useQuery, type InvalidateQueryFilters, type QueryKey } from '@tanstack/react-query';
import { applicationKeys } from '../applications';
import { guestKeys } from '../guests';
import { outboxKeys } from '../mail';
import { publishingKeys } from '../publishing';
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

/**
 * One fair. `fresh`: read again whenever a page opens it, and the page waits for that answer
 * (`isFetchedAfterMount`) before an edit form starts from it, so a form never starts from old data.
 */
export function useFair(fairId: string, options: { fresh?: boolean } = {}) {
  return useQuery({
    queryKey: fairKeys.detail(fairId),
    queryFn: ({ signal }) => fairsApi.getFair(fairId, { signal }),
    refetchOnMount: options.fresh ? 'always' : undefined,
  });
}

export function useFloorPlan(fairId: string) {
  return useQuery({ queryKey: fairKeys.floorPlan(fairId), queryFn: ({ signal }) => fairsApi.floorPlan(fairId, { signal }) });
}

export function useVenues() {
  return useQuery({ queryKey: fairKeys.venues(), queryFn: ({ signal }) => fairsApi.listVenues({ signal }) });
}

/** A fair planned with the form (the fair itself is set from the answer): the list. */
export function staleAfterFairCreated(): InvalidateQueryFilters[] {
  return [{ queryKey: fairKeys.list() }];
}

/** A fair read from a JSON document: the list, and the host's guests (the document's become new ones). */
export function staleAfterFairImported(): InvalidateQueryFilters[] {
  return [{ queryKey: fairKeys.list() }, { queryKey: guestKeys.list() }];
}

/**
 * A fair edited (the fair itself is set from the answer): the list, its floor plan (the room may have
 * changed), what publishing would change (days, hours) and the appearances (whose warnings follow the
 * hours). With a cascade the change also reached applications (days dropped, holdings cut: any
 * application's page), visits (cancelled) and the representatives' mail.
 */
export function staleAfterFairSaved(fairId: string, cascaded: boolean): InvalidateQueryFilters[] {
  return [
    { queryKey: fairKeys.list() },
    { queryKey: fairKeys.floorPlan(fairId) },
    { queryKey: publishingKeys.preview(fairId) },
    { queryKey: guestKeys.appearances(fairId) },
    ...(cascaded ? [{ queryKey: applicationKeys.all }, { queryKey: outboxKeys.all }] : []),
  ];
}

/** A status change (the fair itself is set from the answer): the list's badge. */
export function staleAfterStatusChange(): InvalidateQueryFilters[] {
  return [{ queryKey: fairKeys.list() }];
}

/**
 * 公開停止 / 公開再開 (the fair itself is set from the answer): the list's badge, the withdrawals
 * ("still public" follows visibility) and the webhooks (each hears of it).
 */
export function staleAfterVisibilityChange(fairId: string): InvalidateQueryFilters[] {
  return [{ queryKey: fairKeys.list() }, { queryKey: applicationKeys.withdrawals(fairId) }, { queryKey: publishingKeys.webhooks() }];
}

/** A fair deleted: the list (what was read about the fair itself is dropped, see fairScopedKeys). */
export function staleAfterFairDeleted(): InvalidateQueryFilters[] {
  return [{ queryKey: fairKeys.list() }];
}

/** Everything read about one fair, in every context: dropped once the fair is deleted. */
export function fairScopedKeys(fairId: string): QueryKey[] {
  return [fairKeys.detail(fairId), applicationKeys.ofFair(fairId), publishingKeys.ofFair(fairId), guestKeys.stages(fairId), guestKeys.appearances(fairId)];
}

/**
 * A venue added: the venues. A venue edited: everything of the fairs context, since fairs show its
 * and their room's names and floor plans are drawn on the room's size.
 */
export function staleAfterVenueSaved(created: boolean): InvalidateQueryFilters[] {
  return created ? [{ queryKey: fairKeys.venues() }] : [{ queryKey: fairKeys.all }];
}
