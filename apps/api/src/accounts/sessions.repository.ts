import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from './access';
import { SESSION_HOURS } from './session-cookie';
import { newToken } from './tokens';

/**
 * A membership counts while it is not revoked and its host (if any) is not disabled; the person
 * must not be disabled either. The same condition decides sign-in, switching and every request.
 */
export const LIVE_MEMBERSHIP = `ms.disabled_at IS NULL AND u.disabled_at IS NULL
  AND (ms.host_id IS NULL OR NOT EXISTS (SELECT 1 FROM hosts h WHERE h.id = ms.host_id AND h.disabled_at IS NOT NULL))`;

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The signed-in person of a session that is unexpired, seen through its membership. A revoked
   * membership, a disabled host or a disabled person ends the session's access at once.
   */
  async findUser(tokenHash: string): Promise<AuthUser | null> {
    const [row] = await this.db.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", ms.id AS "membershipId", ms.role, ms.host_id AS "hostId",
              ms.municipality_id AS "municipalityId", s.id AS "sessionId", s.csrf_token AS "csrfToken"
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN memberships ms ON ms.id = s.membership_id AND ms.user_id = u.id
       WHERE s.token_hash = $1 AND s.expires_at > now() AND ${LIVE_MEMBERSHIP}`,
      [tokenHash],
    );
    return row ?? null;
  }

  async create(userId: string, membershipId: string, manager: EntityManager = this.db.manager): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const csrfToken = newToken().token;
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    await manager.query('INSERT INTO sessions (token_hash, user_id, membership_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4, $5)', [
      hash,
      userId,
      membershipId,
      csrfToken,
      expiresAt,
    ]);
    await manager.query('UPDATE memberships SET last_active_at = now() WHERE id = $1', [membershipId]);
    return { token, csrfToken, expiresAt };
  }

  /** Moves a session to another live membership of the same person; false when there is none such. */
  async switchMembership(sessionId: string, userId: string, membershipId: string): Promise<boolean> {
    return this.db.transaction(async (m) => {
      // An UPDATE answers [rows, rowCount] through TypeORM's query().
      const [rows]: [unknown[], number] = await m.query(
        `UPDATE sessions s SET membership_id = ms.id FROM memberships ms JOIN users u ON u.id = ms.user_id
         WHERE s.id = $1 AND s.user_id = $2 AND ms.id = $3 AND ms.user_id = $2 AND ${LIVE_MEMBERSHIP} RETURNING s.id`,
        [sessionId, userId, membershipId],
      );
      if (rows.length) await m.query('UPDATE memberships SET last_active_at = now() WHERE id = $1', [membershipId]);
      return rows.length > 0;
    });
  }

  async delete(sessionId: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
  }

  /** Revokes every session of a user (password changed), except optionally one. */
  async deleteForUser(userId: string, manager: EntityManager, exceptSessionId: string | null = null): Promise<void> {
    await manager.query('DELETE FROM sessions WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2)', [userId, exceptSessionId]);
  }
}
