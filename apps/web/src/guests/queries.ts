import { useMutation, useQuery, useQueryClient, type InvalidateQueryFilters, type QueryClient } from '@tanstack/react-query';
import type { Appearance, AppearanceInput, Guest, StageInput } from '@bussanten/contracts';
import { publishingKeys } from '../publishing';
import { guestsApi } from './api/guests';
import { appearancesNameGuest, isAppearancesKey, restoreAppearance, withAppearance } from './timetable/appearance-cache';

/** The guests context's server state: the host's guests, and a fair's stages and appearances. */
export const guestKeys = {
  all: ['guests'] as const,
  list: () => ['guests', 'list'] as const,
  detail: (guestId: string) => ['guests', guestId] as const,
  stages: (fairId: string) => ['guests', 'fair', fairId, 'stages'] as const,
  appearances: (fairId: string) => ['guests', 'fair', fairId, 'appearances'] as const,
  /** The server's dry run of saving `input` (JSON), under the appearances: whatever makes them stale makes it stale too. */
  check: (fairId: string, appearanceId: string | null, input: string) => ['guests', 'fair', fairId, 'appearances', 'check', appearanceId, input] as const,
};

export function useGuests() {
  return useQuery({ queryKey: guestKeys.list(), queryFn: ({ signal }) => guestsApi.list({ signal }) });
}

/** One guest, for its edit form; another guest's record is never shown while this one loads. */
export function useGuest(guestId: string) {
  return useQuery({ queryKey: guestKeys.detail(guestId), queryFn: ({ signal }) => guestsApi.get(guestId, { signal }) });
}

export function useStages(fairId: string) {
  return useQuery({ queryKey: guestKeys.stages(fairId), queryFn: ({ signal }) => guestsApi.stages(fairId, { signal }) });
}

export function useAppearances(fairId: string) {
  return useQuery({ queryKey: guestKeys.appearances(fairId), queryFn: ({ signal }) => guestsApi.appearances(fairId, { signal }) });
}

/**
 * What saving `input` would meet (POST …/appearances/check), once `input` is given (the caller
 * debounces it). A failed check says nothing and is not tried again: saving is judged by the server
 * anyway. Always asked again when shown anew: the answer depends on everyone else's appearances.
 */
export function useAppearanceCheckQuery(fairId: string, input: string | null, appearanceId: string | null) {
  return useQuery({
    queryKey: guestKeys.check(fairId, appearanceId, input ?? ''),
    queryFn: ({ signal }) => guestsApi.check(fairId, JSON.parse(input ?? 'null') as AppearanceInput, appearanceId ?? undefined, { signal }),
    enabled: input !== null,
    retry: false,
    staleTime: 0,
    gcTime: 60_000,
  });
}

// ─── Guests ──────────────────────────────────────────────────────────────────────────────────────

/**
 * A guest saved (created, edited, a new photo): its record takes the answer and the list is stale;
 * when `before` (the guest as it was) differs in what appearances carry, so is every fair's appearances.
 */
export function guestSaved(queryClient: QueryClient, saved: Guest, before: Guest | null): Promise<void> {
  queryClient.setQueryData(guestKeys.detail(saved.id), saved);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: guestKeys.list() }),
    before && appearancesNameGuest(before, saved) && queryClient.invalidateQueries({ predicate: (q) => isAppearancesKey(q.queryKey) }),
  ]).then(() => undefined);
}

/** A guest deleted (refused while it has appearances, so those stay as they are). */
export function guestRemoved(queryClient: QueryClient, guestId: string): Promise<void> {
  queryClient.removeQueries({ queryKey: guestKeys.detail(guestId), exact: true });
  return queryClient.invalidateQueries({ queryKey: guestKeys.list() });
}

// ─── Stages and appearances ──────────────────────────────────────────────────────────────────────

/** Marks each of `filters` stale (reading again what is shown). */
function invalidate(queryClient: QueryClient, filters: readonly InvalidateQueryFilters[]): Promise<void> {
  return Promise.all(filters.map((filter) => queryClient.invalidateQueries(filter))).then(() => undefined);
}

/**
 * A fair's appearances changed (one created, edited, moved, repeated or deleted): the appearances
 * (and the dry runs under them, whose answers depend on the others) and what publishing would change.
 */
export function staleAfterAppearanceChange(fairId: string): InvalidateQueryFilters[] {
  return [{ queryKey: guestKeys.appearances(fairId) }, { queryKey: publishingKeys.preview(fairId) }];
}

/** A stage added or removed: the stages, and what publishing would change (the public timetable names the stages). */
export function staleAfterStageChange(fairId: string): InvalidateQueryFilters[] {
  return [{ queryKey: guestKeys.stages(fairId) }, { queryKey: publishingKeys.preview(fairId) }];
}

/** The fair's appearances changed (created, edited, moved, repeated, deleted). */
export const appearancesChanged = (queryClient: QueryClient, fairId: string) => invalidate(queryClient, staleAfterAppearanceChange(fairId));

export function useCreateStage(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StageInput) => guestsApi.createStage(fairId, input),
    onSuccess: () => invalidate(queryClient, staleAfterStageChange(fairId)),
  });
}

export function useRemoveStage(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stageId: string) => guestsApi.removeStage(fairId, stageId),
    // Refused while the stage has appearances, so those stay as they are.
    onSuccess: () => invalidate(queryClient, staleAfterStageChange(fairId)),
  });
}

export function useRemoveAppearance(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (a: Appearance) => guestsApi.removeAppearance(a.id),
    onSuccess: () => appearancesChanged(queryClient, fairId),
  });
}

export interface AppearanceMove {
  appearance: Appearance;
  input: AppearanceInput;
  /** The appearance as it will be drawn until the API answers (movedAppearance). */
  moved: Appearance;
}

export interface MoveCallbacks {
  onMoved: (move: AppearanceMove, saved: Appearance) => void;
  /** The API refused (409 the guest or the place is busy, 422 outside the hours…): the block is back. */
  onRefused: (move: AppearanceMove, error: unknown) => void;
}

/**
 * Moving an appearance on the grid (a drag in time or across places, or its end): PUT with the new
 * start, end and place. The block is drawn there at once; a refusal puts it back as it was before
 * the move. The list (and the preview) is read again once no move of the fair is on its way.
 */
export function useMoveAppearance(fairId: string, { onMoved, onRefused }: MoveCallbacks) {
  const queryClient = useQueryClient();
  const key = guestKeys.appearances(fairId);
  const mutationKey = ['guests', 'fair', fairId, 'move'] as const;
  return useMutation({
    mutationKey,
    mutationFn: ({ appearance, input }: AppearanceMove) => guestsApi.updateAppearance(appearance.id, input),
    onMutate: async ({ moved }: AppearanceMove) => {
      // A read on the way would bring the block back to where it was.
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const snapshot = queryClient.getQueryData<Appearance[]>(key);
      queryClient.setQueryData<Appearance[]>(key, (list) => (list ? withAppearance(list, moved) : list));
      return { snapshot };
    },
    onError: (error, move, context) => {
      const snapshot = context?.snapshot;
      if (snapshot) queryClient.setQueryData<Appearance[]>(key, (list) => (list ? restoreAppearance(list, snapshot, move.appearance.id) : list));
      onRefused(move, error);
    },
    onSuccess: (saved, move) => {
      queryClient.setQueryData<Appearance[]>(key, (list) => (list ? withAppearance(list, saved) : list));
      onMoved(move, saved);
    },
    // Everything under the appearances (the dry runs too) and the preview; not while another move waits to be drawn over.
    onSettled: () => (queryClient.isMutating({ mutationKey }) <= 1 ? appearancesChanged(queryClient, fairId) : undefined),
  });
}
