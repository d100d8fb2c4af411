import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditAction, AuditChange, AuditEntityType, AuditEntry, Page } from '@bussanten/contracts';
import type { Actor } from '../accounts/access';
import type { AuditQueryDto } from '../accounts/dto/accounts.dto';

export interface AuditRecord {
  /** Whose log shows it; defaults to the actor's host. */
  hostId?: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  changes: Record<string, AuditChange>;
}

/** Writes audit entries inside the caller's transaction, so a change and its record stand or fall together. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(manager: EntityManager, actor: Actor, entry: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, host_id, action, entity_type, entity_id, changes, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        actor.user?.id ?? null,
        entry.hostId !== undefined ? entry.hostId : (actor.user?.hostId ?? null),
        entry.action,
        entry.entityType,
        entry.entityId,
        JSON.stringify(entry.changes),
        actor.requestId,
      ],
    );
  }

  async list(hostId: string, q: AuditQueryDto): Promise<Page<AuditEntry>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const params = [hostId, q.action ?? null, q.entityType ?? null, q.actorId ?? null];
    const where = `a.host_id = $1 AND ($2::text IS NULL OR a.action = $2) AND ($3::text IS NULL OR a.entity_type = $3)
                   AND ($4::uuid IS NULL OR a.actor_id = $4)`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM audit_log a WHERE ${where}`, params);
    const rows = await this.db.query(
      `SELECT a.id, a.at, a.action, a.entity_type AS "entityType", a.entity_id AS "entityId", a.changes,
              a.request_id AS "requestId", u.id AS "actorId", u.display_name AS "actorName", u.email AS "actorEmail"
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
       WHERE ${where} ORDER BY a.at DESC, a.id LIMIT $5 OFFSET $6`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return {
      items: rows.map((r: Record<string, unknown>) => ({
        id: r['id'] as string,
        at: (r['at'] as Date).toISOString(),
        actor: r['actorId'] ? { id: r['actorId'] as string, displayName: r['actorName'] as string, email: r['actorEmail'] as string } : null,
        action: r['action'] as string,
        entityType: r['entityType'] as string,
        entityId: r['entityId'] as string | null,
        changes: r['changes'] as Record<string, AuditChange>,
        requestId: r['requestId'] as string | null,
      })),
      total,
      page,
      pageSize,
    };
  }
}
