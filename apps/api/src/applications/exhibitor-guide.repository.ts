import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ApplicationStatus, GuideBooth } from '@bussanten/contracts';
import type { Scope } from './applications.repository';

export interface GuideFacts {
  applicationId: string;
  status: ApplicationStatus;
  fairTitle: string;
  slug: string;
  uidDomain: string | null;
  venueName: string;
  roomName: string;
  address: string;
  widthM: number;
  depthM: number;
  closesAt: Date | null;
  /** A release exists and the fair is shown: its public page answers. */
  published: boolean;
  hostName: string;
  hostNameEn: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  contactNote: string | null;
  days: { date: string; opens: string | null; closes: string | null }[];
  attending: string[];
  holdings: { code: string; from: string; to: string }[];
  updatedAt: Date;
  /** How many events the application has had: grows with each change, the calendar's SEQUENCE. */
  changes: number;
}

/**
 * What a representative's application page shows beyond the application: the room's booths (codes
 * and positions only: nothing of who holds the others), the fair's days, the host's contact.
 */
@Injectable()
export class ExhibitorGuideRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The application in the representative's scope (its municipality, its membership's host), or null. */
  async facts(id: string, scope: Required<Scope>): Promise<GuideFacts | null> {
    const [row] = await this.db.query(
      `SELECT a.id AS "applicationId", a.status, f.title AS "fairTitle", f.slug, f.ical_uid_domain AS "uidDomain",
              v.name AS "venueName", r.name AS "roomName", concat(v.prefecture, v.city, v.address) AS address, r.width_m::float8 AS "widthM", r.depth_m::float8 AS "depthM",
              f.applications_close_at AS "closesAt",
              (f.visible AND f.status <> 'draft' AND EXISTS (SELECT 1 FROM releases rl WHERE rl.fair_id = f.id)) AS published,
              h.name AS "hostName", h.name_en AS "hostNameEn", h.contact_email AS "contactEmail", h.contact_phone AS "contactPhone",
              h.contact_note AS "contactNote",
              COALESCE((SELECT json_agg(json_build_object('date', d.date, 'opens', to_char(d.opens, 'HH24:MI'), 'closes', to_char(d.closes, 'HH24:MI')) ORDER BY d.date)
                FROM fair_days d WHERE d.fair_id = f.id), '[]') AS days,
              ARRAY(SELECT to_char(d.date, 'YYYY-MM-DD') FROM application_days d WHERE d.application_id = a.id ORDER BY d.date) AS attending,
              COALESCE((SELECT json_agg(json_build_object('code', b.code, 'from', ba.first_day, 'to', ba.last_day) ORDER BY ba.first_day, b.code)
                FROM booth_assignments ba JOIN booths b ON b.id = ba.booth_id WHERE ba.application_id = a.id AND ba.fair_id = f.id), '[]') AS holdings,
              a.updated_at AS "updatedAt",
              (SELECT count(*)::int FROM application_events e WHERE e.application_id = a.id) AS changes
       FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN hosts h ON h.id = f.host_id
       JOIN rooms r ON r.id = f.room_id JOIN venues v ON v.id = r.venue_id
       WHERE a.id = $1 AND f.host_id = $2 AND a.municipality_id = $3`,
      [id, scope.hostId, scope.municipalityId],
    );
    return row ?? null;
  }

  /** Every booth of the application's fair, marked when the application holds it on some day. */
  booths(id: string, scope: Required<Scope>): Promise<GuideBooth[]> {
    return this.db.query(
      `SELECT b.code, b.x::float8 AS x, b.y::float8 AS y, b.width::float8 AS width, b.depth::float8 AS depth,
              EXISTS (SELECT 1 FROM booth_assignments ba WHERE ba.booth_id = b.id AND ba.application_id = a.id) AS mine
       FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN booths b ON b.fair_id = f.id
       WHERE a.id = $1 AND f.host_id = $2 AND a.municipality_id = $3
       ORDER BY b.code`,
      [id, scope.hostId, scope.municipalityId],
    );
  }
}
