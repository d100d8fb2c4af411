import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppearanceStatus, BoothNeedsInput, StaffMember } from '@bussanten/contracts';

/** A booth of the plan with who holds it on the day (the holder's columns null when nobody does). */
export interface DaySheetBoothRow {
  id: string;
  code: string;
  zone: string | null;
  x: number;
  y: number;
  width: number;
  depth: number;
  applicationId: string | null;
  municipalityName: string | null;
  prefectureCode: number | null;
  productNames: string[] | null;
  needs: BoothNeedsInput | null;
  staffCount: number | null;
  staff: StaffMember[] | null;
  loadsIn: boolean | null;
  loadInTime: string | null;
  vehicle: string | null;
}

/** A guest's visit on the day, times already in Japan time. */
export interface DaySheetVisitRow {
  id: string;
  start: string;
  end: string;
  approximate: boolean;
  status: Exclude<AppearanceStatus, 'cancelled'>;
  guestName: string;
  guestNameEn: string | null;
  locationKind: 'booth' | 'stage' | 'venue';
  boothCode: string | null;
  holder: string | null;
  stageName: string | null;
  stageNameEn: string | null;
}

/**
 * The SQL of the 当日シート: two reads for one day of a fair, each scoped to the host through the
 * fair (a fair of another host gives no rows). Days are Japan dates: the assignments' first and last
 * days are dates already, the visits' instants are read in Asia/Tokyo whatever the server's zone.
 */
@Injectable()
export class DaySheetRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every booth of the fair's plan, with the exhibitor holding it on `day` (an accepted application, at most one by the exclusion constraint). */
  booths(fairId: string, hostId: string, day: string): Promise<DaySheetBoothRow[]> {
    return this.db.query(
      `SELECT b.id, b.code, b.zone, b.x::float8 AS x, b.y::float8 AS y, b.width::float8 AS width, b.depth::float8 AS depth,
         a.id AS "applicationId", mu.name AS "municipalityName", mu.prefecture_code AS "prefectureCode",
         CASE WHEN a.id IS NULL THEN NULL ELSE ARRAY(SELECT p->>'name' FROM jsonb_array_elements(a.products) p) END AS "productNames",
         CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('minAreaM2', a.min_area_m2::float8, 'powerWatts', a.power_watts,
           'fridge', a.fridge, 'freezer', a.freezer, 'water', a.water, 'cooking', a.cooking) END AS needs,
         a.staff_count AS "staffCount", a.staff, CASE WHEN a.id IS NULL THEN NULL ELSE ba.first_day = $3::date END AS "loadsIn",
         to_char(a.load_in_time, 'HH24:MI') AS "loadInTime", a.vehicle
       FROM booths b
       JOIN fairs f ON f.id = b.fair_id
       LEFT JOIN booth_assignments ba ON ba.booth_id = b.id AND ba.fair_id = b.fair_id AND $3::date BETWEEN ba.first_day AND ba.last_day
       LEFT JOIN applications a ON a.id = ba.application_id AND a.fair_id = b.fair_id
       LEFT JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE b.fair_id = $1 AND f.host_id = $2
       ORDER BY b.code`,
      [fairId, hostId, day],
    );
  }

  /** The guests' visits on `day` (Japan), cancelled ones left out, in start order; a visit at a booth names who holds it then. */
  visits(fairId: string, hostId: string, day: string): Promise<DaySheetVisitRow[]> {
    return this.db.query(
      `SELECT ap.id, to_char(ap.starts_at AT TIME ZONE 'Asia/Tokyo', 'HH24:MI') AS start, to_char(ap.ends_at AT TIME ZONE 'Asia/Tokyo', 'HH24:MI') AS "end",
         ap.approximate, ap.status, g.name AS "guestName", g.name_en AS "guestNameEn", ap.location_kind AS "locationKind",
         b.code AS "boothCode", s.name AS "stageName", s.name_en AS "stageNameEn",
         (SELECT mu.name FROM booth_assignments ba JOIN applications a ON a.id = ba.application_id JOIN municipalities mu ON mu.id = a.municipality_id
           WHERE ba.booth_id = ap.booth_id AND ba.fair_id = ap.fair_id AND $3::date BETWEEN ba.first_day AND ba.last_day LIMIT 1) AS holder
       FROM appearances ap
       JOIN fairs f ON f.id = ap.fair_id
       JOIN guests g ON g.id = ap.guest_id
       LEFT JOIN booths b ON b.id = ap.booth_id
       LEFT JOIN fair_stages s ON s.id = ap.stage_id
       WHERE ap.fair_id = $1 AND f.host_id = $2 AND ap.status <> 'cancelled'
         AND ap.starts_at >= ($3::date)::timestamp AT TIME ZONE 'Asia/Tokyo'
         AND ap.starts_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo'
       ORDER BY ap.starts_at, g.name, ap.id`,
      [fairId, hostId, day],
    );
  }
}
