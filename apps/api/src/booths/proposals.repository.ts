import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { BoothNeedsInput } from '@bussanten/contracts';

/** An accepted application as the proposal sees it. */
export interface ProposalApplicationRow {
  id: string;
  municipalityName: string;
  prefectureCode: number;
  days: string[];
  needs: BoothNeedsInput;
  productCategories: string[];
  /** Titles of agreements with two or more party municipalities that it is a party to. */
  multiPartyAgreements: string[];
  /** Earlier fairs of the same host in which the municipality held a booth with prime > 0. */
  primeHistory: number;
  /** Its current holdings, first day first. */
  holdings: { assignmentId: string; boothId: string; from: string; to: string; pinned: boolean }[];
}

/** Reads what an automatic proposal needs about a fair; the solver itself is pure (libs/domain). */
@Injectable()
export class ProposalsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  acceptedApplications(fairId: string, hostId: string, m: EntityManager = this.db.manager): Promise<ProposalApplicationRow[]> {
    return m.query(
      `SELECT a.id, mu.name AS "municipalityName", mu.prefecture_code AS "prefectureCode",
              ARRAY(SELECT to_char(d.date, 'YYYY-MM-DD') FROM application_days d WHERE d.application_id = a.id ORDER BY d.date) AS days,
              json_build_object('minAreaM2', a.min_area_m2::float8, 'powerWatts', a.power_watts, 'fridge', a.fridge, 'freezer', a.freezer, 'water', a.water, 'cooking', a.cooking) AS needs,
              ARRAY(SELECT p->>'category' FROM jsonb_array_elements(a.products) p) AS "productCategories",
              ARRAY(SELECT ag.title FROM agreement_parties ap JOIN agreements ag ON ag.id = ap.agreement_id
                    WHERE ap.municipality_id = a.municipality_id AND ag.host_id = f.host_id
                      AND (SELECT count(*) FROM agreement_parties o WHERE o.agreement_id = ap.agreement_id) >= 2
                    ORDER BY ag.title) AS "multiPartyAgreements",
              (SELECT count(DISTINCT ea.fair_id)::int FROM applications ea
                 JOIN fairs ef ON ef.id = ea.fair_id
                 JOIN booth_assignments eba ON eba.application_id = ea.id
                 JOIN booths eb ON eb.id = eba.booth_id
               WHERE ea.municipality_id = a.municipality_id AND ef.host_id = f.host_id AND ef.id <> f.id
                 AND eb.prime > 0
                 AND (SELECT min(date) FROM fair_days WHERE fair_id = ef.id) < (SELECT min(date) FROM fair_days WHERE fair_id = f.id)) AS "primeHistory",
              COALESCE((SELECT json_agg(json_build_object('assignmentId', ba.id, 'boothId', ba.booth_id, 'from', ba.first_day, 'to', ba.last_day, 'pinned', ba.pinned)
                                ORDER BY ba.first_day)
                        FROM booth_assignments ba WHERE ba.application_id = a.id), '[]') AS holdings
       FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE a.fair_id = $1 AND f.host_id = $2 AND a.status = 'accepted'
       ORDER BY mu.reading, mu.name`,
      [fairId, hostId],
    );
  }

  /** Locks the fair's assignments against concurrent edits while a proposal is applied. */
  async lockAssignments(fairId: string, hostId: string, m: EntityManager): Promise<void> {
    await m.query('SELECT ba.id FROM booth_assignments ba JOIN fairs f ON f.id = ba.fair_id WHERE ba.fair_id = $1 AND f.host_id = $2 FOR UPDATE OF ba', [
      fairId,
      hostId,
    ]);
  }
}
