import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Webhook, WebhookDeliveryOutcome, WebhookDeliveryState } from '@bussanten/contracts';
import type { LeasedQueue, RetryBackoff } from '../../common/polling/polling-worker';

/** A delivery the worker has leased, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  event: string;
  payload: unknown;
  attempts: number;
  webhookId: string;
  url: string;
  /** Sealed (SecretBox); null only for a webhook from before encryption that no start has sealed yet. */
  secretEncrypted: string | null;
  /** The plain-text secret of such a webhook, else null. */
  secret: string | null;
}

/** What one failed attempt came to: the organizers' category, the receiver's status if it answered, the cause for operators. */
export interface AttemptFailure {
  outcome: Exclude<WebhookDeliveryOutcome, 'delivered'>;
  httpStatus: number | null;
  detail: string;
}

interface WebhookRow {
  id: string;
  url: string;
  createdAt: Date;
  dId: string | null;
  dEvent: string;
  dState: WebhookDeliveryState;
  dAttempts: number;
  dOutcome: WebhookDeliveryOutcome | null;
  dHttpStatus: number | null;
  dCreatedAt: Date;
  dNextAttemptAt: Date;
  dDeliveredAt: Date | null;
  dFailedAt: Date | null;
}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/** The SQL of webhooks and webhook_deliveries: the organizers' list, the outbox writes, the worker's claims. */
@Injectable()
export class WebhooksRepository implements LeasedQueue<ClaimedDelivery> {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The host's active webhooks, oldest first, each with its newest delivery. */
  async list(hostId: string): Promise<Webhook[]> {
    const rows: WebhookRow[] = await this.db.query(
      `SELECT w.id, w.url, w.created_at AS "createdAt",
              d.id AS "dId", d.event AS "dEvent", d.attempts AS "dAttempts", d.outcome AS "dOutcome", d.http_status AS "dHttpStatus",
              d.created_at AS "dCreatedAt", d.next_attempt_at AS "dNextAttemptAt",
              d.delivered_at AS "dDeliveredAt", d.failed_at AS "dFailedAt",
              CASE WHEN d.delivered_at IS NOT NULL THEN 'delivered' WHEN d.failed_at IS NOT NULL THEN 'failed' ELSE 'pending' END AS "dState"
       FROM webhooks w
       LEFT JOIN LATERAL (SELECT * FROM webhook_deliveries x WHERE x.webhook_id = w.id ORDER BY x.created_at DESC, x.id DESC LIMIT 1) d ON true
       WHERE w.host_id = $1 AND w.disabled_at IS NULL
       ORDER BY w.created_at, w.id`,
      [hostId],
    );
    return rows.map((r) => ({
      id: r.id,
      url: r.url,
      createdAt: r.createdAt.toISOString(),
      lastDelivery: r.dId
        ? {
            id: r.dId,
            event: r.dEvent,
            state: r.dState,
            attempts: r.dAttempts,
            outcome: r.dOutcome,
            httpStatus: r.dHttpStatus,
            createdAt: r.dCreatedAt.toISOString(),
            nextAttemptAt: r.dState === 'pending' ? r.dNextAttemptAt.toISOString() : null,
            deliveredAt: iso(r.dDeliveredAt),
            failedAt: iso(r.dFailedAt),
          }
        : null,
    }));
  }

  async activeCount(hostId: string, m: EntityManager): Promise<number> {
    const [{ n }] = await m.query('SELECT count(*)::int AS n FROM webhooks WHERE host_id = $1 AND disabled_at IS NULL', [hostId]);
    return n;
  }

  /** Locks the host's row, so two concurrent creations cannot both pass the limit. */
  async lockHost(hostId: string, m: EntityManager): Promise<void> {
    await m.query('SELECT 1 FROM hosts WHERE id = $1 FOR UPDATE', [hostId]);
  }

  /** A new webhook; its id is chosen by the caller, since the sealed secret is bound to it. */
  async insert(id: string, hostId: string, url: string, secretEncrypted: string, m: EntityManager): Promise<void> {
    await m.query('INSERT INTO webhooks (id, host_id, url, secret_encrypted) VALUES ($1, $2, $3, $4)', [id, hostId, url, secretEncrypted]);
  }

  /** Webhooks whose secret is still plain text, or sealed under another key than `keyId`; locked for the caller's transaction. */
  secretsToSeal(keyId: string, m: EntityManager): Promise<{ id: string; secret: string | null; secretEncrypted: string | null }[]> {
    return m.query(
      `SELECT id, secret, secret_encrypted AS "secretEncrypted" FROM webhooks
       WHERE secret IS NOT NULL OR split_part(secret_encrypted, ':', 2) <> $1
       ORDER BY id FOR UPDATE`,
      [keyId],
    );
  }

  async storeSealed(id: string, secretEncrypted: string, m: EntityManager): Promise<void> {
    await m.query('UPDATE webhooks SET secret_encrypted = $2, secret = NULL WHERE id = $1', [id, secretEncrypted]);
  }

  async findActive(id: string, hostId: string, m: EntityManager): Promise<{ id: string; url: string } | null> {
    const [row] = await m.query('SELECT id, url FROM webhooks WHERE id = $1 AND host_id = $2 AND disabled_at IS NULL FOR UPDATE', [id, hostId]);
    return row ?? null;
  }

  /**
   * Turns a webhook off: it stays (with its delivery history) but gets no more events, its secret is
   * wiped, and what was still waiting to be sent is marked failed.
   */
  async disable(id: string, hostId: string, m: EntityManager): Promise<void> {
    await m.query(`UPDATE webhooks SET disabled_at = now(), secret = NULL, secret_encrypted = NULL WHERE id = $1 AND host_id = $2`, [id, hostId]);
    await m.query(
      `UPDATE webhook_deliveries d SET failed_at = now(), last_error = 'webhook deleted' FROM webhooks w
       WHERE d.webhook_id = $1 AND w.id = d.webhook_id AND w.host_id = $2 AND d.delivered_at IS NULL AND d.failed_at IS NULL`,
      [id, hostId],
    );
  }

  /** One delivery of the event to each active webhook of the host, in the caller's transaction; their ids. */
  async enqueueForHost(m: EntityManager, hostId: string, event: string, payloadJson: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `WITH added AS (
         INSERT INTO webhook_deliveries (webhook_id, event, payload)
         SELECT id, $2, $3::jsonb FROM webhooks WHERE host_id = $1 AND disabled_at IS NULL
         RETURNING id)
       SELECT id FROM added`,
      [hostId, event, payloadJson],
    );
    return rows.map((r) => r.id);
  }

  /** One delivery to one webhook of the host (the test ping); null when the host has no such webhook. */
  async enqueueFor(m: EntityManager, webhookId: string, hostId: string, event: string, payloadJson: string): Promise<string | null> {
    const [row] = await m.query(
      'INSERT INTO webhook_deliveries (webhook_id, event, payload) SELECT w.id, $2, $3::jsonb FROM webhooks w WHERE w.id = $1 AND w.host_id = $4 RETURNING id',
      [webhookId, event, payloadJson, hostId],
    );
    return row?.id ?? null;
  }

  /**
   * Claims up to `limit` due deliveries for one worker, exactly like OutboxRepository.claimDue: the
   * SELECT … FOR UPDATE SKIP LOCKED and the UPDATE that pushes next_attempt_at out by the lease are one
   * statement, so a row another process is claiming is skipped, and once this commits the lease keeps
   * other pollers away while this worker sends. A worker that dies leaves rows due again when the
   * lease runs out. Deliveries of a webhook deleted meanwhile are not claimed.
   */
  claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    return this.db.query(
      `WITH claimed AS (
         UPDATE webhook_deliveries d SET next_attempt_at = now() + $2 * interval '1 millisecond'
         FROM (SELECT x.id FROM webhook_deliveries x JOIN webhooks w ON w.id = x.webhook_id AND w.disabled_at IS NULL
               WHERE x.delivered_at IS NULL AND x.failed_at IS NULL AND x.next_attempt_at <= now()
               ORDER BY x.next_attempt_at LIMIT $1 FOR UPDATE OF x SKIP LOCKED) due
         WHERE d.id = due.id
         RETURNING d.id, d.webhook_id, d.event, d.payload, d.attempts, d.created_at)
       SELECT c.id, c.event, c.payload, c.attempts, w.id AS "webhookId", w.url, w.secret, w.secret_encrypted AS "secretEncrypted"
       FROM claimed c JOIN webhooks w ON w.id = c.webhook_id
       ORDER BY c.created_at, c.id`,
      [limit, leaseMs],
    );
  }

  /** Hands claimed rows back (a worker stopping before it got to them): due again now. */
  async release(ids: string[]): Promise<void> {
    await this.db.query('UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = ANY($1::uuid[]) AND delivered_at IS NULL AND failed_at IS NULL', [
      ids,
    ]);
  }

  async markDelivered(id: string, httpStatus: number): Promise<void> {
    await this.db.query(
      `UPDATE webhook_deliveries SET delivered_at = now(), attempts = attempts + 1, outcome = 'delivered', http_status = $2
       WHERE id = $1 AND delivered_at IS NULL`,
      [id, httpStatus],
    );
  }

  /**
   * Counts a failed attempt and schedules the next after baseMs × 2^(failures so far), capped at
   * maxMs; the attempt that reaches maxAttempts (or a `permanent` failure) marks it failed instead.
   */
  async markAttemptFailed(id: string, failure: AttemptFailure, backoff: RetryBackoff, permanent = false): Promise<void> {
    await this.db.query(
      `UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = $2, outcome = $7, http_status = $8,
         next_attempt_at = now() + least($3::float8 * power(2, attempts), $4::float8) * interval '1 millisecond',
         failed_at = CASE WHEN $6::boolean OR attempts + 1 >= $5 THEN now() END
       WHERE id = $1 AND delivered_at IS NULL AND failed_at IS NULL`,
      [id, failure.detail.slice(0, 1000), backoff.baseMs, backoff.maxMs, backoff.maxAttempts, permanent, failure.outcome, failure.httpStatus],
    );
  }
}
