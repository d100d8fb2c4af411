import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CurrentUser, Person } from '@bussanten/contracts';
import { prefectureByCode } from '@bussanten/domain';
import { UserEntity } from './entities';

const PERSON_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.disabled_at IS NOT NULL AS disabled,
  u.created_at AS "createdAt", u.last_sign_in_at AS "lastSignInAt",
  m.id AS "municipalityId", m.name AS "municipalityName", m.prefecture_code AS "prefectureCode"`;

interface PersonRow extends Omit<Person, 'municipality' | 'createdAt' | 'lastSignInAt'> {
  createdAt: Date;
  lastSignInAt: Date | null;
  municipalityId: string | null;
  municipalityName: string | null;
  prefectureCode: number | null;
}

function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    email: r.email,
    displayName: r.displayName,
    role: r.role,
    disabled: r.disabled,
    createdAt: r.createdAt.toISOString(),
    lastSignInAt: r.lastSignInAt?.toISOString() ?? null,
    municipality: r.municipalityId
      ? { id: r.municipalityId, name: r.municipalityName ?? '', prefecture: prefectureByCode(r.prefectureCode ?? 0)?.name ?? '' }
      : null,
  };
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db.manager.findOne(UserEntity, { where: { email } });
  }

  findById(id: string, manager: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { id } });
  }

  save(user: UserEntity, manager: EntityManager): Promise<UserEntity> {
    return manager.save(UserEntity, user);
  }

  async markSignedIn(id: string): Promise<void> {
    await this.db.query('UPDATE users SET last_sign_in_at = now() WHERE id = $1', [id]);
  }

  /** What the UI needs to know about the signed-in user. */
  async currentUser(id: string, csrfToken: string): Promise<CurrentUser | null> {
    const [r] = await this.db.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role,
              h.id AS "hostId", h.name AS "hostName", h.name_en AS "hostNameEn",
              m.id AS "municipalityId", m.name AS "municipalityName", m.prefecture_code AS "prefectureCode"
       FROM users u LEFT JOIN hosts h ON h.id = u.host_id LEFT JOIN municipalities m ON m.id = u.municipality_id
       WHERE u.id = $1`,
      [id],
    );
    if (!r) return null;
    return {
      id: r.id,
      email: r.email,
      displayName: r.displayName,
      role: r.role,
      host: r.hostId ? { id: r.hostId, name: r.hostName, nameEn: r.hostNameEn } : null,
      municipality: r.municipalityId
        ? { id: r.municipalityId, name: r.municipalityName, prefecture: prefectureByCode(r.prefectureCode)?.name ?? '' }
        : null,
      csrfToken,
    };
  }

  /** The people a host's organizers manage: its organizers and the representatives it invited. */
  async peopleOf(hostId: string): Promise<Person[]> {
    const rows: PersonRow[] = await this.db.query(
      `SELECT ${PERSON_COLUMNS} FROM users u LEFT JOIN municipalities m ON m.id = u.municipality_id
       WHERE u.invited_by_host_id = $1 OR u.host_id = $1 ORDER BY u.role, u.display_name`,
      [hostId],
    );
    return rows.map(toPerson);
  }

  async person(id: string, hostId: string): Promise<Person | null> {
    const [row] = await this.db.query(
      `SELECT ${PERSON_COLUMNS} FROM users u LEFT JOIN municipalities m ON m.id = u.municipality_id
       WHERE u.id = $1 AND (u.invited_by_host_id = $2 OR u.host_id = $2)`,
      [id, hostId],
    );
    return row ? toPerson(row) : null;
  }

  async setDisabled(id: string, disabled: boolean, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE users SET disabled_at = CASE WHEN $2 THEN now() ELSE NULL END WHERE id = $1`, [id, disabled]);
  }

  /**
   * Books a sign-in attempt as a failure before the password is checked, and returns it with the
   * attempts of the last minute for this e-mail address and this client address, its own included.
   * Booking first makes the limit hold under concurrency and across API processes: of any number
   * of simultaneous attempts, only those whose row was committed within the limit go on to the
   * password check. A successful or refused attempt takes its row back (forgetAttempt).
   */
  async bookAttempt(email: string, address: string): Promise<{ id: string; byEmail: number; byAddress: number }> {
    const [{ id }] = await this.db.query('INSERT INTO sign_in_failures (email, address) VALUES ($1, $2) RETURNING id', [email, address]);
    const [r] = await this.db.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS "byEmail", count(*) FILTER (WHERE address = $2)::int AS "byAddress"
       FROM sign_in_failures WHERE at > now() - interval '1 minute' AND (email = $1 OR address = $2)`,
      [email, address],
    );
    // Old rows are useless for a one-minute window; trim a few each time rather than run a job.
    await this.db.query(`DELETE FROM sign_in_failures WHERE id IN (SELECT id FROM sign_in_failures WHERE at < now() - interval '1 hour' LIMIT 100)`);
    return { id: String(id), ...r };
  }

  async forgetAttempt(id: string): Promise<void> {
    await this.db.query('DELETE FROM sign_in_failures WHERE id = $1', [id]);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
