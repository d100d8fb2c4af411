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
  /** The one-time link, only in the answer that created or re-sent it (until mail delivery exists). */
  link?: string;
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
