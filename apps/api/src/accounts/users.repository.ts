import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CurrentUser, Membership, MunicipalityRef, Person, Role } from '@bussanten/contracts';
import { prefectureByCode, THROTTLE_WINDOW_SECONDS, type SignInFailures } from '@bussanten/domain';
import { UserEntity } from './entities';
import { LIVE_MEMBERSHIP } from './sessions.repository';
import { throttleAddress } from './throttle-address';

/** How a membership is named in lists: the host, then the municipality (the operator first). */
export function membershipLabel(ms: Membership): string {
  return ms.role === 'operator' ? '' : `${ms.host?.name ?? ''} ${ms.role} ${ms.municipality?.name ?? ''}`;
}

const PERSON_COLUMNS = `ms.id, u.id AS "userId", u.email, u.display_name AS "displayName", ms.role, ms.disabled_at IS NOT NULL AS disabled,
  ms.created_at AS "createdAt", ms.last_active_at AS "lastSignInAt",
  m.id AS "municipalityId", m.name AS "municipalityName", m.prefecture_code AS "prefectureCode",
  (EXISTS (SELECT 1 FROM passkeys pk WHERE pk.user_id = u.id) OR EXISTS (SELECT 1 FROM totp_factors t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL)) AS "secondFactor"`;

const PERSON_FROM = `FROM memberships ms JOIN users u ON u.id = ms.user_id LEFT JOIN municipalities m ON m.id = ms.municipality_id`;

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
    userId: r.userId,
    email: r.email,
    displayName: r.displayName,
    role: r.role,
    disabled: r.disabled,
    createdAt: r.createdAt.toISOString(),
    lastSignInAt: r.lastSignInAt?.toISOString() ?? null,
    municipality: municipalityRef(r),
    secondFactor: r.secondFactor,
  };
}

function municipalityRef(r: { municipalityId: string | null; municipalityName: string | null; prefectureCode: number | null }): MunicipalityRef | null {
  return r.municipalityId ? { id: r.municipalityId, name: r.municipalityName ?? '', prefecture: prefectureByCode(r.prefectureCode ?? 0)?.name ?? '' } : null;
}

interface MembershipRow {
  id: string;
  role: Role;
  hostId: string | null;
  hostName: string | null;
  hostNameEn: string | null;
  municipalityId: string | null;
  municipalityName: string | null;
  municipalityNameEn: string | null;
  prefectureCode: number | null;
}

function toMembership(r: MembershipRow): Membership {
  return {
    id: r.id,
    role: r.role,
    host: r.hostId ? { id: r.hostId, name: r.hostName ?? '', nameEn: r.hostNameEn } : null,
    municipality: r.municipalityId ? { ...(municipalityRef(r) as MunicipalityRef), nameEn: r.municipalityNameEn } : null,
  };
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findByEmail(email: string, manager: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { email } });
  }

  findById(id: string, manager: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { id } });
  }

  save(user: UserEntity, manager: EntityManager): Promise<UserEntity> {
    return manager.save(UserEntity, user);
  }

  /** Serialises changes to one person's account (e.g. removing factors) within the caller's transaction. */
  async lock(id: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [id]);
  }

  async markSignedIn(id: string): Promise<void> {
    await this.db.query('UPDATE users SET last_sign_in_at = now() WHERE id = $1', [id]);
  }

  /** The person's memberships that give access now, the one used last first. */
  async liveMemberships(userId: string, manager: EntityManager = this.db.manager): Promise<Membership[]> {
    const rows: MembershipRow[] = await manager.query(
      `SELECT ms.id, ms.role, h.id AS "hostId", h.name AS "hostName", h.name_en AS "hostNameEn",
              m.id AS "municipalityId", m.name AS "municipalityName", m.name_en AS "municipalityNameEn", m.prefecture_code AS "prefectureCode"
       FROM memberships ms JOIN users u ON u.id = ms.user_id LEFT JOIN hosts h ON h.id = ms.host_id LEFT JOIN municipalities m ON m.id = ms.municipality_id
       WHERE ms.user_id = $1 AND ${LIVE_MEMBERSHIP}
       ORDER BY ms.last_active_at DESC NULLS LAST, ms.created_at, ms.id`,
      [userId],
    );
    return rows.map(toMembership);
  }

  /** What the UI needs to know about the signed-in person, seen through the session's membership. */
  async currentUser(id: string, membershipId: string, csrfToken: string): Promise<CurrentUser | null> {
    const user = await this.findById(id);
    if (!user) return null;
    const memberships = await this.liveMemberships(id);
    const active = memberships.find((ms) => ms.id === membershipId);
    if (!active) return null;
    // Listed in a stable order (not by last use), so the switcher does not reorder itself.
    const listed = [...memberships].sort((a, b) => membershipLabel(a).localeCompare(membershipLabel(b), 'ja'));
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: active.role,
      host: active.host,
      municipality: active.municipality,
      membershipId: active.id,
      memberships: listed,
      csrfToken,
    };
  }

  /** The people a host's organizers manage: one row per membership of that host, revoked ones too. */
  async peopleOf(hostId: string): Promise<Person[]> {
    const rows: PersonRow[] = await this.db.query(`SELECT ${PERSON_COLUMNS} ${PERSON_FROM} WHERE ms.host_id = $1 ORDER BY ms.role, u.display_name, m.name`, [
      hostId,
    ]);
    return rows.map(toPerson);
  }

  async person(membershipId: string, hostId: string, manager: EntityManager = this.db.manager): Promise<Person | null> {
    const [row] = await manager.query(`SELECT ${PERSON_COLUMNS} ${PERSON_FROM} WHERE ms.id = $1 AND ms.host_id = $2`, [membershipId, hostId]);
    return row ? toPerson(row) : null;
  }

  /** Revokes (or restores) one of the host's memberships; the host is in the WHERE so no other host's row can change. */
  async setMembershipDisabled(membershipId: string, hostId: string, disabled: boolean, manager: EntityManager): Promise<boolean> {
    // An UPDATE answers [rows, rowCount] through TypeORM's query().
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE memberships SET disabled_at = CASE WHEN $3 THEN coalesce(disabled_at, now()) ELSE NULL END WHERE id = $1 AND host_id = $2 RETURNING id`,
      [membershipId, hostId, disabled],
    );
    return rows.length > 0;
  }

  /**
   * Books a sign-in attempt as a failure before the password is checked, and returns it with the
   * failures of the throttle window (libs/domain sign-in-throttle.ts) for this e-mail address, this
   * client address and the pair, its own row left out. Booking first makes the limits hold under
   * concurrency and across API processes: of simultaneous attempts, each sees the others' rows. A
   * successful or refused attempt takes its row back (forgetAttempt).
   */
  async bookAttempt(email: string, clientAddress: string): Promise<{ id: string; failures: SignInFailures; now: number }> {
    const address = throttleAddress(clientAddress); // an IPv6 client's whole /64 counts as one address
    const [{ id }] = await this.db.query('INSERT INTO sign_in_failures (email, address) VALUES ($1, $2) RETURNING id', [email, address]);
    const [r] = await this.db.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS "byAccount", count(*) FILTER (WHERE address = $2)::int AS "byAddress",
              count(*) FILTER (WHERE email = $1 AND address = $2)::int AS "byPair",
              min(at) FILTER (WHERE address = $2) AS "addressOldestAt", min(at) FILTER (WHERE email = $1 AND address = $2) AS "pairOldestAt",
              max(at) FILTER (WHERE email = $1 AND address = $2) AS "pairLastAt", now() AS now
       FROM sign_in_failures WHERE at > now() - $4 * interval '1 second' AND (email = $1 OR address = $2) AND id <> $3`,
      [email, address, id, THROTTLE_WINDOW_SECONDS],
    );
    // Old rows are useless for the window; trim a few each time rather than run a job.
    await this.db.query(`DELETE FROM sign_in_failures WHERE id IN (SELECT id FROM sign_in_failures WHERE at < now() - interval '1 day' LIMIT 100)`);
    const ms = (d: Date | null) => (d ? d.getTime() : null);
    return {
      id: String(id),
      failures: {
        byAccount: r.byAccount,
        byAddress: r.byAddress,
        byPair: r.byPair,
        addressOldestAt: ms(r.addressOldestAt),
        pairOldestAt: ms(r.pairOldestAt),
        pairLastAt: ms(r.pairLastAt),
      },
      now: (r.now as Date).getTime(),
    };
  }

  async forgetAttempt(id: string): Promise<void> {
    await this.db.query('DELETE FROM sign_in_failures WHERE id = $1', [id]);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
