import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from './access';
import { SESSION_HOURS } from './session-cookie';
import { SESSION_IDLE_MINUTES } from './session-options';
import { newToken } from './tokens';
import type { SignInStep } from '@bussanten/contracts';
import { MAX_STEP_FAILURES, PENDING_SIGN_IN_MINUTES } from '@bussanten/domain';

/** Where a session was signed in from: the User-Agent header and the client address (Express's req.ip). */
export interface SessionDevice {
  userAgent: string;
  address: string;
}

/** A User-Agent is stored cut to this length: enough for any real browser's, and bounded. */
const USER_AGENT_MAX = 512;

/** A session of the person, as their sessions page lists it. */
export interface SessionRow {
  id: string;
  userAgent: string | null;
  address: string | null;
  signedInAt: Date;
  lastSeenAt: Date;
  role: AuthUser['role'];
  hostName: string | null;
  municipalityName: string | null;
}

/**
 * A membership counts while it is not revoked and its host (if any) is not disabled; the person
 * must not be disabled either. The same condition decides sign-in, switching and every request.
 */
export const LIVE_MEMBERSHIP = `ms.disabled_at IS NULL AND u.disabled_at IS NULL
  AND (ms.host_id IS NULL OR NOT EXISTS (SELECT 1 FROM hosts h WHERE h.id = ms.host_id AND h.disabled_at IS NOT NULL))`;

@Injectable()
export class SessionsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SESSION_IDLE_MINUTES) private readonly idleMinutes: number,
  ) {}

  /** A session counts while it is within both limits: the absolute one (expires_at) and the idle one. */
  private live(alias: string, idleParam: string): string {
    return `${alias}.expires_at > now() AND ${alias}.last_seen_at > now() - make_interval(mins => ${idleParam})`;
  }

  /**
   * The signed-in person of a session within its limits, seen through its membership. A revoked
   * membership, a disabled host or a disabled person ends the session's access at once.
   *
   * Using the session marks it seen, but only when the stored time is more than a minute old: a
   * write on every request would turn every read of the API into a row update (and WAL, and dead
   * tuples to vacuum) on the busiest table there is. The idle limit is counted in minutes or hours,
   * so a minute's lag in last_seen_at changes nothing a person could notice. The lookup and the
   * conditional touch are one statement (one round trip).
   */
  async findUser(tokenHash: string): Promise<AuthUser | null> {
    const [row] = await this.db.query(
      `WITH found AS (
         SELECT u.id, u.email, u.display_name AS "displayName", ms.id AS "membershipId", ms.role, ms.host_id AS "hostId",
                ms.municipality_id AS "municipalityId", ms.fair_ids AS "fairIds", s.id AS "sessionId", s.csrf_token AS "csrfToken",
                s.pending, s.last_seen_at < now() - interval '1 minute' AS stale
         FROM sessions s JOIN users u ON u.id = s.user_id JOIN memberships ms ON ms.id = s.membership_id AND ms.user_id = u.id
         WHERE s.token_hash = $1 AND ${this.live('s', '$2')} AND ${LIVE_MEMBERSHIP}
       ), touched AS (
         UPDATE sessions SET last_seen_at = now() FROM found WHERE sessions.id = found."sessionId" AND found.stale
       )
       SELECT id, email, "displayName", "membershipId", role, "hostId", "municipalityId", "fairIds", "sessionId", "csrfToken", pending FROM found`,
      [tokenHash, this.idleMinutes],
    );
    return row ?? null;
  }

  /** The person's sessions that still give access (within both limits, through a live membership), last used first. */
  async listForUser(userId: string): Promise<SessionRow[]> {
    return this.db.query(
      `SELECT s.id, s.user_agent AS "userAgent", s.address, s.created_at AS "signedInAt", s.last_seen_at AS "lastSeenAt",
              ms.role, h.name AS "hostName", mu.name AS "municipalityName"
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN memberships ms ON ms.id = s.membership_id AND ms.user_id = u.id
       LEFT JOIN hosts h ON h.id = ms.host_id LEFT JOIN municipalities mu ON mu.id = ms.municipality_id
       WHERE s.user_id = $1 AND s.pending IS NULL AND ${this.live('s', '$2')} AND ${LIVE_MEMBERSHIP}
       ORDER BY s.last_seen_at DESC, s.created_at DESC, s.id`,
      [userId, this.idleMinutes],
    );
  }

  /** Ends one of the person's own sessions; false when the id names none of theirs. */
  async deleteOwn(userId: string, sessionId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.db.query('DELETE FROM sessions WHERE id = $1 AND user_id = $2 RETURNING id', [sessionId, userId]);
    return rows.length > 0;
  }

  /** Ends every session of the person but the one given; the number ended (live or not). */
  async deleteOthers(userId: string, keepSessionId: string): Promise<number> {
    const [rows]: [unknown[], number] = await this.db.query('DELETE FROM sessions WHERE user_id = $1 AND id <> $2 RETURNING id', [userId, keepSessionId]);
    return rows.length;
  }

  /**
   * A new session. One that waits for a second step (`start.pending`) lives PENDING_SIGN_IN_MINUTES
   * and reaches only that step's routes; `start.secondFactorDone` records a factor already proved
   * (a passkey sign-in).
   */
  async create(
    userId: string,
    membershipId: string,
    device: SessionDevice,
    manager: EntityManager = this.db.manager,
    start: { pending?: SignInStep | null; secondFactorDone?: boolean } = {},
  ): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const csrfToken = newToken().token;
    const pending = start.pending ?? null;
    const expiresAt = new Date(Date.now() + (pending ? PENDING_SIGN_IN_MINUTES * 60_000 : SESSION_HOURS * 3600_000));
    // Sessions past either limit give no access and never come back: each sign-in clears them away,
    // so their addresses and User-Agents are not kept for long after they end.
    await manager.query(`DELETE FROM sessions s WHERE NOT (${this.live('s', '$1')})`, [this.idleMinutes]);
    await manager.query(
      `INSERT INTO sessions (token_hash, user_id, membership_id, csrf_token, expires_at, user_agent, address, pending, second_factor_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $9 THEN now() END)`,
      [
        hash,
        userId,
        membershipId,
        csrfToken,
        expiresAt,
        device.userAgent.slice(0, USER_AGENT_MAX) || null,
        device.address || null,
        pending,
        start.secondFactorDone === true,
      ],
    );
    if (!pending) await manager.query('UPDATE memberships SET last_active_at = now() WHERE id = $1', [membershipId]);
    return { token, csrfToken, expiresAt };
  }

  /**
   * The session's second step is done: it gives access from now on, under a new token (the one
   * handed out after the password alone is worth nothing afterwards) and the full SESSION_HOURS.
   * False when the session no longer waits for `step` (finished elsewhere, ended, expired).
   */
  async completeStep(sessionId: string, step: SignInStep, manager: EntityManager = this.db.manager): Promise<{ token: string; expiresAt: Date } | null> {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    const [rows]: [{ membershipId: string }[], number] = await manager.query(
      `UPDATE sessions SET pending = NULL, second_factor_at = now(), step_failures = 0, token_hash = $3, expires_at = $4, last_seen_at = now()
       WHERE id = $1 AND pending = $2 AND expires_at > now() RETURNING membership_id AS "membershipId"`,
      [sessionId, step, hash, expiresAt],
    );
    if (!rows.length) return null;
    await manager.query('UPDATE memberships SET last_active_at = now() WHERE id = $1', [rows[0].membershipId]);
    return { token, expiresAt };
  }

  /** Counts a wrong code for the session's pending step; past MAX_STEP_FAILURES the session ends. The count after it. */
  async countStepFailure(sessionId: string): Promise<number> {
    return this.db.transaction(async (m) => {
      const [rows]: [{ failures: number }[], number] = await m.query(
        'UPDATE sessions SET step_failures = step_failures + 1 WHERE id = $1 AND pending IS NOT NULL RETURNING step_failures AS failures',
        [sessionId],
      );
      const failures = rows[0]?.failures ?? MAX_STEP_FAILURES;
      if (failures >= MAX_STEP_FAILURES) await m.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
      return failures;
    });
  }

  /** Whether a second factor was proved in this session (at sign-in, or since). */
  async secondFactorDone(sessionId: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    const [row] = await manager.query('SELECT second_factor_at IS NOT NULL AS done FROM sessions WHERE id = $1', [sessionId]);
    return row?.done === true;
  }

  async markSecondFactor(sessionId: string, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE sessions SET second_factor_at = now() WHERE id = $1', [sessionId]);
  }

  /** The session now waits for a step (a switch into a host that requires a second factor). */
  async requireStep(sessionId: string, step: SignInStep, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE sessions SET pending = $2, step_failures = 0 WHERE id = $1', [sessionId, step]);
  }

  /** Moves a session to another live membership of the same person; false when there is none such. */
  async switchMembership(sessionId: string, userId: string, membershipId: string, m: EntityManager): Promise<boolean> {
    // An UPDATE answers [rows, rowCount] through TypeORM's query().
    const [rows]: [unknown[], number] = await m.query(
      `UPDATE sessions s SET membership_id = ms.id FROM memberships ms JOIN users u ON u.id = ms.user_id
       WHERE s.id = $1 AND s.user_id = $2 AND ms.id = $3 AND ms.user_id = $2 AND ${LIVE_MEMBERSHIP} RETURNING s.id`,
      [sessionId, userId, membershipId],
    );
    if (rows.length) await m.query('UPDATE memberships SET last_active_at = now() WHERE id = $1', [membershipId]);
    return rows.length > 0;
  }

  async delete(sessionId: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
  }

  /** Revokes every session of a user (password changed), except optionally one. */
  async deleteForUser(userId: string, manager: EntityManager, exceptSessionId: string | null = null): Promise<void> {
    await manager.query('DELETE FROM sessions WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2)', [userId, exceptSessionId]);
  }
}
