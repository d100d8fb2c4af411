import { keepPreviousData, useQuery, type InvalidateQueryFilters } from '@tanstack/react-query';
import { guestKeys } from '../guests';
import { outboxKeys } from '../mail';
import { publishingKeys } from '../publishing';
import { myApplicationsApi, reviewApi } from './api/applications';
import { withdrawalsApi } from './api/withdrawals';

type ReviewFilter = Parameters<typeof reviewApi.list>[1];

/**
 * The applications context's server state. As the organizers see it: a fair's applications (by
 * filter), one application and its history, the fair's booth assignments and withdrawals. Other
 * contexts (booths, guests, fairs) read them through these hooks (applications/index.ts). As a
 * representative sees it (under 'mine'): the fairs open to the municipality and its own applications.
 */
export const applicationKeys = {
  all: ['applications'] as const,
  ofFair: (fairId: string) => ['applications', 'fair', fairId] as const,
  /** Every filter's list of the fair's applications. */
  lists: (fairId: string) => ['applications', 'fair', fairId, 'list'] as const,
  list: (fairId: string, filter: ReviewFilter) => ['applications', 'fair', fairId, 'list', filter] as const,
  assignments: (fairId: string) => ['applications', 'fair', fairId, 'assignments'] as const,
  withdrawals: (fairId: string) => ['applications', 'fair', fairId, 'withdrawals'] as const,
  detail: (applicationId: string) => ['applications', applicationId] as const,
  history: (applicationId: string) => ['applications', applicationId, 'history'] as const,
  /** The municipalities an organizer may enter an application to the fair for, by search text. */
  entryCandidates: (fairId: string, q: string) => ['applications', 'fair', fairId, 'entry-candidates', q] as const,
  /** A representative's side: everything below. */
  mine: () => ['applications', 'mine'] as const,
  myList: () => ['applications', 'mine', 'list'] as const,
  myApplication: (applicationId: string) => ['applications', 'mine', 'application', applicationId] as const,
  myGuide: (applicationId: string) => ['applications', 'mine', 'application', applicationId, 'guide'] as const,
  myPrevious: (fairId: string) => ['applications', 'mine', 'fairs', fairId, 'previous'] as const,
  /** The fairs open to the municipality: the list, and each one. */
  myFairs: () => ['applications', 'mine', 'fairs'] as const,
  myFair: (fairId: string) => ['applications', 'mine', 'fairs', fairId] as const,
};

/**
 * `fresh`: read again whenever a page opens it, and the page waits for that answer
 * (`isFetchedAfterMount`) before an edit form starts from it, so a form never starts from old data.
 */
type Fresh = { fresh?: boolean };
const onMount = ({ fresh }: Fresh) => (fresh ? ('always' as const) : undefined);

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

/** A fair's withdrawn applications (on the fair's page). */
export function useWithdrawals(fairId: string) {
  return useQuery({ queryKey: applicationKeys.withdrawals(fairId), queryFn: ({ signal }) => withdrawalsApi.list(fairId, { signal }) });
}

/** One application in full, as the organizers see it. */
export function useApplication(applicationId: string) {
  return useQuery({ queryKey: applicationKeys.detail(applicationId), queryFn: ({ signal }) => reviewApi.get(applicationId, { signal }) });
}

export function useApplicationHistory(applicationId: string) {
  return useQuery({ queryKey: applicationKeys.history(applicationId), queryFn: ({ signal }) => reviewApi.history(applicationId, { signal }) });
}

/** Municipalities to enter an application to the fair for; the list shown stays while the next search loads. */
export function useEntryCandidates(fairId: string, q: string) {
  return useQuery({
    queryKey: applicationKeys.entryCandidates(fairId, q),
    queryFn: ({ signal }) => reviewApi.entryCandidates(fairId, q, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMyFairs() {
  return useQuery({ queryKey: applicationKeys.myFairs(), queryFn: ({ signal }) => myApplicationsApi.listFairs({ signal }) });
}

export function useMyFair(fairId: string | null, options: Fresh = {}) {
  return useQuery({
    queryKey: applicationKeys.myFair(fairId ?? ''),
    queryFn: ({ signal }) => myApplicationsApi.getFair(fairId ?? '', { signal }),
    enabled: fairId !== null,
    refetchOnMount: onMount(options),
  });
}

export function useMyApplications() {
  return useQuery({ queryKey: applicationKeys.myList(), queryFn: ({ signal }) => myApplicationsApi.list({ signal }) });
}

/** A representative's own application; none while `applicationId` is null. */
export function useMyApplication(applicationId: string | null, options: Fresh = {}) {
  return useQuery({
    queryKey: applicationKeys.myApplication(applicationId ?? ''),
    queryFn: ({ signal }) => myApplicationsApi.get(applicationId ?? '', { signal }),
    enabled: applicationId !== null,
    refetchOnMount: onMount(options),
  });
}

/** The booth on the plan, days, deadline and the host's contact for a representative's own application. */
export function useExhibitorGuide(applicationId: string, enabled = true) {
  return useQuery({
    queryKey: applicationKeys.myGuide(applicationId),
    queryFn: ({ signal }) => myApplicationsApi.guide(applicationId, { signal }),
    enabled,
  });
}

/** The municipality's latest earlier application with the fair's host, offered to copy from; none while `fairId` is null. */
export function usePreviousApplication(fairId: string | null) {
  return useQuery({
    queryKey: applicationKeys.myPrevious(fairId ?? ''),
    queryFn: ({ signal }) => myApplicationsApi.previous(fairId ?? '', { signal }),
    enabled: fairId !== null,
  });
}

/**
 * Deciding on applications of a fair: their pages and history, the fair's lists and assignments (a
 * decision other than 'accepted' gives the booths back), the mail sent to the municipality, what
 * publishing would change, and the guests' appearances (whose warnings say when an exhibitor is absent).
 */
export function staleAfterDecision(fairId: string, applicationIds: readonly string[]): InvalidateQueryFilters[] {
  return [
    { queryKey: applicationKeys.ofFair(fairId) },
    ...applicationIds.map((id) => ({ queryKey: applicationKeys.detail(id) })),
    { queryKey: outboxKeys.all },
    { queryKey: publishingKeys.preview(fairId) },
    { queryKey: guestKeys.appearances(fairId) },
  ];
}

/**
 * An organizer entered (or changed) an application for a municipality: the fair's lists and
 * candidates, the application and its history, the mail sent, what publishing would change.
 */
export function staleAfterEntry(fairId: string, applicationId: string): InvalidateQueryFilters[] {
  return [
    { queryKey: applicationKeys.ofFair(fairId) },
    { queryKey: applicationKeys.detail(applicationId) },
    { queryKey: outboxKeys.all },
    { queryKey: publishingKeys.preview(fairId) },
  ];
}

/** The tie label: the application (and its history) and the fair's lists that show the label. */
export function staleAfterTieLabel(fairId: string, applicationId: string): InvalidateQueryFilters[] {
  return [{ queryKey: applicationKeys.detail(applicationId) }, { queryKey: applicationKeys.lists(fairId) }];
}

/**
 * Freeing a booth: the application (and its history), the fair's lists and assignments, what
 * publishing would change, and the appearances (one placed at that booth names its holder).
 */
export function staleAfterUnassign(fairId: string, applicationId: string): InvalidateQueryFilters[] {
  return [
    { queryKey: applicationKeys.detail(applicationId) },
    { queryKey: applicationKeys.ofFair(fairId) },
    { queryKey: publishingKeys.preview(fairId) },
    { queryKey: guestKeys.appearances(fairId) },
  ];
}

/**
 * A representative applied, changed or withdrew an application (the application itself is set from
 * the answer): their list, and the fairs (which link to it and offer to apply again after a withdrawal).
 */
export function staleAfterMyApplication(): InvalidateQueryFilters[] {
  return [{ queryKey: applicationKeys.myList() }, { queryKey: applicationKeys.myFairs() }];
}
