import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from './access';
import { SESSION_HOURS } from './session-cookie';
import { newToken } from './tokens';

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The signed-in user of a session that is unexpired, not revoked, and whose user is enabled. */
  async findUser(tokenHash: string): Promise<AuthUser | null> {
    const [row] = await this.db.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.host_id AS "hostId",
              u.municipality_id AS "municipalityId", s.id AS "sessionId", s.csrf_token AS "csrfToken"
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [tokenHash],
    );
    return row ?? null;
  }

  async create(userId: string, manager: EntityManager = this.db.manager): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const csrfToken = newToken().token;
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    await manager.query('INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)', [hash, userId, csrfToken, expiresAt]);
    return { token, csrfToken, expiresAt };
  }

  async delete(sessionId: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
  }

  /** Revokes every session of a user (disabled, or password changed), except optionally one. */
  async deleteForUser(userId: string, manager: EntityManager, exceptSessionId: string | null = null): Promise<void> {
    await manager.query('DELETE FROM sessions WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2)', [userId, exceptSessionId]);
  }
}
