import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditChange, AuditEntry, AuditName } from '@bussanten/contracts';

export interface AuditRow {
  actorId: string | null;
  hostId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, AuditChange>;
  requestId: string | null;
}

export interface AuditFilter {
  action: string | null;
  entityType: string | null;
  actorId: string | null;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** A page names at most this many records (50 entries rarely mention more than a few each). */
const MAX_NAMED = 2000;

/** Every id an entry mentions: its record's and any found in its changes, however deep (parties' ids, 'booth:<id>' keys). */
export function idsMentioned(entry: Pick<AuditEntry, 'entityId' | 'changes'>): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const m of value.matchAll(UUID)) found.add(m[0].toLowerCase());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(entry.entityId);
  walk(entry.changes);
  return [...found];
}

/**
 * The names of records by id, each table filtered by the host (municipalities are shared master
 * data). Composite names say where a thing is: a booth with its fair, an application as its
 * municipality at its fair, an appearance as its guest at its fair, a room with its venue.
 */
const NAMES_SQL = `
WITH ids AS (SELECT DISTINCT unnest($2::uuid[]) AS id)
SELECT m.id, m.name, m.name_en AS "nameEn" FROM municipalities m JOIN ids ON ids.id = m.id
UNION ALL
SELECT f.id, f.title, f.title_en FROM fairs f JOIN ids ON ids.id = f.id WHERE f.host_id = $1
UNION ALL
SELECT b.id, b.code || '（' || f.title || '）', b.code || ' (' || coalesce(f.title_en, f.title) || ')'
  FROM booths b JOIN ids ON ids.id = b.id JOIN fairs f ON f.id = b.fair_id WHERE f.host_id = $1
UNION ALL
SELECT a.id, m.name || '（' || f.title || '）', coalesce(m.name_en, m.name) || ' (' || coalesce(f.title_en, f.title) || ')'
  FROM applications a JOIN ids ON ids.id = a.id JOIN fairs f ON f.id = a.fair_id JOIN municipalities m ON m.id = a.municipality_id
  WHERE f.host_id = $1
UNION ALL
SELECT g.id, g.name, g.name_en FROM guests g JOIN ids ON ids.id = g.id WHERE g.host_id = $1
UNION ALL
SELECT p.id, g.name || '（' || f.title || '）', coalesce(g.name_en, g.name) || ' (' || coalesce(f.title_en, f.title) || ')'
  FROM appearances p JOIN ids ON ids.id = p.id JOIN fairs f ON f.id = p.fair_id JOIN guests g ON g.id = p.guest_id WHERE f.host_id = $1
UNION ALL
SELECT s.id, s.name, s.name_en FROM fair_stages s JOIN ids ON ids.id = s.id JOIN fairs f ON f.id = s.fair_id WHERE f.host_id = $1
UNION ALL
SELECT r.id, v.name || ' ' || r.name, NULL FROM rooms r JOIN ids ON ids.id = r.id JOIN venues v ON v.id = r.venue_id WHERE v.host_id = $1
UNION ALL
SELECT v.id, v.name, NULL FROM venues v JOIN ids ON ids.id = v.id WHERE v.host_id = $1
UNION ALL
SELECT g.id, g.title, NULL FROM agreements g JOIN ids ON ids.id = g.id WHERE g.host_id = $1
UNION ALL
SELECT ms.id, u.display_name, NULL FROM memberships ms JOIN ids ON ids.id = ms.id JOIN users u ON u.id = ms.user_id WHERE ms.host_id = $1
UNION ALL
SELECT u.id, u.display_name, NULL FROM users u JOIN ids ON ids.id = u.id
  WHERE EXISTS (SELECT 1 FROM memberships ms WHERE ms.user_id = u.id AND ms.host_id = $1)
UNION ALL
SELECT i.id, coalesce(nullif(i.display_name, ''), i.email), NULL FROM invitations i JOIN ids ON ids.id = i.id WHERE i.host_id = $1
UNION ALL
SELECT h.id, h.name, h.name_en FROM hosts h JOIN ids ON ids.id = h.id WHERE h.id = $1
UNION ALL
SELECT w.id, w.url, NULL FROM webhooks w JOIN ids ON ids.id = w.id WHERE w.host_id = $1`;

/** The audit log's SQL: append-only writes, and the host's own entries a page at a time with the names they mention. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(m: EntityManager, row: AuditRow): Promise<void> {
    await m.query(
      `INSERT INTO audit_log (actor_id, host_id, action, entity_type, entity_id, changes, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.actorId, row.hostId, row.action, row.entityType, row.entityId, JSON.stringify(row.changes), row.requestId],
    );
  }

  async page(hostId: string, f: AuditFilter, page: number, pageSize: number): Promise<{ total: number; items: AuditEntry[] }> {
    const params = [hostId, f.action, f.entityType, f.actorId];
    const where = `a.host_id = $1 AND ($2::text IS NULL OR a.action = $2) AND ($3::text IS NULL OR a.entity_type = $3)
                   AND ($4::uuid IS NULL OR a.actor_id = $4)`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM audit_log a WHERE ${where}`, params);
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT a.id, a.at, a.action, a.entity_type AS "entityType", a.entity_id AS "entityId", a.changes,
              a.request_id AS "requestId", u.id AS "actorId", u.display_name AS "actorName", u.email AS "actorEmail"
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
       WHERE ${where} ORDER BY a.at DESC, a.id LIMIT $5 OFFSET $6`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    const items: AuditEntry[] = rows.map((r) => ({
      id: r['id'] as string,
      at: (r['at'] as Date).toISOString(),
      actor: r['actorId'] ? { id: r['actorId'] as string, displayName: r['actorName'] as string, email: r['actorEmail'] as string } : null,
      action: r['action'] as string,
      entityType: r['entityType'] as string,
      entityId: r['entityId'] as string | null,
      changes: (r['changes'] as Record<string, AuditChange>) ?? {},
      requestId: r['requestId'] as string | null,
      names: {},
    }));
    const names = await this.names(hostId, [...new Set(items.flatMap(idsMentioned))].slice(0, MAX_NAMED));
    for (const item of items) {
      for (const id of idsMentioned(item)) {
        const name = names.get(id);
        if (name) item.names[id] = name;
      }
    }
    return { total, items };
  }

  /** The names of the host's records (and shared municipalities) among `ids`; an id not found is left out. */
  async names(hostId: string, ids: string[]): Promise<Map<string, AuditName>> {
    const found = new Map<string, AuditName>();
    if (!ids.length) return found;
    const rows: { id: string; name: string | null; nameEn: string | null }[] = await this.db.query(NAMES_SQL, [hostId, ids]);
    for (const r of rows) if (r.name) found.set(r.id, { name: r.name, nameEn: r.nameEn || null });
    return found;
  }
}
