import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppearanceStatus, ApplicationStatus } from '@bussanten/contracts';
import { LIVE_REPRESENTATIVE } from '../../mail/outbox.repository';

export interface AttendanceRow {
  applicationId: string;
  status: ApplicationStatus;
  municipalityId: string;
  municipalityName: string;
  municipalityNameEn: string | null;
  days: string[];
}

export interface HoldingRow {
  id: string;
  applicationId: string;
  boothCode: string;
  from: string;
  to: string;
}

export interface VisitRow {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: AppearanceStatus;
  guestName: string;
  guestNameEn: string | null;
  /** The municipality that sends the guest, whose representatives hear about it; null for the host's own guests. */
  municipalityId: string | null;
  municipalityName: string | null;
  municipalityNameEn: string | null;
}

/**
 * The SQL of a fair's day change: what plans around the fair's days, and the cascade's writes. Every
 * query takes the fair the caller locked and checked for the host; rows of another fair are left alone.
 */
@Injectable()
export class DayChangesRepository {
  /** Applications with their days, locked so a representative's edit waits for the change. */
  attendances(fairId: string, m: EntityManager): Promise<AttendanceRow[]> {
    return m.query(
      `SELECT a.id AS "applicationId", a.status, mu.id AS "municipalityId", mu.name AS "municipalityName", mu.name_en AS "municipalityNameEn",
              ARRAY(SELECT to_char(d.date, 'YYYY-MM-DD') FROM application_days d WHERE d.application_id = a.id ORDER BY d.date) AS days
       FROM applications a JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE a.fair_id = $1 ORDER BY mu.reading, mu.name, a.id FOR UPDATE OF a`,
      [fairId],
    );
  }

  holdings(fairId: string, m: EntityManager): Promise<HoldingRow[]> {
    return m.query(
      `SELECT ba.id, ba.application_id AS "applicationId", b.code AS "boothCode", to_char(ba.first_day, 'YYYY-MM-DD') AS "from", to_char(ba.last_day, 'YYYY-MM-DD') AS "to"
       FROM booth_assignments ba JOIN booths b ON b.id = ba.booth_id WHERE ba.fair_id = $1 ORDER BY b.code, ba.first_day FOR UPDATE OF ba`,
      [fairId],
    );
  }

  /** Visits that are not cancelled. */
  visits(fairId: string, m: EntityManager): Promise<VisitRow[]> {
    return m.query(
      `SELECT a.id, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.status, g.name AS "guestName", g.name_en AS "guestNameEn",
              mu.id AS "municipalityId", mu.name AS "municipalityName", mu.name_en AS "municipalityNameEn"
       FROM appearances a JOIN guests g ON g.id = a.guest_id LEFT JOIN municipalities mu ON mu.id = g.owner_municipality_id
       WHERE a.fair_id = $1 AND a.status <> 'cancelled' ORDER BY a.starts_at, g.name FOR UPDATE OF a`,
      [fairId],
    );
  }

  async dropDays(fairId: string, applicationId: string, dates: string[], m: EntityManager): Promise<void> {
    await m.query('DELETE FROM application_days WHERE fair_id = $1 AND application_id = $2 AND date = ANY($3::date[])', [fairId, applicationId, dates]);
  }

  /**
   * The holding becomes `pieces`: the first piece in its own row, the others as new rows with the
   * same booth, pin and override; none deletes it. Each piece lies inside the old range, so the
   * exclusion constraints (one holder per booth and day, one booth per application and day) still hold.
   */
  async splitHolding(fairId: string, id: string, pieces: { from: string; to: string }[], m: EntityManager): Promise<void> {
    const [first, ...rest] = pieces;
    if (!first) {
      await m.query('DELETE FROM booth_assignments WHERE id = $1 AND fair_id = $2', [id, fairId]);
      return;
    }
    await m.query('UPDATE booth_assignments SET first_day = $3, last_day = $4 WHERE id = $1 AND fair_id = $2', [id, fairId, first.from, first.to]);
    for (const p of rest) {
      await m.query(
        `INSERT INTO booth_assignments (fair_id, booth_id, application_id, first_day, last_day, overridden, pinned, created_by, created_by_text)
         SELECT fair_id, booth_id, application_id, $3, $4, overridden, pinned, created_by, created_by_text FROM booth_assignments WHERE id = $1 AND fair_id = $2`,
        [id, fairId, p.from, p.to],
      );
    }
  }

  async cancelVisits(fairId: string, ids: string[], m: EntityManager): Promise<void> {
    await m.query(`UPDATE appearances SET status = 'cancelled', updated_at = now() WHERE fair_id = $1 AND id = ANY($2::uuid[])`, [fairId, ids]);
  }

  /** The host's live representatives of each municipality, one row per person and municipality. */
  representatives(hostId: string, municipalityIds: string[], m: EntityManager): Promise<{ email: string; municipalityId: string }[]> {
    return m.query(
      `SELECT DISTINCT u.email, ms.municipality_id AS "municipalityId" FROM memberships ms JOIN users u ON u.id = ms.user_id
       WHERE ms.host_id = $1 AND ms.municipality_id = ANY($2::uuid[]) AND ${LIVE_REPRESENTATIVE} ORDER BY u.email`,
      [hostId, municipalityIds],
    );
  }
}
