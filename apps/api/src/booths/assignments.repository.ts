import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApplicationStatus, Assignment, BoothNeedsInput } from '@bussanten/contracts';

export const ASSIGNMENT_COLUMNS = `ba.id, ba.application_id AS "applicationId", ba.booth_id AS "boothId", b.code AS "boothCode",
  ba.first_day AS "from", ba.last_day AS "to", ba.overridden, ba.pinned, mu.name AS "municipalityName"`;
const ASSIGNMENT_FROM = `FROM booth_assignments ba JOIN booths b ON b.id = ba.booth_id
  JOIN applications a ON a.id = ba.application_id JOIN municipalities mu ON mu.id = a.municipality_id`;

/** What placing an application needs to know about it. */
export interface PlacementFacts {
  id: string;
  fairId: string;
  fairTitle: string;
  hostId: string;
  status: ApplicationStatus;
  municipalityName: string;
  municipalityId: string;
  needs: BoothNeedsInput;
  days: string[];
}

/** Booth assignments: who holds which booth on which days. */
@Injectable()
export class AssignmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  listForFair(fairId: string, m: EntityManager = this.db.manager): Promise<Assignment[]> {
    return m.query(`SELECT ${ASSIGNMENT_COLUMNS} ${ASSIGNMENT_FROM} WHERE ba.fair_id = $1 ORDER BY b.code, ba.first_day`, [fairId]);
  }

  /** An assignment of one of the host's fairs (another host's id is not found). */
  async find(id: string, hostId: string, m: EntityManager = this.db.manager): Promise<(Assignment & { fairId: string }) | null> {
    const [row] = await m.query(
      `SELECT ${ASSIGNMENT_COLUMNS}, ba.fair_id AS "fairId" ${ASSIGNMENT_FROM} JOIN fairs f ON f.id = ba.fair_id WHERE ba.id = $1 AND f.host_id = $2`,
      [id, hostId],
    );
    return row ?? null;
  }

  /** The application with its needs and days, if it belongs to a fair of the host. */
  async placementFacts(applicationId: string, hostId: string, m: EntityManager): Promise<PlacementFacts | null> {
    const [row] = await m.query(
      `SELECT a.id, a.fair_id AS "fairId", f.title AS "fairTitle", f.host_id AS "hostId", a.status, mu.name AS "municipalityName", mu.id AS "municipalityId",
              json_build_object('minAreaM2', a.min_area_m2::float8, 'powerWatts', a.power_watts, 'fridge', a.fridge, 'freezer', a.freezer, 'water', a.water, 'cooking', a.cooking) AS needs,
              ARRAY(SELECT to_char(d.date, 'YYYY-MM-DD') FROM application_days d WHERE d.application_id = a.id ORDER BY d.date) AS days
       FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE a.id = $1 AND f.host_id = $2`,
      [applicationId, hostId],
    );
    return row ?? null;
  }

  /**
   * Holders of the booth (of the host-checked fair `fairId`) on days overlapping from..to, other
   * than `exceptId` (the assignment being moved).
   */
  overlapping(fairId: string, boothId: string, from: string, to: string, exceptId: string | null, m: EntityManager): Promise<Assignment[]> {
    return m.query(
      `SELECT ${ASSIGNMENT_COLUMNS} ${ASSIGNMENT_FROM}
       WHERE ba.booth_id = $1 AND b.fair_id = $5 AND daterange(ba.first_day, ba.last_day, '[]') && daterange($2::date, $3::date, '[]') AND ba.id IS DISTINCT FROM $4
       ORDER BY ba.first_day`,
      [boothId, from, to, exceptId, fairId],
    );
  }

  async insert(
    a: { fairId: string; boothId: string; applicationId: string; from: string; to: string; overridden: boolean; createdBy: string },
    m: EntityManager,
  ): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO booth_assignments (fair_id, booth_id, application_id, first_day, last_day, overridden, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [a.fairId, a.boothId, a.applicationId, a.from, a.to, a.overridden, a.createdBy],
    );
    return id;
  }

  /** The writes below take the host-checked fair (from `find` or `placementFacts`): an assignment of another fair is left alone. */
  async move(id: string, fairId: string, a: { boothId: string; from: string; to: string; overridden: boolean }, m: EntityManager): Promise<void> {
    await m.query('UPDATE booth_assignments SET booth_id = $2, first_day = $3, last_day = $4, overridden = $5 WHERE id = $1 AND fair_id = $6', [
      id,
      a.boothId,
      a.from,
      a.to,
      a.overridden,
      fairId,
    ]);
  }

  async setPinned(id: string, fairId: string, pinned: boolean, m: EntityManager): Promise<void> {
    await m.query('UPDATE booth_assignments SET pinned = $2 WHERE id = $1 AND fair_id = $3', [id, pinned, fairId]);
  }

  async delete(id: string, fairId: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM booth_assignments WHERE id = $1 AND fair_id = $2', [id, fairId]);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
