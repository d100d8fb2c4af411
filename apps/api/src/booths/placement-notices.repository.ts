import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { NoticePlacement } from '@bussanten/contracts';

/** An application a notice may be about: who it is, and whether it is still accepted. */
export interface NoticeApplication {
  id: string;
  municipalityId: string;
  municipalityName: string;
  municipalityNameEn: string | null;
  status: string;
}

/** The SQL of 「配置を通知」; every query is scoped to the host through the fair. */
@Injectable()
export class PlacementNoticesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The fair's latest notice: when, and what it told per application. */
  async last(
    fairId: string,
    hostId: string,
    m: EntityManager = this.db.manager,
  ): Promise<{ sentAt: Date; placements: Record<string, NoticePlacement[]> } | null> {
    const [row] = await m.query(
      `SELECT pn.sent_at AS "sentAt", pn.placements FROM placement_notices pn JOIN fairs f ON f.id = pn.fair_id
       WHERE pn.fair_id = $1 AND f.host_id = $2 ORDER BY pn.sent_at DESC, pn.id DESC LIMIT 1`,
      [fairId, hostId],
    );
    return row ?? null;
  }

  /** Every booth held now at the fair, by application. */
  current(fairId: string, hostId: string, m: EntityManager = this.db.manager): Promise<(NoticePlacement & { applicationId: string })[]> {
    return m.query(
      `SELECT ba.application_id AS "applicationId", b.code AS booth, to_char(ba.first_day, 'YYYY-MM-DD') AS "from", to_char(ba.last_day, 'YYYY-MM-DD') AS "to"
       FROM booth_assignments ba JOIN booths b ON b.id = ba.booth_id JOIN fairs f ON f.id = ba.fair_id
       WHERE ba.fair_id = $1 AND f.host_id = $2`,
      [fairId, hostId],
    );
  }

  applications(fairId: string, hostId: string, ids: string[], m: EntityManager = this.db.manager): Promise<NoticeApplication[]> {
    return m.query(
      `SELECT a.id, mu.id AS "municipalityId", mu.name AS "municipalityName", mu.name_en AS "municipalityNameEn", a.status
       FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE a.fair_id = $1 AND f.host_id = $2 AND a.id = ANY($3::uuid[])`,
      [fairId, hostId, ids],
    );
  }

  async insert(fairId: string, sentBy: string, placements: Record<string, NoticePlacement[]>, m: EntityManager): Promise<Date> {
    const [row] = await m.query(`INSERT INTO placement_notices (fair_id, sent_by, placements) VALUES ($1, $2, $3) RETURNING sent_at AS "sentAt"`, [
      fairId,
      sentBy,
      JSON.stringify(placements),
    ]);
    return row.sentAt;
  }
}
