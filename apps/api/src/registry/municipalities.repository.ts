import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AgreementKind, MunicipalitySort } from '@bussanten/contracts';
import { MunicipalityEntity } from './entities';

export type MunicipalityRow = Omit<MunicipalityEntity, 'searchText'> & {
  agreementKinds: AgreementKind[];
  firstAgreementYear: number | null;
};

export interface MunicipalitySearch {
  /** Agreements are the host's own: the aggregates and the kind filter see only those. */
  hostId: string;
  /** Already folded with foldForSearch. */
  text?: string;
  prefectureCode?: number;
  agreementKind?: AgreementKind;
  /** Only the host's agreement parties. */
  partnersOnly?: boolean;
  sort: MunicipalitySort;
  limit: number;
  offset: number;
}

export interface PartyAgreementRow {
  id: string;
  kind: AgreementKind;
  title: string;
  signedOn: string | null;
  signedYear: number | null;
  occasion: string | null;
  explanation: string | null;
  partyCount: number;
  activities: string[];
}

// Sort keys are whitelisted here, never taken from the request as SQL. Ties break by reading then id
// so pages are stable. `COLLATE "C"` orders kana by code point (五十音順) whatever the server locale.
const ORDER_BY: Record<MunicipalitySort, string> = {
  name: 'm.reading COLLATE "C" ASC',
  '-name': 'm.reading COLLATE "C" DESC',
  population: 'm.population ASC NULLS LAST',
  '-population': 'm.population DESC NULLS LAST',
  area: 'm.area_km2 ASC NULLS LAST',
  '-area': 'm.area_km2 DESC NULLS LAST',
  year: 'agg.first_year ASC NULLS LAST',
  '-year': 'agg.first_year DESC NULLS LAST',
};

const AGGREGATE_SORTS: ReadonlySet<MunicipalitySort> = new Set(['year', '-year']);

const ROW_COLUMNS = `
  m.id, m.name, m.reading, m.name_en AS "nameEn", m.prefecture_code AS "prefectureCode", m.kind,
  m.local_government_code AS "localGovernmentCode", m.listed, m.population, m.population_as_of AS "populationAsOf",
  m.population_source AS "populationSource", m.area_km2::float8 AS "areaKm2", m.area_as_of AS "areaAsOf", m.area_source AS "areaSource",
  m.website, m.notes, m.created_at AS "createdAt", m.updated_at AS "updatedAt",
  coalesce(agg.kinds, '{}') AS "agreementKinds", agg.first_year AS "firstAgreementYear"`;

const AGGREGATE = `
  LEFT JOIN LATERAL (
    SELECT array_agg(DISTINCT a.kind ORDER BY a.kind) AS kinds, min(a.signed_year) AS first_year
    FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id
    WHERE p.municipality_id = m.id AND ($1::uuid IS NULL OR a.host_id = $1)
  ) agg ON true`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class MunicipalitiesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(s: MunicipalitySearch): Promise<{ rows: MunicipalityRow[]; total: number }> {
    // $1 is always the host: the aggregates and the kind filter read it.
    const where: string[] = ['$1::uuid IS NOT NULL'];
    const params: unknown[] = [s.hostId];
    if (s.text) {
      params.push(`%${escapeLike(s.text)}%`);
      where.push(`m.search_text LIKE $${params.length}`);
    }
    if (s.prefectureCode) {
      params.push(s.prefectureCode);
      where.push(`m.prefecture_code = $${params.length}`);
    }
    if (s.agreementKind) {
      params.push(s.agreementKind);
      where.push(`EXISTS (SELECT 1 FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id
                          WHERE p.municipality_id = m.id AND a.host_id = $1 AND a.kind = $${params.length})`);
    }
    if (s.partnersOnly) {
      where.push(`EXISTS (SELECT 1 FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id
                          WHERE p.municipality_id = m.id AND a.host_id = $1)`);
    }
    const whereSql = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM municipalities m ${whereSql}`, params);
    const order = `${ORDER_BY[s.sort]}, m.reading COLLATE "C", m.id`;
    const page = `LIMIT $${params.length + 1} OFFSET $${params.length + 2}`;
    // Sorted by the municipality's own columns, the page is picked first (from ix_municipalities_reading
    // for the default order) and only its rows are aggregated; sorted by year, every row's aggregate is needed.
    const sql = AGGREGATE_SORTS.has(s.sort)
      ? `SELECT ${ROW_COLUMNS} FROM municipalities m ${AGGREGATE} ${whereSql} ORDER BY ${order} ${page}`
      : `SELECT ${ROW_COLUMNS} FROM (SELECT * FROM municipalities m ${whereSql} ORDER BY ${order} ${page}) m ${AGGREGATE} ORDER BY ${order}`;
    const rows: MunicipalityRow[] = await this.db.query(sql, [...params, s.limit, s.offset]);
    return { rows, total };
  }

  /** With hostId null the aggregates cover every host's agreements (a representative's own view). */
  async findRow(id: string, hostId: string | null): Promise<MunicipalityRow | null> {
    const [row] = await this.db.query(`SELECT ${ROW_COLUMNS} FROM municipalities m ${AGGREGATE} WHERE m.id = $2`, [hostId, id]);
    return row ?? null;
  }

  findEntity(id: string, manager: EntityManager = this.db.manager, options: { lock?: boolean } = {}): Promise<MunicipalityEntity | null> {
    return manager.findOne(MunicipalityEntity, { where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** The agreements a municipality is party to, as seen from that party. */
  agreementsOf(id: string, hostId: string | null): Promise<PartyAgreementRow[]> {
    return this.db.query(
      `SELECT a.id, a.kind, a.title, a.signed_on AS "signedOn", a.signed_year AS "signedYear", a.occasion,
              a.explanation, p.activities,
              (SELECT count(*)::int FROM agreement_parties x WHERE x.agreement_id = a.id) AS "partyCount"
       FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id
       WHERE p.municipality_id = $1 AND ($2::uuid IS NULL OR a.host_id = $2)
       ORDER BY a.signed_year ASC NULLS LAST, a.title`,
      [id, hostId],
    );
  }

  existsByPrefectureAndName(prefectureCode: number, name: string, exceptId: string | null, manager: EntityManager): Promise<boolean> {
    return manager
      .createQueryBuilder(MunicipalityEntity, 'm')
      .where('m.prefecture_code = :prefectureCode AND m.name = :name', { prefectureCode, name })
      .andWhere(exceptId ? 'm.id <> :exceptId' : 'true', { exceptId })
      .getExists();
  }

  save(entity: MunicipalityEntity, manager: EntityManager): Promise<MunicipalityEntity> {
    return manager.save(MunicipalityEntity, entity);
  }

  /** Agreements that name this municipality as a party; locks them so a concurrent new party cannot slip in. */
  blockingAgreements(id: string, manager: EntityManager): Promise<{ id: string; title: string; hostId: string }[]> {
    return manager.query(
      `SELECT a.id, a.title, a.host_id AS "hostId" FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id
       WHERE p.municipality_id = $1 ORDER BY a.title FOR SHARE OF p`,
      [id],
    );
  }

  /** Rows that keep a municipality in place (their foreign keys are ON DELETE RESTRICT), besides agreements. */
  async dependents(id: string, manager: EntityManager): Promise<{ applications: number; accounts: number; guests: number }> {
    const [row] = await manager.query(
      `SELECT (SELECT count(*)::int FROM applications WHERE municipality_id = $1) AS applications,
              (SELECT count(*)::int FROM memberships WHERE municipality_id = $1) AS accounts,
              (SELECT count(*)::int FROM guests WHERE owner_municipality_id = $1) AS guests`,
      [id],
    );
    return row;
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.delete(MunicipalityEntity, { id });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
