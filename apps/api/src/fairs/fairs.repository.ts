import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Fair, FairDay, FairSummary, Venue } from '@bussanten/contracts';

const SUMMARY = `f.id, f.slug, f.title, f.title_en AS "titleEn", f.status,
  (SELECT min(d.date) FROM fair_days d WHERE d.fair_id = f.id) AS "firstDay",
  (SELECT max(d.date) FROM fair_days d WHERE d.fair_id = f.id) AS "lastDay",
  v.name AS "venueName", r.name AS "roomName"`;
const FROM = `FROM fairs f JOIN rooms r ON r.id = f.room_id JOIN venues v ON v.id = r.venue_id`;

// PostgreSQL's `time` comes back as 'HH:MM:SS'; the API speaks 'HH:MM'.
const hhmm = (t: string | null) => (t === null ? null : t.slice(0, 5));

@Injectable()
export class FairsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(hostId: string): Promise<FairSummary[]> {
    return this.db.query(`SELECT ${SUMMARY} ${FROM} WHERE f.host_id = $1 ORDER BY "firstDay" DESC NULLS LAST, f.title`, [hostId]);
  }

  async find(id: string, hostId: string): Promise<Fair | null> {
    const [row] = await this.db.query(
      `SELECT ${SUMMARY}, f.description, v.id AS "venueId", v.address, r.id AS "roomId",
              f.applications_open_at AS "applicationsOpenAt", f.applications_close_at AS "applicationsCloseAt", p.name AS programme
       ${FROM} LEFT JOIN programmes p ON p.id = f.programme_id WHERE f.id = $1 AND f.host_id = $2`,
      [id, hostId],
    );
    if (!row) return null;
    const days: FairDay[] = (await this.db.query('SELECT date, opens, closes FROM fair_days WHERE fair_id = $1 ORDER BY date', [id])).map(
      (d: FairDay) => ({ date: d.date, opens: hhmm(d.opens), closes: hhmm(d.closes) }),
    );
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      titleEn: row.titleEn,
      status: row.status,
      firstDay: row.firstDay,
      lastDay: row.lastDay,
      venueName: row.venueName,
      roomName: row.roomName,
      description: row.description,
      venue: { id: row.venueId, name: row.venueName, address: row.address },
      room: { id: row.roomId, name: row.roomName },
      days,
      applicationsOpenAt: row.applicationsOpenAt?.toISOString() ?? null,
      applicationsCloseAt: row.applicationsCloseAt?.toISOString() ?? null,
      programme: row.programme,
    };
  }

  async venues(hostId: string): Promise<Venue[]> {
    const rows: { id: string; name: string; address: string; roomId: string | null; roomName: string | null }[] = await this.db.query(
      `SELECT v.id, v.name, v.address, r.id AS "roomId", r.name AS "roomName"
       FROM venues v LEFT JOIN rooms r ON r.venue_id = v.id WHERE v.host_id = $1 ORDER BY v.name, r.name`,
      [hostId],
    );
    const byId = new Map<string, Venue>();
    for (const r of rows) {
      const venue = byId.get(r.id) ?? { id: r.id, name: r.name, address: r.address, rooms: [] };
      if (r.roomId) venue.rooms.push({ id: r.roomId, name: r.roomName ?? '' });
      byId.set(r.id, venue);
    }
    return [...byId.values()];
  }

  async roomOfHost(roomId: string, hostId: string, m: EntityManager): Promise<boolean> {
    const rows = await m.query('SELECT 1 FROM rooms r JOIN venues v ON v.id = r.venue_id WHERE r.id = $1 AND v.host_id = $2', [roomId, hostId]);
    return rows.length > 0;
  }

  async slugTaken(slug: string, m: EntityManager): Promise<boolean> {
    return (await m.query('SELECT 1 FROM fairs WHERE slug = $1', [slug])).length > 0;
  }

  async insert(
    hostId: string,
    f: { slug: string; title: string; titleEn: string | null; roomId: string; description: string | null; applicationsOpenAt: string | null; applicationsCloseAt: string | null },
    days: FairDay[],
    m: EntityManager,
  ): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO fairs (host_id, room_id, slug, title, title_en, description, applications_open_at, applications_close_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [hostId, f.roomId, f.slug, f.title, f.titleEn, f.description, f.applicationsOpenAt, f.applicationsCloseAt],
    );
    for (const d of days) {
      await m.query('INSERT INTO fair_days (fair_id, date, opens, closes) VALUES ($1, $2, $3, $4)', [id, d.date, d.opens, d.closes]);
    }
    return id;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
