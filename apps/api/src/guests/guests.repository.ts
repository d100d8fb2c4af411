import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Guest, GuestInput, Stage, StageInput } from '@bussanten/contracts';
import { PHOTO_URL_SQL } from './photo/photo.service';

const GUEST = `g.id, g.name, g.name_en AS "nameEn", g.kind, g.owner_municipality_id AS "ownerMunicipalityId", g.profile, g.profile_en AS "profileEn",
  g.contact, COALESCE(m.name, h.name) AS "ownerName",
  ${PHOTO_URL_SQL('g')} AS "photoUrl"`;
const FROM = `FROM guests g JOIN hosts h ON h.id = g.host_id LEFT JOIN municipalities m ON m.id = g.owner_municipality_id`;

/** Guests of a host and the stages of its fairs. */
@Injectable()
export class GuestsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(hostId: string): Promise<Guest[]> {
    return this.db.query(`SELECT ${GUEST} ${FROM} WHERE g.host_id = $1 ORDER BY g.name`, [hostId]);
  }

  async find(id: string, hostId: string, m: EntityManager = this.db.manager): Promise<(Guest & { travelBufferMinutes: number }) | null> {
    const [row] = await m.query(`SELECT ${GUEST}, g.travel_buffer_minutes AS "travelBufferMinutes" ${FROM} WHERE g.id = $1 AND g.host_id = $2`, [id, hostId]);
    return row ?? null;
  }

  async insert(hostId: string, g: GuestInput & { travelBufferMinutes?: number }, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO guests (host_id, name, name_en, kind, owner_municipality_id, profile, profile_en, contact, travel_buffer_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [hostId, g.name, g.nameEn, g.kind, g.ownerMunicipalityId, g.profile, g.profileEn, g.contact, g.travelBufferMinutes ?? 60],
    );
    return id;
  }

  async update(id: string, hostId: string, g: GuestInput & { travelBufferMinutes?: number }, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE guests SET name = $2, name_en = $3, kind = $4, owner_municipality_id = $5, profile = $6, profile_en = $7, contact = $8,
         travel_buffer_minutes = COALESCE($9, travel_buffer_minutes), updated_at = now() WHERE id = $1 AND host_id = $10`,
      [id, g.name, g.nameEn, g.kind, g.ownerMunicipalityId, g.profile, g.profileEn, g.contact, g.travelBufferMinutes ?? null, hostId],
    );
  }

  async appearanceCount(id: string, hostId: string, m: EntityManager): Promise<number> {
    return (
      await m.query('SELECT count(*)::int AS n FROM appearances a JOIN guests g ON g.id = a.guest_id WHERE a.guest_id = $1 AND g.host_id = $2', [id, hostId])
    )[0].n;
  }

  async photoKey(id: string, hostId: string, m: EntityManager): Promise<string | null> {
    return (await m.query('SELECT photo_key FROM guests WHERE id = $1 AND host_id = $2', [id, hostId]))[0]?.photo_key ?? null;
  }

  async delete(id: string, hostId: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM guests WHERE id = $1 AND host_id = $2', [id, hostId]);
  }

  async municipalityExists(id: string, m: EntityManager): Promise<boolean> {
    return (await m.query('SELECT 1 FROM municipalities WHERE id = $1', [id])).length > 0;
  }

  stages(fairId: string, m: EntityManager = this.db.manager): Promise<Stage[]> {
    return m.query('SELECT id, name, name_en AS "nameEn", shared FROM fair_stages WHERE fair_id = $1 ORDER BY name', [fairId]);
  }

  async insertStage(fairId: string, s: StageInput, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query('INSERT INTO fair_stages (fair_id, name, name_en, shared) VALUES ($1, $2, $3, $4) RETURNING id', [
      fairId,
      s.name,
      s.nameEn,
      s.shared,
    ]);
    return id;
  }

  /** `fairId` is the host-checked fair: a stage of another fair is left alone. */
  async updateStage(fairId: string, id: string, s: StageInput, m: EntityManager): Promise<void> {
    await m.query('UPDATE fair_stages SET name = $2, name_en = $3, shared = $4 WHERE id = $1 AND fair_id = $5', [id, s.name, s.nameEn, s.shared, fairId]);
    // Appearances copy the shared flag (the exclusion constraint cannot look it up): keep them in step.
    await m.query(`UPDATE appearances SET location_shared = $2 WHERE stage_id = $1 AND fair_id = $3`, [id, s.shared, fairId]);
  }

  async deleteStage(fairId: string, id: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM fair_stages WHERE id = $1 AND fair_id = $2', [id, fairId]);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
