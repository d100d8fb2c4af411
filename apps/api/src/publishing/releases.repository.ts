import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { RELEASE_CHANNEL } from './release-channel';
import type { StoredNotice } from './live-notices';
import type { PublicFair, PublicFairListing, ReleaseChange, ReleaseSummary } from '@bussanten/contracts';

/** Releases: inserted once, never changed; the public reads the newest of each fair. */
@Injectable()
export class ReleasesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async latestOfFair(fairId: string, hostId: string, m: EntityManager): Promise<{ version: number; snapshot: PublicFair } | null> {
    const [row] = await m.query(
      'SELECT r.version, r.snapshot FROM releases r JOIN fairs f ON f.id = r.fair_id WHERE r.fair_id = $1 AND f.host_id = $2 ORDER BY r.version DESC LIMIT 1',
      [fairId, hostId],
    );
    return row ?? null;
  }

  async insert(
    r: {
      fairId: string;
      version: number;
      authorId: string | null;
      note: string | null;
      snapshot: PublicFair;
      changes: ReleaseChange[];
      digest: string;
      publishedAt: Date;
    },
    m: EntityManager,
  ): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO releases (fair_id, version, author_id, note, snapshot, changes, digest, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [r.fairId, r.version, r.authorId, r.note, JSON.stringify(r.snapshot), JSON.stringify(r.changes), r.digest, r.publishedAt],
    );
    return id;
  }

  async history(fairId: string, hostId: string): Promise<ReleaseSummary[]> {
    const rows: (Omit<ReleaseSummary, 'publishedAt'> & { publishedAt: Date })[] = await this.db.query(
      `SELECT r.id, r.version, r.published_at AS "publishedAt", u.display_name AS "authorName", r.note, r.changes
       FROM releases r JOIN fairs f ON f.id = r.fair_id LEFT JOIN users u ON u.id = r.author_id WHERE r.fair_id = $1 AND f.host_id = $2 ORDER BY r.version DESC`,
      [fairId, hostId],
    );
    return rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
  }

  /**
   * The newest release of the fair with this address, whether it is shown (公開中), its iCal UID
   * domain and its host's embed origins (the widget's frame-ancestors; a change of them is announced
   * on the release channel too); fairs never released have none.
   */
  async latestBySlug(slug: string): Promise<{
    id: string;
    digest: string;
    snapshot: PublicFair;
    visible: boolean;
    uidDomain: string;
    embedOrigins: string[];
    notices: StoredNotice[];
  } | null> {
    const [row] = await this.db.query(
      `SELECT r.id, r.digest, r.snapshot, f.visible, f.ical_uid_domain AS "uidDomain", h.embed_origins AS "embedOrigins",
              COALESCE((SELECT json_agg(json_build_object('id', n.id, 'kind', n.kind, 'text', n.text, 'textEn', n.text_en, 'day', n.day::text,
                                 'closesAt', to_char(n.closes_at, 'HH24:MI'),
                                 'endsAt', to_char(n.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                 'postedAt', to_char(n.posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY n.posted_at DESC, n.id)
                        FROM fair_notices n WHERE n.fair_id = f.id AND n.host_id = f.host_id), '[]'::json) AS notices
       FROM releases r JOIN fairs f ON f.id = r.fair_id JOIN hosts h ON h.id = f.host_id
       WHERE f.slug = $1 AND f.status <> 'draft' ORDER BY r.version DESC LIMIT 1`,
      [slug],
    );
    return row ?? null;
  }

  /**
   * The fair's line on the public index, copied from the release just stored (in its transaction).
   * A release without days has nothing to list by, so it has no line.
   */
  async saveListing(fairId: string, version: number, s: PublicFair, m: EntityManager): Promise<void> {
    const days = s.days.map((d) => d.date).sort();
    if (!days.length) {
      await m.query('DELETE FROM public_listings WHERE fair_id = $1', [fairId]);
      return;
    }
    await m.query(
      `INSERT INTO public_listings (fair_id, version, title, title_en, host_name, host_name_en, venue_name, first_day, last_day) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (fair_id) DO UPDATE SET version = excluded.version, title = excluded.title, title_en = excluded.title_en, host_name = excluded.host_name,
         host_name_en = excluded.host_name_en, venue_name = excluded.venue_name, first_day = excluded.first_day, last_day = excluded.last_day`,
      [fairId, version, s.fair.title, s.fair.titleEn, s.fair.hostName, s.fair.hostNameEn ?? null, s.venue.name, days[0], days[days.length - 1]],
    );
  }

  /**
   * Fixes the domain of the fair's iCal UIDs at its first publication; later ones leave it, even if
   * PUBLIC_URL changes, so subscribed calendars never see an event twice. PUBLIC_URL's host when it
   * is set, else the install's id under .invalid: RFC 5545 wants UIDs unique worldwide, and a name
   * under .invalid (RFC 6761) belongs to no one, so it cannot clash with a real domain's UIDs.
   */
  async fixUidDomain(fairId: string, publicHost: string | null, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE fairs SET ical_uid_domain = COALESCE($2, (SELECT id::text || '.bussanten.invalid' FROM install)) WHERE id = $1 AND ical_uid_domain IS NULL`,
      [fairId, publicHost],
    );
  }

  /** Visible fairs' lines of the public index, by first day; the page splits them into current and ended. */
  listing(): Promise<PublicFairListing[]> {
    return this.db.query(
      `SELECT f.slug, l.title, l.title_en AS "titleEn", l.host_name AS "hostName", l.host_name_en AS "hostNameEn",
              l.first_day AS "firstDay", l.last_day AS "lastDay", l.venue_name AS "venueName"
       FROM public_listings l JOIN fairs f ON f.id = l.fair_id
       WHERE f.visible
       ORDER BY l.first_day, f.slug`,
    );
  }

  /** The fair's address and visibility, and whether it has a release to show, locked for a visibility change. */
  async lockVisibility(fairId: string, hostId: string, m: EntityManager): Promise<{ slug: string; visible: boolean; released: boolean } | null> {
    const [row] = await m.query(
      `SELECT slug, visible, EXISTS (SELECT 1 FROM releases r WHERE r.fair_id = f.id) AS released FROM fairs f WHERE id = $1 AND host_id = $2 FOR UPDATE`,
      [fairId, hostId],
    );
    return row ?? null;
  }

  /** Shows or hides the fair; whether it changed (it was not already so). */
  async setVisible(fairId: string, hostId: string, visible: boolean, m: EntityManager): Promise<boolean> {
    const changed: unknown[] = await m.query(
      `WITH changed AS (UPDATE fairs SET visible = $3, updated_at = now() WHERE id = $1 AND host_id = $2 AND visible <> $3 RETURNING id) SELECT id FROM changed`,
      [fairId, hostId, visible],
    );
    return changed.length > 0;
  }

  /** Delivered when the transaction commits: every API process drops the fair (and the index) from its caches. */
  async announce(slug: string, m: EntityManager): Promise<void> {
    await m.query('SELECT pg_notify($1, $2)', [RELEASE_CHANNEL, slug]);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
