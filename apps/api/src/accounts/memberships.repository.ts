import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@bussanten/contracts';

export interface MembershipScope {
  role: Role;
  hostId: string | null;
  municipalityId: string | null;
}

/** The same membership: same person, role, host and municipality (the unique indexes' terms). */
const SAME = `ms.user_id = $1 AND ms.role = $2 AND ms.host_id IS NOT DISTINCT FROM $3 AND ms.municipality_id IS NOT DISTINCT FROM $4`;

@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether the person with this address holds this membership already (revoked or not). */
  async heldByEmail(email: string, scope: MembershipScope, m: EntityManager = this.db.manager): Promise<boolean> {
    const rows = await m.query(
      `SELECT 1 FROM memberships ms JOIN users u ON u.id = ms.user_id
       WHERE u.email = $1 AND ms.role = $2 AND ms.host_id IS NOT DISTINCT FROM $3 AND ms.municipality_id IS NOT DISTINCT FROM $4`,
      [email, scope.role, scope.hostId, scope.municipalityId],
    );
    return rows.length > 0;
  }

  /**
   * Gives a person a membership, or gives back a revoked one (an accepted invitation is the host
   * deciding again). Returns its id. The unique indexes keep one row per person and scope.
   */
  async grant(input: MembershipScope & { userId: string; fairIds?: string[] | null }, m: EntityManager): Promise<string> {
    const params = [input.userId, input.role, input.hostId, input.municipalityId];
    // Staff may be limited to some fairs; the latest invitation says which.
    const fairIds = input.role === 'staff' ? (input.fairIds ?? null) : null;
    const [found] = await m.query(`SELECT ms.id FROM memberships ms WHERE ${SAME} FOR UPDATE`, params);
    if (found) {
      await m.query('UPDATE memberships SET disabled_at = NULL, fair_ids = $2 WHERE id = $1', [found.id, fairIds]);
      return found.id;
    }
    const [row] = await m.query('INSERT INTO memberships (user_id, role, host_id, municipality_id, fair_ids) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
      ...params,
      fairIds,
    ]);
    return row.id;
  }
}
