export const OutboxState = {
  /** Waiting to be sent (or SMTP is not configured). */
  Pending: 'pending',
  Sent: 'sent',
  /** Gave up after the last retry; see lastError. */
  Failed: 'failed',
} as const;
export type OutboxState = (typeof OutboxState)[keyof typeof OutboxState];

export type OutboxKind =
  | 'invitation'
  /** A fair's days changed under an application or a guest visit (one per person, all municipalities in it). */
  | 'fair.daysChanged'
  | 'application.received'
  | 'application.accepted'
  | 'application.waitlisted'
  | 'application.rejected'
  /** To the host's organizers: a municipality withdrew its application. */
  | 'application.withdrawn'
  /** Written before 「配置を通知」 replaced the mail on each placement; kept for messages already in outboxes. */
  | 'assignment.assigned'
  | 'assignment.changed'
  /** 「配置を通知」: an exhibitor's booths and days, all changes since the last notice in one mail. */
  | 'placement.notice'
  | 'release.changed'
  /** A "forgot password" link: never listed under 送信メール (GET /api/outbox), since it holds a usable token. */
  | 'password.reset'
  /** "Your password was changed", to the account's address. */
  | 'password.changed'
  /** To the account's address: a passkey or the authenticator app was removed. */
  | 'account.factorRemoved'
  /** To the account's address: a recovery code was used to sign in. */
  | 'account.recoveryCodeUsed'
  /** To the account's address: an organizer or the operator removed every second factor. */
  | 'account.factorsReset';

/** Kinds no outbox list shows: they are the account holder's own business. */
export const PRIVATE_OUTBOX_KINDS: readonly OutboxKind[] = [
  'password.reset',
  'password.changed',
  'account.factorRemoved',
  'account.recoveryCodeUsed',
  'account.factorsReset',
];

/** GET /api/outbox: the host's messages, newest first; readable when no SMTP server is configured. */
export interface OutboxMessage {
  id: string;
  kind: OutboxKind;
  recipient: string;
  subject: string;
  body: string;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxPage {
  items: OutboxMessage[];
  total: number;
  /** False when SMTP_URL is not set: messages stay here and are not sent. */
  delivering: boolean;
}
