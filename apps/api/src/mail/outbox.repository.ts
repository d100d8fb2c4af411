import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PRIVATE_OUTBOX_KINDS, type OutboxKind, type OutboxMessage, type OutboxState } from '@bussanten/contracts';
import type { LeasedQueue, RetryBackoff } from '../common/polling/polling-worker';
import type { HostContact } from './messages';

export interface NewOutboxMessage {
  kind: OutboxKind;
  /** Whose organizers may read it at GET /api/outbox; null for messages no host owns. */
  hostId: string | null;
  recipient: string;
  subject: string;
  body: string;
  /** Files sent with the message (e.g. an .ics), content as text. */
  attachments?: MailAttachment[];
  /**
   * Links in the body that carry a token (an invitation's): the body keeps them until the message
   * is sent, then they are replaced (see sent-body.ts), so a sent message holds no usable token.
   */
  secretLinks?: string[];
  /**
   * Written but never sent, with this reason as its last error: the stand-in for a message that
   * must not go out (a password reset asked for an address without an account), so that the request
   * makes the same writes either way.
   */
  suppressed?: string;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** A row the worker has leased for sending. */
export interface ClaimedMessage {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  attachments: MailAttachment[] | null;
  secretLinks: string[] | null;
  attempts: number;
}

/**
 * The people who hear about a municipality at a host: live representative memberships `ms` of
 * that host for it, held by enabled users `u`. Join memberships ms and users u, then add this.
 */
export const LIVE_REPRESENTATIVE = `ms.role = 'representative' AND ms.disabled_at IS NULL AND u.disabled_at IS NULL`;

/**
 * The people who hear about a host's fairs as its staff: live organizer memberships `ms` (not
 * revoked) held by enabled users `u`, of a host the operator has not disabled (its organizers could
 * not sign in to act on the message). Join memberships ms and users u, then add this.
 */
export const LIVE_ORGANIZER = `ms.role = 'organizer' AND ms.disabled_at IS NULL AND u.disabled_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM hosts h WHERE h.id = ms.host_id AND h.disabled_at IS NOT NULL)`;

const STATE = `CASE WHEN o.sent_at IS NOT NULL THEN 'sent' WHEN o.failed_at IS NOT NULL THEN 'failed' ELSE 'pending' END`;

const STATE_FILTER: Record<OutboxState, string> = {
  pending: 'o.sent_at IS NULL AND o.failed_at IS NULL',
  sent: 'o.sent_at IS NOT NULL',
  failed: 'o.sent_at IS NULL AND o.failed_at IS NOT NULL',
};

interface OutboxRow {
  id: string;
  kind: OutboxKind;
  recipient: string;
  subject: string;
  body: string;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** The SQL of outbox_messages: writing in a caller's transaction, the organizers' list, and the worker's claims. */
@Injectable()
export class OutboxRepository implements LeasedQueue<ClaimedMessage> {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(manager: EntityManager, m: NewOutboxMessage): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO outbox_messages (kind, host_id, recipient, subject, body, attachments, secret_links, failed_at, last_error)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $8::text IS NULL THEN NULL ELSE now() END, $8) RETURNING id`,
      [
        m.kind,
        m.hostId,
        m.recipient,
        m.subject,
        m.body,
        m.attachments?.length ? JSON.stringify(m.attachments) : null,
        m.secretLinks?.length ? m.secretLinks : null,
        m.suppressed ?? null,
      ],
    );
    return row.id;
  }

  /**
   * Who hears about a municipality's applications and guests at one host: the people holding that
   * host's live representative memberships for it. Never another host's members.
   */
  async representativeEmails(manager: EntityManager, hostId: string, municipalityId: string): Promise<string[]> {
    const rows: { email: string }[] = await manager.query(
      `SELECT DISTINCT u.email FROM memberships ms JOIN users u ON u.id = ms.user_id
       WHERE ms.host_id = $1 AND ms.municipality_id = $2 AND ${LIVE_REPRESENTATIVE}
       ORDER BY u.email`,
      [hostId, municipalityId],
    );
    return rows.map((r) => r.email);
  }

  /** How many addresses representativeEmails gives for each of `municipalityIds`, in one query (a preview's counts). */
  async representativeCounts(manager: EntityManager, hostId: string, municipalityIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { municipalityId: string; n: number }[] = await manager.query(
      `SELECT ms.municipality_id AS "municipalityId", count(DISTINCT u.email)::int AS n FROM memberships ms JOIN users u ON u.id = ms.user_id
       WHERE ms.host_id = $1 AND ms.municipality_id = ANY($2::uuid[]) AND ${LIVE_REPRESENTATIVE}
       GROUP BY ms.municipality_id`,
      [hostId, municipalityIds],
    );
    return new Map(rows.map((r) => [r.municipalityId, r.n]));
  }

  /** Who hears about a host's fairs as their organizers: that host's live organizer memberships only. */
  async organizerEmails(manager: EntityManager, hostId: string): Promise<string[]> {
    const rows: { email: string }[] = await manager.query(
      `SELECT DISTINCT u.email FROM memberships ms JOIN users u ON u.id = ms.user_id
       WHERE ms.host_id = $1 AND ${LIVE_ORGANIZER}
       ORDER BY u.email`,
      [hostId],
    );
    return rows.map((r) => r.email);
  }

  /** The host's names and contact (hosts.contact_*), for the mails sent on its behalf: that host's row only. */
  async hostContact(manager: EntityManager, hostId: string): Promise<HostContact> {
    const [row] = await manager.query(
      `SELECT h.name, h.name_en AS "nameEn", h.contact_email AS email, h.contact_phone AS phone, h.contact_note AS note FROM hosts h WHERE h.id = $1`,
      [hostId],
    );
    if (!row) throw new Error(`No host ${hostId}`);
    return row;
  }

  async page(hostId: string, state: OutboxState | null, limit: number, offset: number): Promise<{ items: OutboxMessage[]; total: number }> {
    // Password messages carry no host, but are left out by kind as well: a reset link is its holder's alone.
    const where = `o.host_id = $1 AND o.kind NOT IN (${PRIVATE_OUTBOX_KINDS.map((k) => `'${k}'`).join(', ')})${state ? ` AND ${STATE_FILTER[state]}` : ''}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM outbox_messages o WHERE ${where}`, [hostId]);
    const rows: OutboxRow[] = await this.db.query(
      `SELECT o.id, o.kind, o.recipient, o.subject, o.body, ${STATE} AS state, o.attempts, o.last_error AS "lastError",
              o.created_at AS "createdAt", o.sent_at AS "sentAt"
       FROM outbox_messages o WHERE ${where} ORDER BY o.created_at DESC, o.id DESC LIMIT $2 OFFSET $3`,
      [hostId, limit, offset],
    );
    return {
      items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null })),
      total,
    };
  }

  /**
   * Claims up to `limit` due messages for one worker. The SELECT … FOR UPDATE SKIP LOCKED and the
   * UPDATE are one statement, so one transaction: a row another process is claiming at this moment is
   * skipped, not waited for, and once this commits the pushed-back next_attempt_at (the lease) keeps
   * every other poller away while this worker sends. If the worker dies, the lease simply runs out
   * and the row is due again.
   */
  claimDue(limit: number, leaseMs: number): Promise<ClaimedMessage[]> {
    // (Wrapped in a SELECT because TypeORM answers a bare UPDATE … RETURNING with [rows, count].)
    return this.db.query(
      `WITH claimed AS (
         UPDATE outbox_messages o SET next_attempt_at = now() + $2 * interval '1 millisecond'
         FROM (SELECT id FROM outbox_messages
               WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
               ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED) due
         WHERE o.id = due.id
         RETURNING o.id, o.recipient, o.subject, o.body, o.attachments, o.secret_links, o.attempts, o.created_at)
       SELECT id, recipient, subject, body, attachments, secret_links AS "secretLinks", attempts FROM claimed ORDER BY created_at, id`,
      [limit, leaseMs],
    );
  }

  /** Hands claimed rows back (a worker stopping before it got to them): due again now. */
  async release(ids: string[]): Promise<void> {
    await this.db.query('UPDATE outbox_messages SET next_attempt_at = now() WHERE id = ANY($1::uuid[]) AND sent_at IS NULL AND failed_at IS NULL', [ids]);
  }

  /** Marks a message sent; `bodyAfterSending` (when not null) replaces its stored body, and its secret links are forgotten. */
  async markSent(id: string, bodyAfterSending: string | null = null): Promise<void> {
    await this.db.query(
      'UPDATE outbox_messages SET sent_at = now(), attempts = attempts + 1, body = coalesce($2, body), secret_links = NULL WHERE id = $1 AND sent_at IS NULL',
      [id, bodyAfterSending],
    );
  }

  /**
   * Counts a failed attempt and schedules the next one after retryBaseMs × 2^(failures so far),
   * capped; the attempt that reaches maxAttempts marks the message failed instead.
   */
  async markAttemptFailed(id: string, error: string, backoff: RetryBackoff): Promise<void> {
    await this.db.query(
      `UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2,
         next_attempt_at = now() + least($3::float8 * power(2, attempts), $4::float8) * interval '1 millisecond',
         failed_at = CASE WHEN attempts + 1 >= $5 THEN now() END
       WHERE id = $1 AND sent_at IS NULL`,
      [id, error, backoff.baseMs, backoff.maxMs, backoff.maxAttempts],
    );
  }
}
