import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Invitation, InvitationStatus } from '@bussanten/contracts';
import { prefectureByCode } from '@bussanten/domain';
import { InvitationEntity } from './entities';

const STATUS = `CASE WHEN i.accepted_at IS NOT NULL THEN 'accepted' WHEN i.revoked_at IS NOT NULL THEN 'revoked'
  WHEN i.expires_at <= now() THEN 'expired' ELSE 'pending' END`;

const COLUMNS = `i.id, i.email, i.role, i.display_name AS "displayName", i.created_at AS "createdAt",
  i.expires_at AS "expiresAt", i.accepted_at AS "acceptedAt", ${STATUS} AS status,
  coalesce(u.display_name, '') AS "invitedBy",
  m.id AS "municipalityId", m.name AS "municipalityName", m.prefecture_code AS "prefectureCode"`;

const FROM = `FROM invitations i LEFT JOIN users u ON u.id = i.invited_by LEFT JOIN municipalities m ON m.id = i.municipality_id`;

interface InvitationRow {
  id: string;
  email: string;
  role: Invitation['role'];
  displayName: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  status: InvitationStatus;
  invitedBy: string;
  municipalityId: string | null;
  municipalityName: string | null;
  prefectureCode: number | null;
}

function toInvitation(r: InvitationRow): Invitation {
  return {
    id: r.id,
    email: r.email,
    role: r.role,
    displayName: r.displayName,
    invitedBy: r.invitedBy,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    status: r.status,
    municipality: r.municipalityId
      ? { id: r.municipalityId, name: r.municipalityName ?? '', prefecture: prefectureByCode(r.prefectureCode ?? 0)?.name ?? '' }
      : null,
  };
}

@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async listFor(hostId: string): Promise<Invitation[]> {
    const rows: InvitationRow[] = await this.db.query(`SELECT ${COLUMNS} ${FROM} WHERE i.host_id = $1 ORDER BY i.created_at DESC`, [hostId]);
    return rows.map(toInvitation);
  }

  async view(id: string, hostId: string, manager: EntityManager = this.db.manager): Promise<Invitation | null> {
    const [row] = await manager.query(`SELECT ${COLUMNS} ${FROM} WHERE i.id = $1 AND i.host_id = $2`, [id, hostId]);
    return row ? toInvitation(row) : null;
  }

  findOfHost(id: string, hostId: string, manager: EntityManager): Promise<InvitationEntity | null> {
    return manager.findOne(InvitationEntity, { where: { id, hostId }, lock: { mode: 'pessimistic_write' } });
  }

  /** A pending invitation by its token's hash, locked so it can be accepted only once. */
  findPendingByTokenHash(tokenHash: string, manager: EntityManager): Promise<InvitationEntity | null> {
    return manager
      .createQueryBuilder(InvitationEntity, 'i')
      .setLock('pessimistic_write')
      .where('i.token_hash = :tokenHash AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()', { tokenHash })
      .getOne();
  }

  async previewByTokenHash(tokenHash: string): Promise<Record<string, unknown> | null> {
    const [row] = await this.db.query(
      `SELECT i.email, i.role, i.display_name AS "displayName", h.name AS "hostName", m.name AS "municipalityName", i.expires_at AS "expiresAt",
              EXISTS (SELECT 1 FROM users u WHERE u.email = i.email) AS "existingAccount"
       FROM invitations i JOIN hosts h ON h.id = i.host_id LEFT JOIN municipalities m ON m.id = i.municipality_id
       WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`,
      [tokenHash],
    );
    return row ?? null;
  }

  /** Earlier pending invitations of the same address by the same host stop working. */
  async revokePending(email: string, hostId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE invitations SET revoked_at = now() WHERE email = $1 AND host_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL`, [
      email,
      hostId,
    ]);
  }

  save(invitation: InvitationEntity, manager: EntityManager): Promise<InvitationEntity> {
    return manager.save(InvitationEntity, invitation);
  }

  async municipalityExists(id: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query('SELECT 1 FROM municipalities WHERE id = $1 FOR SHARE', [id]);
    return rows.length > 0;
  }

  /** Whether every one of these fairs is the host's (for staff limited to some fairs). */
  async fairsOfHost(ids: string[], hostId: string, manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query('SELECT count(*)::int AS n FROM fairs WHERE id = ANY($1::uuid[]) AND host_id = $2', [ids, hostId]);
    return row.n === ids.length;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
