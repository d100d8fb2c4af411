import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditChange } from '@bussanten/contracts';
import { MunicipalityChangeEntity } from './entities';

export interface MunicipalityChangeRow {
  id: string;
  at: Date;
  hostId: string;
  hostName: string;
  userId: string | null;
  userDisplayName: string;
  changes: Record<string, AuditChange>;
  revertsChangeId: string | null;
}

const CHANGE_COLUMNS = `c.id, c.at, c.host_id AS "hostId", h.name AS "hostName", c.user_id AS "userId",
  c.user_display_name AS "userDisplayName", c.changes, c.reverts_change_id AS "revertsChangeId"`;

/** The history of municipalities' shared fields: every host reads all of it. */
@Injectable()
export class MunicipalityHistoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(manager: EntityManager, entry: Omit<MunicipalityChangeEntity, 'id' | 'at'>): Promise<string> {
    const saved = await manager.save(MunicipalityChangeEntity, manager.create(MunicipalityChangeEntity, entry));
    return saved.id;
  }

  list(municipalityId: string): Promise<MunicipalityChangeRow[]> {
    return this.db.query(
      `SELECT ${CHANGE_COLUMNS} FROM municipality_changes c JOIN hosts h ON h.id = c.host_id
       WHERE c.municipality_id = $1 ORDER BY c.at DESC, c.id DESC`,
      [municipalityId],
    );
  }

  /** Null for an unknown id and for a change of another municipality. */
  async find(municipalityId: string, changeId: string): Promise<MunicipalityChangeRow | null> {
    const [row] = await this.db.query(
      `SELECT ${CHANGE_COLUMNS} FROM municipality_changes c JOIN hosts h ON h.id = c.host_id WHERE c.id = $1 AND c.municipality_id = $2`,
      [changeId, municipalityId],
    );
    return row ?? null;
  }

  /** Hosts other than this one that have the municipality as an agreement party or an exhibitor at one of their fairs. */
  async otherHostsConcerned(manager: EntityManager, municipalityId: string, hostId: string): Promise<string[]> {
    const rows: { hostId: string }[] = await manager.query(
      `SELECT a.host_id AS "hostId" FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id
       WHERE p.municipality_id = $1 AND a.host_id <> $2
       UNION
       SELECT f.host_id FROM applications ap JOIN fairs f ON f.id = ap.fair_id
       WHERE ap.municipality_id = $1 AND f.host_id <> $2
       ORDER BY 1`,
      [municipalityId, hostId],
    );
    return rows.map((r) => r.hostId);
  }

  async hostName(manager: EntityManager, hostId: string): Promise<string> {
    const [row] = await manager.query('SELECT name FROM hosts WHERE id = $1', [hostId]);
    return row?.name ?? '';
  }
}
