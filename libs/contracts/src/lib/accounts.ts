/**
 * What a membership lets its holder do. Everything is denied unless a route declares who may use it.
 * The operator runs the install (hosts, counts) and reads no host's fairs, applications or people;
 * an organizer runs one host's fairs; a representative speaks for one municipality to one host.
 */
export const Role = {
  Operator: 'operator',
  Organizer: 'organizer',
  Representative: 'representative',
  /** On-site staff of a host (optionally limited to some fairs): only the day's actions, such as live notices. */
  Staff: 'staff',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);
/** The roles a host's organizers may invite people to (the operator comes from the CLI). */
export type HostRole = typeof Role.Organizer | typeof Role.Representative | typeof Role.Staff;
export const HOST_ROLES: HostRole[] = [Role.Organizer, Role.Representative, Role.Staff];

/** The organization that runs fairs and owns its agreements (品川区 first). */
export interface Host {
  id: string;
  name: string;
  nameEn: string | null;
}

export interface MunicipalityRef {
  id: string;
  name: string;
  prefecture: string;
  /** The registry's English name, where the answer carries it (memberships do). */
  nameEn?: string | null;
}

/**
 * One person's standing with one host (or, for the operator, with the install). A person holds any
 * number of them: organizer of one host and representative for another, or representative of the
 * same municipality for two hosts. A session acts within one of them at a time (the active one).
 */
export interface Membership {
  id: string;
  role: Role;
  /** The host it belongs to; null for the operator. */
  host: Host | null;
  /** The municipality a representative speaks for; null otherwise. */
  municipality: MunicipalityRef | null;
}

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  /** The role of the active membership. */
  role: Role;
  /** The active membership's host (organizers and representatives); null for the operator. */
  host: Host | null;
  /** Set for representatives: the municipality the active membership speaks for. */
  municipality: MunicipalityRef | null;
  /** The active membership: what /api/my/... and /api/me/... act within. */
  membershipId: string;
  /** Every membership the person may switch to (revoked ones and disabled hosts' left out). */
  memberships: Membership[];
  /** Send back as the X-CSRF-Token header on every write (POST, PATCH, PUT, DELETE). */
  csrfToken: string;
}

/** POST /api/auth/membership: act within another of one's memberships from now on. */
export interface SwitchMembershipInput {
  membershipId: string;
}

export interface SignInInput {
  email: string;
  password: string;
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** POST /api/auth/password-reset: asks for a "forgot password" link by mail. */
export interface PasswordResetRequestInput {
  email: string;
}

/** The answer to a reset request: the same whether or not the address has an account. */
export interface PasswordResetRequested {
  /** How long a link is valid, in minutes. */
  validMinutes: number;
}

/** POST /api/auth/password-reset/:token: the new password, set once with the link's token. */
export interface PasswordResetInput {
  password: string;
}

export interface InvitationInput {
  email: string;
  role: HostRole;
  /** Required when inviting a representative. */
  municipalityId?: string;
  /** Only for staff: the fairs it may act on (absent or empty: every fair of the host). */
  fairIds?: string[];
  displayName?: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface Invitation {
  id: string;
  email: string;
  role: HostRole;
  displayName: string | null;
  municipality: MunicipalityRef | null;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  status: InvitationStatus;
  /**
   * The one-time link, only in the answer that created or re-sent it: the invitation mail carries
   * it too, but the organizer may hand it over another way (and must, while mail is not sent).
   */
  link?: string;
  /**
   * With `link`: true when an SMTP server is configured, so the invitation mail is on its way;
   * false when it waits in the outbox (送信メール) and nobody receives it.
   */
  mailed?: boolean;
}

/** What the person opening an invitation link sees before setting a password. */
export interface InvitationPreview {
  email: string;
  role: HostRole;
  displayName: string | null;
  hostName: string;
  municipalityName: string | null;
  expiresAt: string;
  /**
   * True when the address already has an account on this install: accepting then asks for that
   * account's password and adds the membership to it (no new password, no new name).
   */
  existingAccount: boolean;
}

export interface AcceptInvitationInput {
  /** A new password; or, when the address already has an account, that account's password. */
  password: string;
  /** Required for a new account; ignored when the address already has one. */
  displayName?: string;
}

/**
 * One membership of the caller's host, with its holder: the people page lists these. `id` is the
 * membership's id (disable/enable act on it); `userId` is the person's.
 */
export interface Person {
  id: string;
  userId: string;
  email: string;
  displayName: string;
  role: HostRole;
  municipality: MunicipalityRef | null;
  /** Revoked by this host: the membership gives no access until enabled again. */
  disabled: boolean;
  createdAt: string;
  /** When the person last signed in to (or switched to) this membership; their work for other hosts is not told. */
  lastSignInAt: string | null;
  /** The person has a second factor (a passkey or an authenticator app); which ones is not told. */
  secondFactor: boolean;
}

/** A host as the operator sees it: counts only, never a fair's, application's or person's data. */
export interface HostSummary {
  id: string;
  name: string;
  nameEn: string | null;
  disabled: boolean;
  createdAt: string;
  counts: { fairs: number; organizers: number; representatives: number; applications: number };
  /** Its organizers must sign in with a second factor. */
  requireSecondFactor: boolean;
}

/** POST /api/operator/hosts: a new host and the invitation of its first organizer. */
export interface CreateHostInput {
  name: string;
  nameEn?: string | null;
  organizerEmail: string;
  organizerName?: string;
}

export interface CreatedHost {
  host: HostSummary;
  /** The first organizer's invitation, with its one-time `link`. */
  invitation: Invitation;
}

export interface AuditChange {
  before: unknown;
  after: unknown;
}

/**
 * Every action the API records in the audit log. AuditService.record takes only these, so a new
 * action cannot be recorded without being listed here, and the web's dictionaries test asks for a
 * label of each in both languages.
 */
export const AUDIT_ACTIONS = [
  'municipality.created',
  'municipality.updated',
  'municipality.deleted',
  'agreement.created',
  'agreement.updated',
  'agreement.deleted',
  'invitation.created',
  'invitation.resent',
  'invitation.accepted',
  'invitation.revoked',
  'membership.added',
  'membership.disabled',
  'membership.enabled',
  'host.created',
  'host.disabled',
  'host.enabled',
  'municipality.reverted',
  'municipality.changedByOtherHost',
  'user.disabled',
  'user.enabled',
  'user.password_changed',
  'user.passkey_added',
  'user.passkey_removed',
  'user.totp_enabled',
  'user.totp_removed',
  'user.recovery_code_used',
  'user.recovery_codes_renewed',
  'user.factors_reset',
  'host.security_changed',
  'host.contact_changed',
  'host.embed_origins_changed',
  'venue.created',
  'venue.updated',
  'fair.created',
  'fair.updated',
  'fair.statusChanged',
  'fair.visibilityChanged',
  'fair.deleted',
  'fair.imported',
  'booth.created',
  'booth.updated',
  'booth.deleted',
  'booth.planCopied',
  'placement.noticeSent',
  'application.submitted',
  /** An organizer entered an application for a municipality (paper, fax). */
  'application.entered',
  'application.edited',
  'application.withdrawn',
  'application.declined',
  'application.decided',
  'application.tieLabel',
  'application.daysDropped',
  'assignment.created',
  'assignment.moved',
  'assignment.deleted',
  'assignment.pinned',
  'assignment.unpinned',
  'assignment.split',
  'guest.created',
  'guest.updated',
  'guest.deleted',
  'guest.photoChanged',
  'guest.photoRemoved',
  'stage.created',
  'stage.updated',
  'stage.deleted',
  'appearance.created',
  'appearance.updated',
  'appearance.deleted',
  'appearance.cancelled',
  'release.published',
  'webhook.created',
  'webhook.deleted',
  'notice.posted',
  'notice.removed',
  /** An exhibitor entered or corrected a day's sales. */
  'sales.entered',
  /** An organizer entered or changed a day's sales for an exhibitor (代理入力, or after confirmation). */
  'sales.enteredByOrganizer',
  'sales.dayConfirmed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  'host',
  'membership',
  'municipality',
  'agreement',
  'invitation',
  'user',
  'venue',
  'fair',
  'booth',
  'application',
  'guest',
  'stage',
  'appearance',
  'webhook',
  'notice',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** A record an audit entry mentions, in words, as it is named now (looked up when the log is read). */
export interface AuditName {
  /** A municipality's, guest's, stage's or venue's name, a fair's or agreement's title, a person's display name; a booth as 'A-12（fair）', an application as 'municipality（fair）'. */
  name: string;
  nameEn: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; displayName: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** Changed fields only; passwords and tokens never appear. */
  changes: Record<string, AuditChange>;
  requestId: string | null;
  /**
   * The names of the entry's record and of every id its changes mention (a municipality, room,
   * guest, booth, fair…), by id, found among the host's own records (and the shared municipalities).
   * An id missing here names something deleted since: shown as '(deleted)', never as the id.
   */
  names: Record<string, AuditName>;
}

export interface AuditQuery {
  action?: string;
  entityType?: string;
  actorId?: string;
  page?: number;
  pageSize?: number;
}

/**
 * One of the caller's own sessions that still gives access (GET /api/me/sessions). Shown only to the
 * session's owner: the address and browser are theirs. `id` names the session, never its token.
 */
export interface SessionInfo {
  id: string;
  /** Summarised from the User-Agent at sign-in ('Chrome', 'Safari', …); null when not recognised. */
  browser: string | null;
  /** 'Windows', 'macOS', 'iOS', 'Android', …; null when not recognised. */
  os: string | null;
  /** The client address at sign-in as the server saw it (behind TRUST_PROXY proxies: the client's). */
  address: string | null;
  /** ISO date-times. */
  signedInAt: string;
  /** When the session was last used, to within a minute. */
  lastSeenAt: string;
  /** The session of this very request. */
  current: boolean;
  /** The membership the session acts within. */
  role: Role;
  hostName: string | null;
  municipalityName: string | null;
}

/** POST /api/me/sessions/sign-out-others */
export interface SignedOutOthers {
  /** How many other sessions were ended. */
  ended: number;
}
