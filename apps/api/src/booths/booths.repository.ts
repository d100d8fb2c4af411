import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Booth, BoothInput } from '@bussanten/contracts';

export const BOOTH_COLUMNS = `b.id, b.code, b.x::float8 AS x, b.y::float8 AS y, b.width::float8 AS width, b.depth::float8 AS depth,
  round(b.width * b.depth, 2)::float8 AS "areaM2", b.power_watts AS "powerWatts", b.fridge, b.freezer, b.water,
  b.cooking_allowed AS "cookingAllowed", b.tags, b.prime`;

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

  async isSample(fairId: string): Promise<boolean> {
    const [row] = await this.db.query('SELECT sample_plan FROM fairs WHERE id = $1', [fairId]);
    return row?.sample_plan === true;
  }

  async insert(fairId: string, b: BoothInput, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO booths (fair_id, code, x, y, width, depth, power_watts, fridge, freezer, water, cooking_allowed, tags, prime)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [fairId, b.code, b.x, b.y, b.width, b.depth, b.powerWatts, b.fridge, b.freezer, b.water, b.cookingAllowed, b.tags, b.prime ?? 0],
    );
    return id;
  }

  async update(boothId: string, b: BoothInput, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE booths SET code = $2, x = $3, y = $4, width = $5, depth = $6, power_watts = $7, fridge = $8, freezer = $9,
         water = $10, cooking_allowed = $11, tags = $12, prime = $13, updated_at = now() WHERE id = $1`,
      [boothId, b.code, b.x, b.y, b.width, b.depth, b.powerWatts, b.fridge, b.freezer, b.water, b.cookingAllowed, b.tags, b.prime ?? 0],
    );
  }

  async delete(boothId: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM booths WHERE id = $1', [boothId]);
  }

  async appearanceCount(boothId: string, m: EntityManager): Promise<number> {
    const [row] = await m.query('SELECT count(*)::int AS n FROM appearances WHERE booth_id = $1', [boothId]);
    return row.n;
  }

  async holders(boothId: string, m: EntityManager): Promise<{ municipalityName: string; from: string; to: string }[]> {
    return m.query(
      `SELECT mu.name AS "municipalityName", ba.first_day AS "from", ba.last_day AS "to"
       FROM booth_assignments ba JOIN applications a ON a.id = ba.application_id JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE ba.booth_id = $1 ORDER BY ba.first_day`,
      [boothId],
    );
  }

  /** Copies every booth of one fair's plan into another's; the copy is no longer a sample. */
  async copy(fromFairId: string, toFairId: string, m: EntityManager): Promise<number> {
    const rows = await m.query(
      `INSERT INTO booths (fair_id, code, x, y, width, depth, power_watts, fridge, freezer, water, cooking_allowed, tags, prime)
       SELECT $2, code, x, y, width, depth, power_watts, fridge, freezer, water, cooking_allowed, tags, prime FROM booths WHERE fair_id = $1
       RETURNING id`,
      [fromFairId, toFairId],
    );
    return rows.length;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
