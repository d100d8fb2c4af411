import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PublicFair, PublicFairListing, ReleaseChange, ReleaseSummary } from '@bussanten/contracts';

/** Releases: inserted once, never changed; the public reads the newest of each fair. */
@Injectable()
export class ReleasesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async latestOfFair(fairId: string, m: EntityManager): Promise<{ version: number; snapshot: PublicFair } | null> {
    const [row] = await m.query('SELECT version, snapshot FROM releases WHERE fair_id = $1 ORDER BY version DESC LIMIT 1', [fairId]);
    return row ?? null;
  }

  async insert(r: { fairId: string; version: number; authorId: string | null; note: string | null; snapshot: PublicFair; changes: ReleaseChange[]; digest: string; publishedAt: Date }, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO releases (fair_id, version, author_id, note, snapshot, changes, digest, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [r.fairId, r.version, r.authorId, r.note, JSON.stringify(r.snapshot), JSON.stringify(r.changes), r.digest, r.publishedAt],
    );
    return id;
  }

  async history(fairId: string): Promise<ReleaseSummary[]> {
    const rows: (Omit<ReleaseSummary, 'publishedAt'> & { publishedAt: Date })[] = await this.db.query(
      `SELECT r.id, r.version, r.published_at AS "publishedAt", u.display_name AS "authorName", r.note, r.changes
       FROM releases r LEFT JOIN users u ON u.id = r.author_id WHERE r.fair_id = $1 ORDER BY r.version DESC`,
      [fairId],
    );
    return rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
  }

  /** The newest release of the fair with this address, and whether it is shown (公開中); fairs never released have none. */
  async latestBySlug(slug: string): Promise<{ id: string; digest: string; snapshot: PublicFair; visible: boolean } | null> {
    const [row] = await this.db.query(
      `SELECT r.id, r.digest, r.snapshot, f.visible FROM releases r JOIN fairs f ON f.id = r.fair_id WHERE f.slug = $1 AND f.status <> 'draft' ORDER BY r.version DESC LIMIT 1`,
      [slug],
    );
    return row ?? null;
  }

  /** Released fairs (not archived), by first day; the index page splits them into current/upcoming and past. */
  listing(): Promise<PublicFairListing[]> {
    return this.db.query(
      `SELECT DISTINCT ON (f.id) f.slug, r.snapshot->'fair'->>'title' AS title, r.snapshot->'fair'->>'titleEn' AS "titleEn", r.snapshot->'fair'->>'hostName' AS "hostName",
              r.snapshot->'days'->0->>'date' AS "firstDay", r.snapshot->'days'->-1->>'date' AS "lastDay", r.snapshot->'venue'->>'name' AS "venueName"
       FROM releases r JOIN fairs f ON f.id = r.fair_id
       WHERE f.visible AND f.status <> 'archived'
       ORDER BY f.id, r.version DESC`,
    ).then((rows: PublicFairListing[]) => rows.sort((a, b) => a.firstDay.localeCompare(b.firstDay)));
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
