import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Fair, FairDay, FairDayInput, FairStatus, FairSummary, RoomInput, Venue, VenueSummary } from '@bussanten/contracts';
import { japaneseHoliday } from '@bussanten/domain';

const SUMMARY = `f.id, f.slug, f.title, f.title_en AS "titleEn", f.status, f.visible,
  (SELECT max(rl.version) FROM releases rl WHERE rl.fair_id = f.id) AS "releasedVersion",
  (SELECT min(d.date) FROM fair_days d WHERE d.fair_id = f.id) AS "firstDay",
  (SELECT max(d.date) FROM fair_days d WHERE d.fair_id = f.id) AS "lastDay",
  v.name AS "venueName", r.name AS "roomName"`;
const FROM = `FROM fairs f JOIN rooms r ON r.id = f.room_id JOIN venues v ON v.id = r.venue_id`;

// PostgreSQL's `time` comes back as 'HH:MM:SS'; the API speaks 'HH:MM'.
const hhmm = (t: string | null) => (t === null ? null : t.slice(0, 5));

/** A venue's own columns, trimmed, empty parts null. */
export interface VenueValues {
  name: string;
  postalCode: string | null;
  prefecture: string | null;
  city: string | null;
  address: string;
}

@Injectable()
export class FairsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(hostId: string): Promise<FairSummary[]> {
    return this.db.query(`SELECT ${SUMMARY} ${FROM} WHERE f.host_id = $1 ORDER BY "firstDay" DESC NULLS LAST, f.title`, [hostId]);
  }

  async find(id: string, hostId: string, m: EntityManager = this.db.manager): Promise<Fair | null> {
    const [row] = await m.query(
      `SELECT ${SUMMARY}, f.description, v.id AS "venueId", v.postal_code AS "postalCode", v.prefecture, v.city, v.address, r.id AS "roomId", r.width_m AS "widthM", r.depth_m AS "depthM",
              f.applications_open_at AS "applicationsOpenAt", f.applications_close_at AS "applicationsCloseAt", p.name AS programme
       ${FROM} LEFT JOIN programmes p ON p.id = f.programme_id WHERE f.id = $1 AND f.host_id = $2`,
      [id, hostId],
    );
    if (!row) return null;
    const days: FairDay[] = (await m.query('SELECT date, opens, closes FROM fair_days WHERE fair_id = $1 ORDER BY date', [id])).map((d: FairDayInput) => ({
      date: d.date,
      opens: hhmm(d.opens),
      closes: hhmm(d.closes),
      holiday: japaneseHoliday(d.date),
    }));
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      titleEn: row.titleEn,
      status: row.status,
      visible: row.visible,
      releasedVersion: row.releasedVersion,
      firstDay: row.firstDay,
      lastDay: row.lastDay,
      venueName: row.venueName,
      roomName: row.roomName,
      description: row.description,
      venue: { id: row.venueId, name: row.venueName, postalCode: row.postalCode, prefecture: row.prefecture, city: row.city, address: row.address },
      room: { id: row.roomId, name: row.roomName, widthM: Number(row.widthM), depthM: Number(row.depthM) },
      days,
      applicationsOpenAt: row.applicationsOpenAt?.toISOString() ?? null,
      applicationsCloseAt: row.applicationsCloseAt?.toISOString() ?? null,
      programme: row.programme,
    };
  }

  async venues(hostId: string): Promise<Venue[]> {
    const rows: (VenueSummary & { roomId: string | null; roomName: string | null; widthM: string; depthM: string })[] = await this.db.query(
      `SELECT v.id, v.name, v.postal_code AS "postalCode", v.prefecture, v.city, v.address, r.id AS "roomId", r.name AS "roomName", r.width_m AS "widthM", r.depth_m AS "depthM"
       FROM venues v LEFT JOIN rooms r ON r.venue_id = v.id WHERE v.host_id = $1 ORDER BY v.name, r.name`,
      [hostId],
    );
    const byId = new Map<string, Venue>();
    for (const r of rows) {
      const venue = byId.get(r.id) ?? {
        id: r.id,
        name: r.name,
        postalCode: r.postalCode,
        prefecture: r.prefecture,
        city: r.city,
        address: r.address,
        rooms: [],
      };
      if (r.roomId) venue.rooms.push({ id: r.roomId, name: r.roomName ?? '', widthM: Number(r.widthM), depthM: Number(r.depthM) });
      byId.set(r.id, venue);
    }
    return [...byId.values()];
  }

  async roomOfHost(roomId: string, hostId: string, m: EntityManager): Promise<boolean> {
    const rows = await m.query('SELECT 1 FROM rooms r JOIN venues v ON v.id = r.venue_id WHERE r.id = $1 AND v.host_id = $2', [roomId, hostId]);
    return rows.length > 0;
  }

  async slugTaken(slug: string, except: string | null, m: EntityManager): Promise<boolean> {
    return (await m.query('SELECT 1 FROM fairs WHERE slug = $1 AND id IS DISTINCT FROM $2', [slug, except])).length > 0;
  }

  async insert(
    hostId: string,
    f: {
      slug: string;
      title: string;
      titleEn: string | null;
      roomId: string;
      description: string | null;
      applicationsOpenAt: string | null;
      applicationsCloseAt: string | null;
    },
    days: FairDayInput[],
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

  async update(
    id: string,
    hostId: string,
    f: {
      slug: string;
      title: string;
      titleEn: string | null;
      roomId: string;
      description: string | null;
      applicationsOpenAt: string | null;
      applicationsCloseAt: string | null;
    },
    m: EntityManager,
  ): Promise<void> {
    await m.query(
      `UPDATE fairs SET room_id = $2, slug = $3, title = $4, title_en = $5, description = $6, applications_open_at = $7, applications_close_at = $8, updated_at = now()
       WHERE id = $1 AND host_id = $9`,
      [id, f.roomId, f.slug, f.title, f.titleEn, f.description, f.applicationsOpenAt, f.applicationsCloseAt, hostId],
    );
  }

  /**
   * Brings the fair's days in line with `days`: new dates inserted, hours updated, missing dates
   * deleted. A day an application attends cannot be deleted (the foreign key RESTRICTs; the caller,
   * DayChangesService, names such applications or drops the day from them first).
   */
  async replaceDays(fairId: string, days: FairDayInput[], m: EntityManager): Promise<void> {
    await m.query('DELETE FROM fair_days WHERE fair_id = $1 AND NOT (date = ANY($2::date[]))', [fairId, days.map((d) => d.date)]);
    for (const d of days) {
      await m.query(
        `INSERT INTO fair_days (fair_id, date, opens, closes) VALUES ($1, $2, $3, $4)
         ON CONFLICT (fair_id, date) DO UPDATE SET opens = EXCLUDED.opens, closes = EXCLUDED.closes`,
        [fairId, d.date, d.opens, d.closes],
      );
    }
  }

  /** Locks the fair row for a status change or an edit, so two organizers do not interleave. */
  async lockStatus(id: string, hostId: string, m: EntityManager): Promise<FairStatus | null> {
    const [row] = await m.query('SELECT status FROM fairs WHERE id = $1 AND host_id = $2 FOR UPDATE', [id, hostId]);
    return row?.status ?? null;
  }

  async setStatus(id: string, hostId: string, status: FairStatus, m: EntityManager): Promise<void> {
    await m.query('UPDATE fairs SET status = $2, updated_at = now() WHERE id = $1 AND host_id = $3', [id, status, hostId]);
  }

  async contentCounts(id: string, m: EntityManager): Promise<{ applications: number; booths: number }> {
    const [row] = await m.query(
      `SELECT (SELECT count(*)::int FROM applications WHERE fair_id = $1) AS applications,
              (SELECT count(*)::int FROM booths WHERE fair_id = $1) AS booths`,
      [id],
    );
    return row;
  }

  async delete(id: string, hostId: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM fairs WHERE id = $1 AND host_id = $2', [id, hostId]);
  }

  async insertVenue(hostId: string, v: VenueValues, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query('INSERT INTO venues (host_id, name, address, postal_code, prefecture, city) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id', [
      hostId,
      v.name,
      v.address,
      v.postalCode,
      v.prefecture,
      v.city,
    ]);
    return id;
  }

  async updateVenue(id: string, hostId: string, v: VenueValues, m: EntityManager): Promise<boolean> {
    const rows = await m.query(
      'UPDATE venues SET name = $3, address = $4, postal_code = $5, prefecture = $6, city = $7 WHERE id = $1 AND host_id = $2 RETURNING id',
      [id, hostId, v.name, v.address, v.postalCode, v.prefecture, v.city],
    );
    return rows[0].length > 0;
  }

  async roomIdsOfVenue(venueId: string, hostId: string, m: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await m.query('SELECT r.id FROM rooms r JOIN venues v ON v.id = r.venue_id WHERE r.venue_id = $1 AND v.host_id = $2', [
      venueId,
      hostId,
    ]);
    return rows.map((r) => r.id);
  }

  /** Updates a room of the host's venue, or adds one to it; a venue of another host is left alone. */
  async upsertRoom(venueId: string, hostId: string, room: RoomInput, m: EntityManager): Promise<void> {
    if (room.id) {
      await m.query(
        `UPDATE rooms r SET name = $3, width_m = $4, depth_m = $5 FROM venues v
         WHERE r.id = $1 AND r.venue_id = $2 AND v.id = r.venue_id AND v.host_id = $6`,
        [room.id, venueId, room.name, room.widthM, room.depthM, hostId],
      );
    } else {
      await m.query(
        `INSERT INTO rooms (venue_id, name, width_m, depth_m)
         SELECT v.id, $2, $3, $4 FROM venues v WHERE v.id = $1 AND v.host_id = $5`,
        [venueId, room.name, room.widthM, room.depthM, hostId],
      );
    }
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
