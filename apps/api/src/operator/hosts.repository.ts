import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { HostSummary } from '@bussanten/contracts';
import { Constraint } from '../database/constraints';

interface HostRow {
  id: string;
  name: string;
  nameEn: string | null;
  disabled: boolean;
  createdAt: Date;
  fairs: number;
  organizers: number;
  representatives: number;
  applications: number;
  requireSecondFactor: boolean;
}

// Counts only: the operator runs the install and reads no host's fairs, applications or people.
const SUMMARY = `SELECT h.id, h.name, h.name_en AS "nameEn", h.disabled_at IS NOT NULL AS disabled, h.created_at AS "createdAt",
  h.require_second_factor AS "requireSecondFactor",
  (SELECT count(*)::int FROM fairs f WHERE f.host_id = h.id) AS fairs,
  (SELECT count(*)::int FROM memberships ms WHERE ms.host_id = h.id AND ms.role = 'organizer' AND ms.disabled_at IS NULL) AS organizers,
  (SELECT count(*)::int FROM memberships ms WHERE ms.host_id = h.id AND ms.role = 'representative' AND ms.disabled_at IS NULL) AS representatives,
  (SELECT count(*)::int FROM applications a JOIN fairs f ON f.id = a.fair_id WHERE f.host_id = h.id AND a.status <> 'draft') AS applications
  FROM hosts h`;

function toSummary(r: HostRow): HostSummary {
  return {
    id: r.id,
    name: r.name,
    nameEn: r.nameEn,
    disabled: r.disabled,
    createdAt: r.createdAt.toISOString(),
    counts: { fairs: r.fairs, organizers: r.organizers, representatives: r.representatives, applications: r.applications },
    requireSecondFactor: r.requireSecondFactor,
  };
}

@Injectable()
export class HostsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(): Promise<HostSummary[]> {
    const rows: HostRow[] = await this.db.query(`${SUMMARY} ORDER BY h.created_at, h.name`);
    return rows.map(toSummary);
  }

  async summary(id: string, m: EntityManager = this.db.manager): Promise<HostSummary | null> {
    const [row] = await m.query(`${SUMMARY} WHERE h.id = $1`, [id]);
    return row ? toSummary(row) : null;
  }

  /** Null when the name is taken (the unique constraint decides, also under concurrency). */
  async insert(name: string, nameEn: string | null, m: EntityManager): Promise<string | null> {
    const rows = await m.query(`INSERT INTO hosts (name, name_en) VALUES ($1, $2) ON CONFLICT ON CONSTRAINT ${Constraint.hostsName} DO NOTHING RETURNING id`, [
      name,
      nameEn,
    ]);
    return rows[0]?.id ?? null;
  }

  /** Whether it changed anything; false for an unknown host. */
  async setDisabled(id: string, disabled: boolean, m: EntityManager): Promise<boolean | null> {
    const [row] = await m.query('SELECT disabled_at IS NOT NULL AS disabled FROM hosts WHERE id = $1 FOR UPDATE', [id]);
    if (!row) return null;
    if (row.disabled === disabled) return false;
    await m.query('UPDATE hosts SET disabled_at = CASE WHEN $2 THEN now() ELSE NULL END WHERE id = $1', [id, disabled]);
    return true;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
