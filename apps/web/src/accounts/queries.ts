import { useQuery, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { HostSecurity } from '@bussanten/contracts';
import { outboxKeys } from '../mail';
import { authApi, peopleApi, sessionsApi } from './api/accounts';
import { factorsApi, hostContactApi, hostEmbedApi, hostSecurityApi } from './api/factors';

/**
 * The accounts context's server state: the host's people (memberships) and invitations, its sign-in
 * rule, and the signed-in person's own second factors and sessions; an invitation's preview by its
 * token. Keys start with the context's name. Signing in, out or switching membership clears the
 * whole cache (auth/AuthContext), so nothing here outlives the person it was read for.
 */
export const accountKeys = {
  all: ['accounts'] as const,
  /** The host's memberships (one row each, with the person's name and municipality). */
  people: () => ['accounts', 'people'] as const,
  invitations: () => ['accounts', 'invitations'] as const,
  hostSecurity: () => ['accounts', 'host-security'] as const,
  hostContact: () => ['accounts', 'host-contact'] as const,
  hostEmbed: () => ['accounts', 'host-embed-origins'] as const,
  myFactors: () => ['accounts', 'my-factors'] as const,
  mySessions: () => ['accounts', 'my-sessions'] as const,
  invitation: (token: string) => ['accounts', 'invitation', token] as const,
};

export function usePeople() {
  return useQuery({ queryKey: accountKeys.people(), queryFn: ({ signal }) => peopleApi.list({ signal }) });
}

export function useInvitations() {
  return useQuery({ queryKey: accountKeys.invitations(), queryFn: ({ signal }) => peopleApi.invitations({ signal }) });
}

export function useHostSecurity() {
  return useQuery({ queryKey: accountKeys.hostSecurity(), queryFn: ({ signal }) => hostSecurityApi.get({ signal }) });
}

export function useHostContact() {
  return useQuery({ queryKey: accountKeys.hostContact(), queryFn: ({ signal }) => hostContactApi.get({ signal }) });
}

export function useHostEmbedOrigins() {
  return useQuery({ queryKey: accountKeys.hostEmbed(), queryFn: ({ signal }) => hostEmbedApi.get({ signal }) });
}

export function useMyFactors() {
  return useQuery({ queryKey: accountKeys.myFactors(), queryFn: ({ signal }) => factorsApi.mine({ signal }) });
}

export function useMySessions() {
  return useQuery({ queryKey: accountKeys.mySessions(), queryFn: ({ signal }) => sessionsApi.list({ signal }) });
}

/** What an invitation's link is for; never an earlier token's while this one loads. */
export function useInvitationPreview(token: string) {
  return useQuery({ queryKey: accountKeys.invitation(token), queryFn: ({ signal }) => authApi.previewInvitation(token, { signal }) });
}

/** The writes of this context, each named by what it makes stale (see staleAfter). */
export type AccountsWrite =
  /** An invitation sent or sent again: the invitations, and the outbox its message waits in. */
  | 'invitationSent'
  /** An invitation revoked. */
  | 'invitationRevoked'
  /** A membership of the host revoked or restored: its row, and the organizers counted by the sign-in rule. */
  | 'membership'
  /** A member's second factors reset by an organizer: their row (second factor), the rule's count, and the outbox (they are told). */
  | 'memberFactorsReset'
  /** The host's sign-in rule turned on or off: one's own factors page says whether the host requires one. */
  | 'hostRule'
  /**
   * One's own second factor added or removed: one's factors, and (as an organizer of the host) one's
   * row among the people (second factor) and the rule's count of organizers without one.
   */
  | 'ownFactorAddedOrRemoved'
  /** One's passkey renamed or recovery codes renewed: only one's factors. */
  | 'ownFactorDetails'
  /** One of one's sessions ended (by hand, by "sign out the others", or by changing the password). */
  | 'ownSessions';

/** The keys a write of this context makes stale. */
export function staleAfter(write: AccountsWrite): QueryKey[] {
  switch (write) {
    case 'invitationSent':
      return [accountKeys.invitations(), outboxKeys.all];
    case 'invitationRevoked':
      return [accountKeys.invitations()];
    case 'membership':
      return [accountKeys.people(), accountKeys.hostSecurity()];
    case 'memberFactorsReset':
      return [accountKeys.people(), accountKeys.hostSecurity(), outboxKeys.all];
    case 'hostRule':
      return [accountKeys.myFactors()];
    case 'ownFactorAddedOrRemoved':
      return [accountKeys.myFactors(), accountKeys.people(), accountKeys.hostSecurity()];
    case 'ownFactorDetails':
      return [accountKeys.myFactors()];
    case 'ownSessions':
      return [accountKeys.mySessions()];
  }
}

/** Marks stale (and refetches where shown) what `write` changed. */
export function invalidateAfter(queryClient: QueryClient, write: AccountsWrite): Promise<unknown> {
  return Promise.all(staleAfter(write).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** The host's sign-in rule as the write answered it, and what the change makes stale. */
export function hostRuleChanged(queryClient: QueryClient, answer: HostSecurity): Promise<unknown> {
  queryClient.setQueryData(accountKeys.hostSecurity(), answer);
  return invalidateAfter(queryClient, 'hostRule');
}
