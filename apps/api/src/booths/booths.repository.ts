import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Booth, BoothInput } from '@bussanten/contracts';

export const BOOTH_COLUMNS = `b.id, b.code, b.x::float8 AS x, b.y::float8 AS y, b.width::float8 AS width, b.depth::float8 AS depth,
  round(b.width * b.depth, 2)::float8 AS "areaM2", b.power_watts AS "powerWatts", b.fridge, b.freezer, b.water,
  b.cooking_allowed AS "cookingAllowed", b.tags, b.prime, b.zone`;

/** The booths of fairs' floor plans. */
@Injectable()
export class BoothsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(fairId: string, m: EntityManager = this.db.manager): Promise<Booth[]> {
    return m.query(`SELECT ${BOOTH_COLUMNS} FROM booths b WHERE b.fair_id = $1 ORDER BY b.code`, [fairId]);
  }

  async find(fairId: string, boothId: string, m: EntityManager = this.db.manager): Promise<Booth | null> {
    const [row] = await m.query(`SELECT ${BOOTH_COLUMNS} FROM booths b WHERE b.fair_id = $1 AND b.id = $2`, [fairId, boothId]);
    return row ?? null;
  }

  async isSample(fairId: string, hostId: string): Promise<boolean> {
    const [row] = await this.db.query('SELECT sample_plan FROM fairs WHERE id = $1 AND host_id = $2', [fairId, hostId]);
    return row?.sample_plan === true;
  }

  async insert(fairId: string, b: BoothInput, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO booths (fair_id, code, x, y, width, depth, power_watts, fridge, freezer, water, cooking_allowed, tags, prime, zone)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [fairId, b.code, b.x, b.y, b.width, b.depth, b.powerWatts, b.fridge, b.freezer, b.water, b.cookingAllowed, b.tags, b.prime ?? 0, b.zone ?? null],
    );
    return id;
  }

  /** `fairId` is the host-checked fair: a booth of another fair is left alone. */
  async update(fairId: string, boothId: string, b: BoothInput, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE booths SET code = $2, x = $3, y = $4, width = $5, depth = $6, power_watts = $7, fridge = $8, freezer = $9,
         water = $10, cooking_allowed = $11, tags = $12, prime = $13, zone = $15, updated_at = now() WHERE id = $1 AND fair_id = $14`,
      [boothId, b.code, b.x, b.y, b.width, b.depth, b.powerWatts, b.fridge, b.freezer, b.water, b.cookingAllowed, b.tags, b.prime ?? 0, fairId, b.zone ?? null],
    );
  }

  async delete(fairId: string, boothId: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM booths WHERE id = $1 AND fair_id = $2', [boothId, fairId]);
  }

  async appearanceCount(fairId: string, boothId: string, m: EntityManager): Promise<number> {
    const [row] = await m.query('SELECT count(*)::int AS n FROM appearances WHERE booth_id = $1 AND fair_id = $2', [boothId, fairId]);
    return row.n;
  }

  async holders(fairId: string, boothId: string, m: EntityManager): Promise<{ municipalityName: string; from: string; to: string }[]> {
    return m.query(
      `SELECT mu.name AS "municipalityName", ba.first_day AS "from", ba.last_day AS "to"
       FROM booth_assignments ba JOIN applications a ON a.id = ba.application_id JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE ba.booth_id = $1 AND ba.fair_id = $2 ORDER BY ba.first_day`,
      [boothId, fairId],
    );
  }

  /**
   * Locks the host's fair row, so two copies into the same fair do not interleave; false when the
   * fair is not the host's.
   */
  async lockFair(fairId: string, hostId: string, m: EntityManager): Promise<boolean> {
    const rows = await m.query('SELECT 1 FROM fairs WHERE id = $1 AND host_id = $2 FOR UPDATE', [fairId, hostId]);
    return rows.length > 0;
  }

  /** Copies every booth of one of the host's fairs' plan into another of its fairs; the copy is no longer a sample. */
  async copy(fromFairId: string, toFairId: string, hostId: string, m: EntityManager): Promise<number> {
    const rows = await m.query(
      `INSERT INTO booths (fair_id, code, x, y, width, depth, power_watts, fridge, freezer, water, cooking_allowed, tags, prime, zone)
       SELECT t.id, b.code, b.x, b.y, b.width, b.depth, b.power_watts, b.fridge, b.freezer, b.water, b.cooking_allowed, b.tags, b.prime, b.zone
       FROM booths b JOIN fairs f ON f.id = b.fair_id JOIN fairs t ON t.id = $2 AND t.host_id = $3
       WHERE b.fair_id = $1 AND f.host_id = $3
       RETURNING id`,
      [fromFairId, toFairId, hostId],
    );
    return rows.length;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
