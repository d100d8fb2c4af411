import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppearanceStatus, GuestKind } from '@bussanten/contracts';

/** An appearance row with what lists, labels and the conflict rules need. */
export interface AppearanceRow {
  id: string;
  fairId: string;
  fairTitle: string;
  venueId: string;
  guestId: string;
  guestName: string;
  guestNameEn: string | null;
  guestKind: GuestKind;
  startsAt: Date;
  endsAt: Date;
  approximate: boolean;
  locationKind: 'booth' | 'stage' | 'venue';
  boothId: string | null;
  boothCode: string | null;
  stageId: string | null;
  stageName: string | null;
  locationKey: string;
  locationShared: boolean;
  status: AppearanceStatus;
  publicNote: string | null;
  /** The exhibitor holding the booth on the appearance's (Japan) day, for the label and the "away" warning. */
  boothHolder: string | null;
}

const ROW = `a.id, a.fair_id AS "fairId", f.title AS "fairTitle", r.venue_id AS "venueId", a.guest_id AS "guestId", g.name AS "guestName",
  g.name_en AS "guestNameEn", g.kind AS "guestKind", a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.approximate,
  a.location_kind AS "locationKind", a.booth_id AS "boothId", b.code AS "boothCode", a.stage_id AS "stageId", s.name AS "stageName",
  a.location_key AS "locationKey", a.location_shared AS "locationShared", a.status, a.public_note AS "publicNote",
  (SELECT mu.name FROM booth_assignments ba JOIN applications ap ON ap.id = ba.application_id JOIN municipalities mu ON mu.id = ap.municipality_id
    WHERE ba.booth_id = a.booth_id AND (a.starts_at AT TIME ZONE 'Asia/Tokyo')::date BETWEEN ba.first_day AND ba.last_day LIMIT 1) AS "boothHolder"`;
const FROM = `FROM appearances a JOIN fairs f ON f.id = a.fair_id JOIN rooms r ON r.id = f.room_id JOIN guests g ON g.id = a.guest_id
  LEFT JOIN booths b ON b.id = a.booth_id LEFT JOIN fair_stages s ON s.id = a.stage_id`;

export interface AppearanceValues {
  guestId: string;
  startsAt: Date;
  endsAt: Date;
  approximate: boolean;
  locationKind: 'booth' | 'stage' | 'venue';
  boothId: string | null;
  stageId: string | null;
  locationKey: string;
  locationShared: boolean;
  status: AppearanceStatus;
  publicNote: string | null;
}

/** Guest appearances, and what the conflict checks need to see around one. */
@Injectable()
export class AppearancesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  listForFair(fairId: string, m: EntityManager = this.db.manager): Promise<AppearanceRow[]> {
    return m.query(`SELECT ${ROW} ${FROM} WHERE a.fair_id = $1 ORDER BY a.starts_at, g.name`, [fairId]);
  }

  async find(id: string, hostId: string, m: EntityManager = this.db.manager): Promise<AppearanceRow | null> {
    const [row] = await m.query(`SELECT ${ROW} ${FROM} WHERE a.id = $1 AND f.host_id = $2`, [id, hostId]);
    return row ?? null;
  }

  /**
   * Active appearances that could clash: the same guest (at any fair of any host) within the travel
   * buffer, or the same place, around from..to.
   */
  around(guestId: string, locationKey: string, from: Date, to: Date, bufferMinutes: number, m: EntityManager): Promise<AppearanceRow[]> {
    return m.query(
      `SELECT ${ROW} ${FROM}
       WHERE a.status <> 'cancelled' AND (a.guest_id = $1 OR a.location_key = $2)
         AND a.starts_at < $4::timestamptz + make_interval(mins => $5) AND a.ends_at > $3::timestamptz - make_interval(mins => $5)`,
      [guestId, locationKey, from, to, bufferMinutes],
    );
  }

  /** Serialises all changes to one guest's schedule, so the travel-buffer rule (which no constraint can express) holds under races. */
  async lockGuest(guestId: string, m: EntityManager): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1::text, 0))', [guestId]);
  }

  /** Whether an accepted exhibitor holds the booth on the date (for the "exhibitor away" warning), and its name. */
  async boothHolder(fairId: string, boothId: string, date: string, m: EntityManager = this.db.manager): Promise<string | null> {
    const [row] = await m.query(
      `SELECT mu.name FROM booth_assignments ba JOIN applications ap ON ap.id = ba.application_id JOIN municipalities mu ON mu.id = ap.municipality_id
       WHERE ba.booth_id = $1 AND ba.fair_id = $3 AND $2::date BETWEEN ba.first_day AND ba.last_day`,
      [boothId, date, fairId],
    );
    return row?.name ?? null;
  }

  async insert(fairId: string, v: AppearanceValues, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO appearances (fair_id, guest_id, starts_at, ends_at, approximate, location_kind, booth_id, stage_id, location_key, location_shared, status, public_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [fairId, v.guestId, v.startsAt, v.endsAt, v.approximate, v.locationKind, v.boothId, v.stageId, v.locationKey, v.locationShared, v.status, v.publicNote],
    );
    return id;
  }

  /** `fairId` is the host-checked fair of the appearance (from `find`): one of another fair is left alone. */
  async update(id: string, fairId: string, v: AppearanceValues, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE appearances SET guest_id = $2, starts_at = $3, ends_at = $4, approximate = $5, location_kind = $6, booth_id = $7, stage_id = $8,
         location_key = $9, location_shared = $10, status = $11, public_note = $12, updated_at = now() WHERE id = $1 AND fair_id = $13`,
      [
        id,
        v.guestId,
        v.startsAt,
        v.endsAt,
        v.approximate,
        v.locationKind,
        v.boothId,
        v.stageId,
        v.locationKey,
        v.locationShared,
        v.status,
        v.publicNote,
        fairId,
      ],
    );
  }

  async delete(id: string, fairId: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM appearances WHERE id = $1 AND fair_id = $2', [id, fairId]);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
