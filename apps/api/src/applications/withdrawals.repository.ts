import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApplicationStatus, FairWithdrawal, HeldBooth } from '@bussanten/contracts';

/**
 * Whether the public page still lists the application's municipality (`a` joined with its fair `f`):
 * the fair is visible and its latest release names the municipality as an exhibitor. A withdrawal
 * changes no release, so this stays true until the organizers publish again.
 */
const STILL_PUBLIC = `(f.visible AND EXISTS (
  SELECT 1 FROM releases r WHERE r.fair_id = f.id
    AND r.version = (SELECT max(r2.version) FROM releases r2 WHERE r2.fair_id = f.id)
    AND r.snapshot->'exhibitors' @> jsonb_build_array(jsonb_build_object('id', a.municipality_id::text))))`;

/** A holding as the application's history records it ('A1 2023-02-17–2023-02-21'), the same text an organizer's unassignment writes. */
export const heldBoothText = (b: HeldBooth): string => `${b.code} ${b.from}–${b.to}`;

function heldBoothOf(text: string): HeldBooth | null {
  const m = /^(.+) (\d{4}-\d{2}-\d{2})–(\d{4}-\d{2}-\d{2})$/.exec(text);
  return m ? { code: m[1], from: m[2], to: m[3] } : null;
}

interface WithdrawalRow {
  applicationId: string;
  municipalityId: string;
  municipalityName: string;
  municipalityNameEn: string | null;
  status: 'withdrawn' | 'declined';
  withdrawnAt: Date;
  withdrawnBy: string | null;
  previousStatus: ApplicationStatus | null;
  freed: string[];
  stillPublic: boolean;
}

/** The SQL behind a withdrawal's notice to the organizers and their list of withdrawals; every read carries the host. */
@Injectable()
export class WithdrawalsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The booths an application holds now, read before the withdrawal releases them. */
  heldBooths(applicationId: string, fairId: string, m: EntityManager): Promise<HeldBooth[]> {
    return m.query(
      `SELECT b.code, to_char(ba.first_day, 'YYYY-MM-DD') AS "from", to_char(ba.last_day, 'YYYY-MM-DD') AS "to"
       FROM booth_assignments ba JOIN booths b ON b.id = ba.booth_id
       WHERE ba.application_id = $1 AND ba.fair_id = $2 ORDER BY ba.first_day, b.code`,
      [applicationId, fairId],
    );
  }

  /** What the organizers' notice names: the fair, the municipality, and whether the public page still lists it. */
  async noticeFacts(
    applicationId: string,
    hostId: string,
    m: EntityManager,
  ): Promise<{
    fairId: string;
    fairTitle: string;
    fairTitleEn: string | null;
    municipalityName: string;
    municipalityNameEn: string | null;
    stillPublic: boolean;
  }> {
    const [row] = await m.query(
      `SELECT f.id AS "fairId", f.title AS "fairTitle", f.title_en AS "fairTitleEn", mu.name AS "municipalityName", mu.name_en AS "municipalityNameEn",
              ${STILL_PUBLIC} AS "stillPublic"
       FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE a.id = $1 AND f.host_id = $2`,
      [applicationId, hostId],
    );
    return row;
  }

  /**
   * The fair's withdrawn and declined applications, newest withdrawal first. The booths freed are the
   * 'unassigned' events the withdrawal recorded in its own transaction (same `at`, same actor); the
   * status before it is the one its audit entry records (the seed's and imported applications have
   * no event for how they got their status). An imported application withdrawn at its source has no
   * withdrawal event: its last change stands in for the time.
   */
  async list(fairId: string, hostId: string): Promise<FairWithdrawal[]> {
    const rows: WithdrawalRow[] = await this.db.query(
      `SELECT a.id AS "applicationId", mu.id AS "municipalityId", mu.name AS "municipalityName", mu.name_en AS "municipalityNameEn", a.status,
              coalesce(w.at, a.updated_at) AS "withdrawnAt", coalesce(u.display_name, w.actor_text) AS "withdrawnBy",
              (SELECT al.changes->'status'->>'before' FROM audit_log al WHERE al.host_id = f.host_id AND al.action IN ('application.withdrawn', 'application.declined')
               AND al.entity_type = 'application' AND al.entity_id = a.id::text ORDER BY al.at DESC LIMIT 1) AS "previousStatus",
              ARRAY(SELECT x.message FROM application_events x WHERE x.application_id = a.id AND x.action = 'unassigned'
                    AND x.at = w.at AND x.actor_id IS NOT DISTINCT FROM w.actor_id AND x.message IS NOT NULL ORDER BY x.id) AS freed,
              ${STILL_PUBLIC} AS "stillPublic"
       FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities mu ON mu.id = a.municipality_id
       LEFT JOIN LATERAL (SELECT e.id, e.at, e.actor_id, e.actor_text FROM application_events e
                          WHERE e.application_id = a.id AND e.action IN ('withdrawn', 'declined') ORDER BY e.id DESC LIMIT 1) w ON true
       LEFT JOIN users u ON u.id = w.actor_id
       WHERE a.fair_id = $1 AND f.host_id = $2 AND a.status IN ('withdrawn', 'declined')
       ORDER BY "withdrawnAt" DESC, a.id`,
      [fairId, hostId],
    );
    return rows.map((r) => ({
      applicationId: r.applicationId,
      municipality: { id: r.municipalityId, name: r.municipalityName, nameEn: r.municipalityNameEn },
      status: r.status,
      withdrawnAt: r.withdrawnAt.toISOString(),
      withdrawnBy: r.withdrawnBy,
      previousStatus: r.previousStatus,
      boothsFreed: r.freed.map(heldBoothOf).filter((b): b is HeldBooth => b !== null),
      stillPublic: r.stillPublic,
    }));
  }
}
