import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { NoticeFair, NoticeKind } from '@bussanten/contracts';
import { RELEASE_CHANNEL } from '../publishing/release-channel';

/** A stored notice, as the service and the public feeds read it (dates and times as text, Japan time). */
export interface NoticeRow {
  id: string;
  fairId: string;
  kind: NoticeKind;
  text: string;
  textEn: string | null;
  day: string | null;
  closesAt: string | null;
  endsAt: string | null;
  postedBy: string;
  postedAt: string;
}

export interface NewNotice {
  kind: NoticeKind;
  text: string;
  textEn: string | null;
  day: string | null;
  closesAt: string | null;
  endsAt: string | null;
}

const COLUMNS = `n.id, n.fair_id AS "fairId", n.kind, n.text, n.text_en AS "textEn", n.day::text AS day,
  to_char(n.closes_at, 'HH24:MI') AS "closesAt", to_char(n.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "endsAt",
  COALESCE(u.display_name, '') AS "postedBy", to_char(n.posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "postedAt"`;

const FAIR_COLUMNS = `f.id, f.title, f.title_en AS "titleEn", f.slug, f.status,
  COALESCE((SELECT json_agg(json_build_object('date', d.date::text, 'opens', to_char(d.opens, 'HH24:MI'), 'closes', to_char(d.closes, 'HH24:MI')) ORDER BY d.date)
            FROM fair_days d WHERE d.fair_id = f.id), '[]'::json) AS days`;

/** Live notices: every query names the host, so no host reads or changes another's. */
@Injectable()
export class NoticesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The host's fairs (only these when a list is given), with their days, for the notice form. */
  async fairs(hostId: string, only: string[] | null): Promise<NoticeFair[]> {
    return this.db.query(
      `SELECT ${FAIR_COLUMNS} FROM fairs f WHERE f.host_id = $1 AND ($2::uuid[] IS NULL OR f.id = ANY($2::uuid[]))
       ORDER BY (SELECT min(d.date) FROM fair_days d WHERE d.fair_id = f.id) DESC NULLS LAST, f.title`,
      [hostId, only],
    );
  }

  async fair(hostId: string, fairId: string, m: EntityManager = this.db.manager, lock = false): Promise<NoticeFair | null> {
    const [row] = await m.query(`SELECT ${FAIR_COLUMNS} FROM fairs f WHERE f.id = $1 AND f.host_id = $2${lock ? ' FOR UPDATE' : ''}`, [fairId, hostId]);
    return row ?? null;
  }

  async list(hostId: string, fairId: string): Promise<NoticeRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM fair_notices n LEFT JOIN users u ON u.id = n.posted_by
       WHERE n.fair_id = $1 AND n.host_id = $2 ORDER BY n.posted_at DESC, n.id`,
      [fairId, hostId],
    );
  }

  async insert(hostId: string, fairId: string, userId: string | null, n: NewNotice, m: EntityManager): Promise<NoticeRow> {
    const [{ id }] = await m.query(
      `INSERT INTO fair_notices (host_id, fair_id, kind, text, text_en, day, closes_at, ends_at, posted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [hostId, fairId, n.kind, n.text, n.textEn, n.day, n.closesAt, n.endsAt, userId],
    );
    return this.one(hostId, fairId, id, m) as Promise<NoticeRow>;
  }

  async one(hostId: string, fairId: string, id: string, m: EntityManager = this.db.manager): Promise<NoticeRow | null> {
    const [row] = await m.query(
      `SELECT ${COLUMNS} FROM fair_notices n LEFT JOIN users u ON u.id = n.posted_by WHERE n.id = $1 AND n.fair_id = $2 AND n.host_id = $3`,
      [id, fairId, hostId],
    );
    return row ?? null;
  }

  async delete(hostId: string, fairId: string, id: string, m: EntityManager): Promise<boolean> {
    const rows: [unknown[], number] = await m.query('DELETE FROM fair_notices WHERE id = $1 AND fair_id = $2 AND host_id = $3 RETURNING id', [
      id,
      fairId,
      hostId,
    ]);
    return rows[0].length > 0;
  }

  /** Tells every API process (itself included) that the fair's public answers changed, when the transaction commits. */
  async notify(hostId: string, fairId: string, m: EntityManager): Promise<void> {
    await m.query('SELECT pg_notify($1, slug) FROM fairs WHERE id = $2 AND host_id = $3', [RELEASE_CHANNEL, fairId, hostId]);
  }
}
