import type {
  AcceptInvitationInput,
  ChangePasswordInput,
  CurrentUser,
  FactorsReset,
  Invitation,
  InvitationInput,
  InvitationPreview,
  PasswordResetInput,
  PasswordResetRequested,
  PasswordResetRequestInput,
  Person,
  SessionInfo,
  SignedOutOthers,
  SignInInput,
  SignInPending,
  SignInResult,
  SwitchMembershipInput,
} from '@bussanten/contracts';
import { rememberSession, request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/**
 * Every answer that describes the signed-in user also carries the CSRF token for later writes; so
 * does the answer of a sign-in that waits for its second step (the step's writes need it).
 */
export const remember = <T extends CurrentUser | SignInPending>(user: T): T => {
  rememberSession(user);
  return user;
};

export const authApi = {
  /** The signed-in user, or a 401 UNAUTHENTICATED (expected: it is how the UI learns nobody is signed in). */
  me: (o: Signal = {}) => request<CurrentUser>('GET', '/auth/me', { signal: o.signal, expectUnauthenticated: true }).then(remember),
  /** The person, or the step (second factor, enrolling one) the new session still waits for. */
  signIn: (body: SignInInput) => request<SignInResult>('POST', '/auth/sign-in', { body }).then(remember),
  /** What the session's sign-in still waits for; a 401 UNAUTHENTICATED when nothing does (expected: a reload of a step page asks). */
  pending: (o: Signal = {}) => request<SignInPending>('GET', '/auth/sign-in/pending', { signal: o.signal, expectUnauthenticated: true }).then(remember),
  signOut: async () => {
    try {
      await request<void>('POST', '/auth/sign-out', { expectUnauthenticated: true });
    } finally {
      rememberSession(null);
    }
  },
  changePassword: (body: ChangePasswordInput) => request<void>('POST', '/auth/password', { body }),
  /**
   * Acts within another of one's memberships from now on; the answer is the user as that membership
   * sees them, or the step its host asks first (a second factor).
   */
  switchMembership: (body: SwitchMembershipInput) => request<SignInResult>('POST', '/auth/membership', { body }).then(remember),

  /** "Forgot password": the same answer whether or not the address has an account. */
  requestPasswordReset: (body: PasswordResetRequestInput) => request<PasswordResetRequested>('POST', '/auth/password-reset', { body }),
  resetPassword: (token: string, body: PasswordResetInput) => request<void>('POST', `/auth/password-reset/${id(token)}`, { body }),

  previewInvitation: (token: string, o: Signal = {}) => request<InvitationPreview>('GET', `/invitations/${id(token)}`, { signal: o.signal }),
  /** Signs the person in: as the new membership, or the step (second factor, enrolling one) that comes first. */
  acceptInvitation: (token: string, body: AcceptInvitationInput) => request<SignInResult>('POST', `/invitations/${id(token)}/accept`, { body }).then(remember),
};

export const peopleApi = {
  list: (o: Signal = {}) => request<Person[]>('GET', '/people', { signal: o.signal }),
  invitations: (o: Signal = {}) => request<Invitation[]>('GET', '/people/invitations', { signal: o.signal }),
  invite: (body: InvitationInput) => request<Invitation>('POST', '/people/invitations', { body }),
  resend: (invitationId: string) => request<Invitation>('POST', `/people/invitations/${id(invitationId)}/resend`),
  revokeInvitation: (invitationId: string) => request<Invitation>('POST', `/people/invitations/${id(invitationId)}/revoke`),
  /** Revokes this host's membership (a Person's id is its membership's); the person's other memberships stay. */
  disable: (membershipId: string) => request<Person>('POST', `/people/${id(membershipId)}/disable`),
  enable: (membershipId: string) => request<Person>('POST', `/people/${id(membershipId)}/enable`),
  /** Removes the person's passkeys, authenticator app and recovery codes and ends their sessions (they are mailed). */
  resetFactors: (membershipId: string) => request<FactorsReset>('POST', `/people/${id(membershipId)}/reset-factors`),
};

/** One's own sessions, across all one's memberships. */
export const sessionsApi = {
  list: (o: Signal = {}) => request<SessionInfo[]>('GET', '/me/sessions', { signal: o.signal }),
  end: (sessionId: string) => request<void>('DELETE', `/me/sessions/${id(sessionId)}`),
  signOutOthers: () => request<SignedOutOthers>('POST', '/me/sessions/sign-out-others'),
};
