import { useMutation, useQuery, useQueryClient, type InvalidateQueryFilters, type QueryClient } from '@tanstack/react-query';
import type { AcceptProposalInput, ApplicationSummary, Assignment, AssignmentInput, Booth, FloorPlan } from '@bussanten/contracts';
import { applicationKeys, reviewApi, staleAfterUnassign } from '../applications';
import { fairKeys, fairsApi } from '../fairs';
import { guestKeys } from '../guests';
import { publishingKeys } from '../publishing';
import { daySheetApi } from './api/day-sheet';
import { proposalsApi } from './api/proposals';
import { toBoothInput } from './booth-plan/plan-geometry';
import type { PlanWrite } from './booth-plan/plan-history';
import {
  provisionalAssignment,
  provisionalAssignmentId,
  restoreBooth,
  staleAfterBoothSave,
  withAssignment,
  withBooth,
  withoutAssignment,
  withoutBooth,
  type BoothWriteStale,
} from './cache-model';

/**
 * The booths context's server state. It reads only what other contexts own (a fair and its floor
 * plan: fairs; its applications and assignments: applications) through their hooks and keys; what
 * is its own are the writes: the floor plan's booths and the booth assignments, each invalidating
 * (or setting from its answer) exactly what it changed. Moving a booth and placing an application
 * are optimistic: drawn at once, put back when the API refuses.
 */
export const boothMutationKeys = {
  all: ['booths'] as const,
  moveBooth: (fairId: string) => ['booths', fairId, 'move'] as const,
  place: (fairId: string) => ['booths', fairId, 'place'] as const,
};

export const boothKeys = {
  /** The day sheet of one day: read again whenever a page opens it, as it draws on what every placing, application and visit changes. */
  daySheet: (fairId: string, day: string) => ['booths', fairId, 'day-sheet', day] as const,
};

/** The day sheet of `day` (null: none to read yet), in one request. */
export function useDaySheet(fairId: string, day: string | null) {
  return useQuery({
    queryKey: boothKeys.daySheet(fairId, day ?? ''),
    queryFn: ({ signal }) => daySheetApi.get(fairId, day as string, { signal }),
    enabled: day !== null,
    refetchOnMount: 'always',
  });
}

/** Marks each of `filters` stale (reading again what is shown). */
function invalidate(queryClient: QueryClient, filters: readonly InvalidateQueryFilters[]): Promise<void> {
  return Promise.all(filters.map((filter) => queryClient.invalidateQueries(filter))).then(() => undefined);
}

// ─── The floor plan ──────────────────────────────────────────────────────────────────────────────

const ONLY_THE_PLAN: BoothWriteStale = { applications: false, appearances: false };

/**
 * What a change of the plan's booths (a booth moved, resized, saved through its form or deleted, a
 * plan copied) makes stale besides the plan itself, which each write sets or reads again: what
 * publishing would change (the public plan), and with a booth's new code (staleAfterBoothSave) the
 * fair's applications and assignments and the appearances, which name it.
 */
export function staleAfterBoothsChange(fairId: string, stale: BoothWriteStale = ONLY_THE_PLAN): InvalidateQueryFilters[] {
  return [
    { queryKey: publishingKeys.preview(fairId) },
    ...(stale.applications ? [{ queryKey: applicationKeys.ofFair(fairId) }] : []),
    ...(stale.appearances ? [{ queryKey: guestKeys.appearances(fairId) }] : []),
  ];
}

/** Sets the plan (if it is cached) through `change`. */
function updatePlan(queryClient: QueryClient, fairId: string, change: (plan: FloorPlan) => FloorPlan) {
  queryClient.setQueryData<FloorPlan>(fairKeys.floorPlan(fairId), (plan) => (plan ? change(plan) : plan));
}

/**
 * After a booth was saved through its form (created or edited): the plan takes the answer (and is
 * read again), the preview is stale, and a new code makes the assignments and appearances naming the booth stale.
 */
export function boothSaved(queryClient: QueryClient, fairId: string, before: Booth | null, saved: Booth): Promise<void> {
  updatePlan(queryClient, fairId, (plan) => withBooth(plan, saved));
  return invalidate(queryClient, [{ queryKey: fairKeys.floorPlan(fairId) }, ...staleAfterBoothsChange(fairId, staleAfterBoothSave(before, saved))]);
}

export interface MoveCallbacks {
  /** The API saved the booth where it was dragged (its answer, rounded as stored); `before`: the booth as drawn before this move. */
  onSaved: (saved: Booth, before: Booth | null) => void;
  /** The API refused (or could not be reached): the booth is back where it was. */
  onRefused: (booth: Booth, error: unknown) => void;
}

/**
 * Moving (or resizing) a booth on the plan: the whole booth PUT with its new rectangle. The plan in
 * the cache shows it there at once; a refusal (422 overlapping a booth someone else just drew, 409
 * a code taken…) puts that booth back as it was before the move. Moves of one plan reach the API
 * one after another (one scope), so quick arrow presses are saved in the order they were made; the
 * plan (and the preview) is read again once the last of them is settled.
 */
export function useMoveBooth(fairId: string, { onSaved, onRefused }: MoveCallbacks) {
  const queryClient = useQueryClient();
  const planKey = fairKeys.floorPlan(fairId);
  const mutationKey = boothMutationKeys.moveBooth(fairId);
  /** Moves of `boothId` not settled yet (the one asking included). */
  const movesOf = (boothId: string) => queryClient.isMutating({ mutationKey, predicate: (m) => (m.state.variables as Booth | undefined)?.id === boothId });
  return useMutation({
    mutationKey,
    scope: { id: `booths:${fairId}:plan` },
    mutationFn: (booth: Booth) => fairsApi.updateBooth(fairId, booth.id, toBoothInput(booth)),
    onMutate: async (booth) => {
      // A read on the way would bring back the old position over the new one.
      await queryClient.cancelQueries({ queryKey: planKey });
      const snapshot = queryClient.getQueryData<FloorPlan>(planKey);
      updatePlan(queryClient, fairId, (plan) => withBooth(plan, booth));
      return { snapshot };
    },
    onError: (error, booth, context) => {
      const snapshot = context?.snapshot;
      if (snapshot) updatePlan(queryClient, fairId, (plan) => restoreBooth(plan, snapshot, booth.id));
      onRefused(booth, error);
    },
    onSuccess: (saved, _booth, context) => {
      // A later move of the same booth is still on its way: it stays drawn where that one put it.
      if (movesOf(saved.id) <= 1) updatePlan(queryClient, fairId, (plan) => withBooth(plan, saved));
      onSaved(saved, context?.snapshot?.booths.find((b) => b.id === saved.id) ?? null);
    },
    onSettled: () =>
      queryClient.isMutating({ mutationKey }) <= 1 ? invalidate(queryClient, [{ queryKey: planKey }, ...staleAfterBoothsChange(fairId)]) : undefined,
  });
}

/**
 * Undoing or redoing a step of the plan editor: a real write (create, replace or delete a booth),
 * refused like any edit. It waits for the moves on their way (the same scope), and sets the plan
 * from its answer. The answer is the booth created or saved, or null for a deletion.
 */
export function usePlanStep(fairId: string) {
  const queryClient = useQueryClient();
  const planKey = fairKeys.floorPlan(fairId);
  return useMutation({
    scope: { id: `booths:${fairId}:plan` },
    mutationFn: async (write: PlanWrite): Promise<Booth | null> => {
      if (write.kind === 'delete') {
        await fairsApi.deleteBooth(fairId, write.boothId);
        return null;
      }
      return write.kind === 'create' ? fairsApi.createBooth(fairId, write.input) : fairsApi.updateBooth(fairId, write.boothId, write.input);
    },
    onSuccess: (saved, write) => {
      if (write.kind === 'delete' || !saved) {
        if (write.kind === 'delete') updatePlan(queryClient, fairId, (plan) => withoutBooth(plan, write.boothId));
        return invalidate(queryClient, [{ queryKey: planKey }, ...staleAfterBoothsChange(fairId)]);
      }
      const before = write.kind === 'update' ? (queryClient.getQueryData<FloorPlan>(planKey)?.booths.find((b) => b.id === write.boothId) ?? null) : null;
      return boothSaved(queryClient, fairId, before, saved);
    },
  });
}

export function useDeleteBooth(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (booth: Booth) => fairsApi.deleteBooth(fairId, booth.id),
    // Refused while anyone holds the booth or appears at it, so only the plan (and the public one) changes.
    onSuccess: (_, booth) => {
      updatePlan(queryClient, fairId, (plan) => withoutBooth(plan, booth.id));
      return invalidate(queryClient, [{ queryKey: fairKeys.floorPlan(fairId) }, ...staleAfterBoothsChange(fairId)]);
    },
  });
}

export function useCopyPlan(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fromFairId: string) => fairsApi.copyPlan(fairId, { fromFairId }),
    // The answer is the whole new plan; an empty plan had no assignments or appearances to go stale.
    onSuccess: (plan) => {
      queryClient.setQueryData(fairKeys.floorPlan(fairId), plan);
      return invalidate(queryClient, staleAfterBoothsChange(fairId));
    },
  });
}

// ─── Booth assignments ───────────────────────────────────────────────────────────────────────────

/**
 * What a change of a fair's assignments (placing, pinning, accepting a proposal) makes stale: the
 * assignments and the fair's application lists (each summary lists its booths), the applications'
 * own pages, the appearances (one at a booth is labelled with who holds it that day) and what
 * publishing would change (the exhibitors' booths). Freeing a booth is the applications context's
 * staleAfterUnassign, the same for one application.
 */
export function staleAfterAssignmentsChange(fairId: string, applicationIds: readonly string[]): InvalidateQueryFilters[] {
  return [
    { queryKey: applicationKeys.ofFair(fairId) },
    ...applicationIds.map((id) => ({ queryKey: applicationKeys.detail(id) })),
    { queryKey: guestKeys.appearances(fairId) },
    { queryKey: publishingKeys.preview(fairId) },
  ];
}

export interface Placement {
  app: ApplicationSummary;
  input: AssignmentInput;
  boothCode: string;
}

export interface PlaceCallbacks {
  onPlaced: (attempt: Placement, saved: Assignment) => void;
  onRefused: (attempt: Placement, error: unknown) => void;
}

/**
 * Placing an application on a booth (a drop, or the keyboard form): the holding is drawn at once
 * (the card leaves the list, the booth shows its holder), and taken back when the API refuses
 * (409 the booth is taken, 422 it lacks what the application needs).
 */
export function usePlaceApplication(fairId: string, { onPlaced, onRefused }: PlaceCallbacks) {
  const queryClient = useQueryClient();
  const key = applicationKeys.assignments(fairId);
  const mutationKey = boothMutationKeys.place(fairId);
  return useMutation({
    mutationKey,
    mutationFn: ({ app, input }: Placement) => reviewApi.assign(app.id, input),
    onMutate: async ({ app, input, boothCode }: Placement) => {
      await queryClient.cancelQueries({ queryKey: key });
      const snapshot = queryClient.getQueryData<Assignment[]>(key);
      queryClient.setQueryData<Assignment[]>(key, (list) => (list ? withAssignment(list, provisionalAssignment(app, input, boothCode)) : list));
      return { snapshot };
    },
    onError: (error, attempt) => {
      // Only the holding this drop drew goes: others placed meanwhile stay.
      queryClient.setQueryData<Assignment[]>(key, (list) => (list ? withoutAssignment(list, provisionalAssignmentId(attempt.app.id)) : list));
      onRefused(attempt, error);
    },
    onSuccess: (saved, attempt) => {
      queryClient.setQueryData<Assignment[]>(key, (list) => (list ? withAssignment(list, saved, provisionalAssignmentId(attempt.app.id)) : list));
      onPlaced(attempt, saved);
    },
    onSettled: (_, __, attempt) =>
      queryClient.isMutating({ mutationKey }) <= 1
        ? invalidate(queryClient, staleAfterAssignmentsChange(fairId, [attempt.app.id]))
        : queryClient.invalidateQueries({ queryKey: applicationKeys.detail(attempt.app.id) }),
  });
}

export function useUnassign(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (a: Assignment) => reviewApi.unassign(a.id),
    onSuccess: (_, a) => {
      queryClient.setQueryData<Assignment[]>(applicationKeys.assignments(fairId), (list) => (list ? withoutAssignment(list, a.id) : list));
      return invalidate(queryClient, staleAfterUnassign(fairId, a.applicationId));
    },
  });
}

export function usePin(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (a: Assignment) => reviewApi.pin(a.id, !a.pinned),
    onSuccess: (saved) => {
      queryClient.setQueryData<Assignment[]>(applicationKeys.assignments(fairId), (list) => (list ? withAssignment(list, saved) : list));
      return invalidate(queryClient, staleAfterAssignmentsChange(fairId, [saved.applicationId]));
    },
  });
}

/** Accepting (part of) a proposal: the answer is the fair's assignments after it. */
export function useAcceptProposal(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AcceptProposalInput) => proposalsApi.accept(fairId, input),
    onSuccess: (assignments, input) => {
      queryClient.setQueryData(applicationKeys.assignments(fairId), assignments);
      return invalidate(
        queryClient,
        staleAfterAssignmentsChange(
          fairId,
          input.changes.map((c) => c.applicationId),
        ),
      );
    },
  });
}
