/** Who a signed-in user is. Everything is denied unless a route declares who may use it. */
export const Role = {
  Organizer: 'organizer',
  Representative: 'representative',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

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
}

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** Set for organizers. */
  host: Host | null;
  /** Set for representatives. */
  municipality: MunicipalityRef | null;
  /** Send back as the X-CSRF-Token header on every write (POST, PATCH, PUT, DELETE). */
  csrfToken: string;
}

export interface SignInInput {
  email: string;
  password: string;
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export interface InvitationInput {
  email: string;
  role: Role;
  /** Required when inviting a representative. */
  municipalityId?: string;
  displayName?: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
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
  role: Role;
  displayName: string | null;
  hostName: string;
  municipalityName: string | null;
  expiresAt: string;
}

export interface AcceptInvitationInput {
  password: string;
  displayName: string;
}

export interface Person {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  municipality: MunicipalityRef | null;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
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
  'user.disabled',
  'user.enabled',
  'user.password_changed',
  'venue.created',
  'venue.updated',
  'fair.created',
  'fair.updated',
  'fair.statusChanged',
  'fair.deleted',
  'fair.imported',
  'booth.created',
  'booth.updated',
  'booth.deleted',
  'booth.planCopied',
  'application.submitted',
  'application.edited',
  'application.withdrawn',
  'application.decided',
  'application.tieLabel',
  'assignment.created',
  'assignment.moved',
  'assignment.deleted',
  'assignment.pinned',
  'assignment.unpinned',
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
  'release.published',
  'webhook.created',
  'webhook.deleted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = ['municipality', 'agreement', 'invitation', 'user', 'venue', 'fair', 'booth', 'application', 'guest', 'stage', 'appearance', 'webhook'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

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
}

export interface AuditQuery {
  action?: string;
  entityType?: string;
  actorId?: string;
  page?: number;
  pageSize?: number;
}
