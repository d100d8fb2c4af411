import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** The SQL of password_reset_tokens. */
@Injectable()
export class PasswordResetsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Stores a token's hash; `userId` null for a request naming an address without an account. */
  async insert(manager: EntityManager, tokenHash: string, userId: string | null, expiresAt: Date): Promise<void> {
    await manager.query('INSERT INTO password_reset_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [tokenHash, userId, expiresAt]);
    // Expired rows are useless; trim a few each time rather than run a job.
    await manager.query(
      `DELETE FROM password_reset_tokens WHERE id IN (SELECT id FROM password_reset_tokens WHERE expires_at < now() - interval '1 day' LIMIT 100)`,
    );
  }

  /**
   * The user of an unused, unexpired token, locking the row so that two requests racing with the
   * same link cannot both use it. Null for an unknown, used or expired token, or a dummy one.
   */
  async lockUsable(manager: EntityManager, tokenHash: string): Promise<{ id: string; userId: string } | null> {
    const [row] = await manager.query(
      `SELECT id, user_id AS "userId" FROM password_reset_tokens
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() AND user_id IS NOT NULL FOR UPDATE`,
      [tokenHash],
    );
    return row ?? null;
  }

  /** Marks this token used, and every other unused one of the user too: one new password ends them all. */
  async useAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [userId]);
  }

  /**
   * How many reset requests named this address within `minutes`, counted from the outbox rows every
   * request writes (sent or, for an address without an account, written as given up), so known and
   * unknown addresses count alike. Serialised per address for the rest of the transaction, so two
   * requests at once cannot both pass the limit.
   */
  async recentRequests(manager: EntityManager, email: string, minutes: number): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('password-reset:' || $1, 0))`, [email]);
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'password.reset' AND recipient = $1 AND created_at > now() - make_interval(mins => $2)`,
      [email, minutes],
    );
    return n;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
