import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { FactorsReset, Host, HostSecurity } from '@bussanten/contracts';
import { LIVE_MEMBERSHIP } from '../sessions.repository';

export interface PasskeyRow {
  id: string;
  userId: string;
  credentialId: string;
  publicKey: Buffer;
  counter: string;
  transports: string[];
  name: string;
  backedUp: boolean;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export interface TotpRow {
  secretSealed: string;
  confirmedAt: Date | null;
  lastTimeStep: string | null;
}

export type ChallengePurpose = 'register' | 'secondFactor' | 'signIn';

/** A challenge is answered within this time or never. */
const CHALLENGE_MINUTES = 5;

const PASSKEY_COLUMNS = `id, user_id AS "userId", credential_id AS "credentialId", public_key AS "publicKey", counter, transports, name,
  backed_up AS "backedUp", created_at AS "createdAt", last_used_at AS "lastUsedAt"`;

/** The SQL of a person's second factors: passkeys and their challenges, the authenticator app, recovery codes. */
@Injectable()
export class FactorsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** What the person has enrolled: passkeys, a confirmed authenticator app, unused recovery codes. */
  async status(userId: string, m: EntityManager = this.db.manager): Promise<{ passkeys: number; totp: boolean; recoveryCodes: number }> {
    const [row] = await m.query(
      `SELECT (SELECT count(*)::int FROM passkeys WHERE user_id = $1) AS passkeys,
              EXISTS (SELECT 1 FROM totp_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL) AS totp,
              (SELECT count(*)::int FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL) AS "recoveryCodes"`,
      [userId],
    );
    return row;
  }

  /** The host whose rule asks this membership for a second factor: an organizer membership of a host that requires one. */
  async requiredBy(membershipId: string, m: EntityManager = this.db.manager): Promise<Host | null> {
    const [row] = await m.query(
      `SELECT h.id, h.name, h.name_en AS "nameEn" FROM memberships ms JOIN hosts h ON h.id = ms.host_id
       WHERE ms.id = $1 AND ms.role = 'organizer' AND h.require_second_factor`,
      [membershipId],
    );
    return row ?? null;
  }

  /** Whether any live organizer membership of the person is of a host that requires a second factor. */
  async requiredForUser(userId: string, m: EntityManager = this.db.manager): Promise<boolean> {
    const [row] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM memberships ms JOIN users u ON u.id = ms.user_id JOIN hosts h ON h.id = ms.host_id
                      WHERE ms.user_id = $1 AND ms.role = 'organizer' AND h.require_second_factor AND ${LIVE_MEMBERSHIP}) AS required`,
      [userId],
    );
    return row.required;
  }

  // The host's rule

  async hostSecurity(hostId: string, m: EntityManager = this.db.manager): Promise<HostSecurity> {
    const [row] = await m.query(
      `SELECT h.require_second_factor AS "requireSecondFactor",
              (SELECT count(DISTINCT u.id)::int FROM memberships ms JOIN users u ON u.id = ms.user_id
               WHERE ms.host_id = h.id AND ms.role = 'organizer' AND ${LIVE_MEMBERSHIP}
                 AND NOT EXISTS (SELECT 1 FROM passkeys pk WHERE pk.user_id = u.id)
                 AND NOT EXISTS (SELECT 1 FROM totp_factors t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL)) AS "organizersWithoutFactor"
       FROM hosts h WHERE h.id = $1`,
      [hostId],
    );
    return row;
  }

  /** Sets the host's rule; the value before (null for an unknown host). */
  async setRequireSecondFactor(hostId: string, value: boolean, m: EntityManager): Promise<boolean | null> {
    const [row] = await m.query('SELECT require_second_factor AS require FROM hosts WHERE id = $1 FOR UPDATE', [hostId]);
    if (!row) return null;
    await m.query('UPDATE hosts SET require_second_factor = $2 WHERE id = $1', [hostId, value]);
    return row.require;
  }

  // Passkeys

  listPasskeys(userId: string, m: EntityManager = this.db.manager): Promise<PasskeyRow[]> {
    return m.query(`SELECT ${PASSKEY_COLUMNS} FROM passkeys WHERE user_id = $1 ORDER BY created_at, name`, [userId]);
  }

  async passkeyByCredentialId(credentialId: string): Promise<PasskeyRow | null> {
    const [row] = await this.db.query(`SELECT ${PASSKEY_COLUMNS} FROM passkeys WHERE credential_id = $1`, [credentialId]);
    return row ?? null;
  }

  async passkey(userId: string, id: string, m: EntityManager = this.db.manager): Promise<PasskeyRow | null> {
    const [row] = await m.query(`SELECT ${PASSKEY_COLUMNS} FROM passkeys WHERE id = $1 AND user_id = $2`, [id, userId]);
    return row ?? null;
  }

  /** The new passkey's id; throws the unique violation of uq_passkeys_user_name or uq_passkeys_credential_id. */
  async insertPasskey(
    p: {
      userId: string;
      credentialId: string;
      publicKey: Uint8Array;
      counter: number;
      transports: string[];
      deviceType: string;
      backedUp: boolean;
      name: string;
    },
    m: EntityManager,
  ): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO passkeys (user_id, credential_id, public_key, counter, transports, device_type, backed_up, name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [p.userId, p.credentialId, Buffer.from(p.publicKey), p.counter, p.transports, p.deviceType, p.backedUp, p.name],
    );
    return row.id;
  }

  async renamePasskey(userId: string, id: string, name: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.db.query('UPDATE passkeys SET name = $3 WHERE id = $1 AND user_id = $2 RETURNING id', [id, userId, name]);
    return rows.length > 0;
  }

  async deletePasskey(userId: string, id: string, m: EntityManager): Promise<string | null> {
    const [rows]: [{ name: string }[], number] = await m.query('DELETE FROM passkeys WHERE id = $1 AND user_id = $2 RETURNING name', [id, userId]);
    return rows[0]?.name ?? null;
  }

  /** Records a use: the authenticator's new signature counter, and when. */
  async passkeyUsed(id: string, counter: number, m: EntityManager = this.db.manager): Promise<void> {
    await m.query('UPDATE passkeys SET counter = $2, last_used_at = now() WHERE id = $1', [id, counter]);
  }

  // WebAuthn challenges

  async saveChallenge(challenge: string, purpose: ChallengePurpose, sessionId: string | null): Promise<void> {
    // Challenges nobody answered are useless after their five minutes; clear a few on each new one rather than run a job.
    await this.db.query(`DELETE FROM webauthn_challenges WHERE challenge IN (SELECT challenge FROM webauthn_challenges WHERE expires_at < now() LIMIT 100)`);
    await this.db.query(`INSERT INTO webauthn_challenges (challenge, purpose, session_id, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4))`, [
      challenge,
      purpose,
      sessionId,
      CHALLENGE_MINUTES,
    ]);
  }

  /** Uses up a challenge: true once, for the session (or the nobody) it was handed to, within its time. */
  async takeChallenge(challenge: string, purpose: ChallengePurpose, sessionId: string | null): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.db.query(
      `DELETE FROM webauthn_challenges WHERE challenge = $1 AND purpose = $2 AND session_id IS NOT DISTINCT FROM $3::uuid AND expires_at > now() RETURNING challenge`,
      [challenge, purpose, sessionId],
    );
    return rows.length > 0;
  }

  // The authenticator app (TOTP)

  async totp(userId: string, m: EntityManager = this.db.manager): Promise<TotpRow | null> {
    const [row] = await m.query(
      `SELECT secret_sealed AS "secretSealed", confirmed_at AS "confirmedAt", last_time_step AS "lastTimeStep" FROM totp_factors WHERE user_id = $1`,
      [userId],
    );
    return row ?? null;
  }

  /** Stores a new, unconfirmed secret (replacing an unconfirmed one); false when a confirmed one exists. */
  async saveTotpSetup(userId: string, secretSealed: string): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO totp_factors (user_id, secret_sealed) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret_sealed = excluded.secret_sealed, created_at = now() WHERE totp_factors.confirmed_at IS NULL
       RETURNING user_id`,
      [userId, secretSealed],
    );
    return rows.length > 0;
  }

  /** Turns the app on with the step of its first code; false when there was no setup waiting (or it was confirmed meanwhile). */
  async confirmTotp(userId: string, timeStep: number, m: EntityManager): Promise<boolean> {
    const [rows]: [unknown[], number] = await m.query(
      'UPDATE totp_factors SET confirmed_at = now(), last_time_step = $2 WHERE user_id = $1 AND confirmed_at IS NULL RETURNING user_id',
      [userId, timeStep],
    );
    return rows.length > 0;
  }

  /** Accepts a code's time step once: false when this step (or a later one) was used already, also by a concurrent request. */
  async useTotpStep(userId: string, timeStep: number, m: EntityManager = this.db.manager): Promise<boolean> {
    const [rows]: [unknown[], number] = await m.query(
      `UPDATE totp_factors SET last_time_step = $2 WHERE user_id = $1 AND confirmed_at IS NOT NULL AND (last_time_step IS NULL OR last_time_step < $2)
       RETURNING user_id`,
      [userId, timeStep],
    );
    return rows.length > 0;
  }

  async deleteTotp(userId: string, m: EntityManager): Promise<boolean> {
    const [rows]: [unknown[], number] = await m.query('DELETE FROM totp_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL RETURNING user_id', [userId]);
    return rows.length > 0;
  }

  /** Secrets sealed under another key than `keyId` (rotation of APP_SECRET), locked for the caller's transaction. */
  totpToReseal(keyId: string, m: EntityManager): Promise<{ userId: string; secretSealed: string }[]> {
    return m.query(`SELECT user_id AS "userId", secret_sealed AS "secretSealed" FROM totp_factors WHERE split_part(secret_sealed, ':', 2) <> $1 FOR UPDATE`, [
      keyId,
    ]);
  }

  async storeTotpSecret(userId: string, secretSealed: string, m: EntityManager): Promise<void> {
    await m.query('UPDATE totp_factors SET secret_sealed = $2 WHERE user_id = $1', [userId, secretSealed]);
  }

  // Recovery codes

  async recoveryCodes(userId: string, m: EntityManager = this.db.manager): Promise<{ remaining: number; createdAt: Date } | null> {
    const [row] = await m.query(
      `SELECT count(*) FILTER (WHERE used_at IS NULL)::int AS remaining, min(created_at) AS "createdAt" FROM recovery_codes WHERE user_id = $1 HAVING count(*) > 0`,
      [userId],
    );
    return row ?? null;
  }

  /** The person's codes become these (hashes); the old ones, used or not, are gone. */
  async replaceRecoveryCodes(userId: string, hashes: string[], m: EntityManager): Promise<void> {
    await m.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
    await m.query('INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [userId, hashes]);
  }

  /** Uses a code once (also under concurrency); false when it is not one of the person's unused codes. */
  async useRecoveryCode(userId: string, hash: string, m: EntityManager): Promise<boolean> {
    const [rows]: [unknown[], number] = await m.query(
      'UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id',
      [userId, hash],
    );
    return rows.length > 0;
  }

  async deleteRecoveryCodes(userId: string, m: EntityManager): Promise<number> {
    const [rows]: [unknown[], number] = await m.query('DELETE FROM recovery_codes WHERE user_id = $1 RETURNING id', [userId]);
    return rows.length;
  }

  /** Removes every factor of the person and ends all their sessions (a reset after the person lost their factors). */
  async deleteAll(userId: string, m: EntityManager): Promise<FactorsReset> {
    const [passkeys]: [unknown[], number] = await m.query('DELETE FROM passkeys WHERE user_id = $1 RETURNING id', [userId]);
    const [totp]: [unknown[], number] = await m.query('DELETE FROM totp_factors WHERE user_id = $1 RETURNING confirmed_at', [userId]);
    const recoveryCodes = await this.deleteRecoveryCodes(userId, m);
    const [sessions]: [unknown[], number] = await m.query('DELETE FROM sessions WHERE user_id = $1 RETURNING id', [userId]);
    return {
      passkeys: passkeys.length,
      totp: (totp as { confirmed_at: Date | null }[]).some((t) => t.confirmed_at !== null),
      recoveryCodes,
      sessionsEnded: sessions.length,
    };
  }
}
