import type { MigrationInterface, QueryRunner } from 'typeorm';

const MAX_CODE_LENGTH = 10;
const REQUEST_ID = 'migration:BoothCodesNormalised1797100000100';

/**
 * Booth codes are stored normalised from now on (libs/domain normalizeBoothCode: 'Ａ１', 'a1', 'A1'
 * are one booth). Codes saved before were already ASCII letters, digits and hyphens, so normalising
 * them is upper-casing. Where two booths of one fair become one code (a1 and A1), the first created
 * keeps it and each later one gets the next free '-2', '-3' (shortened to stay within 10
 * characters); every renamed booth is recorded in its host's audit log.
 */
export class BoothCodesNormalised1797100000100 implements MigrationInterface {
  name = 'BoothCodesNormalised1797100000100';

  public async up(q: QueryRunner): Promise<void> {
    const booths: { id: string; fair_id: string; host_id: string | null; code: string }[] = await q.query(`
      SELECT b.id, b.fair_id, f.host_id, b.code
        FROM booths b JOIN fairs f ON f.id = b.fair_id
       WHERE b.code <> upper(b.code)
          OR EXISTS (SELECT 1 FROM booths o WHERE o.fair_id = b.fair_id AND o.id <> b.id AND upper(o.code) = upper(b.code))
       ORDER BY b.fair_id, b.created_at, b.id`);
    if (booths.length === 0) return;
    const renames = await plannedRenames(q, booths);
    // Two steps, so no rename meets the unique constraint halfway (b1 → B1 while another b1 becomes B1-2).
    for (const r of renames) await q.query(`UPDATE booths SET code = $2 WHERE id = $1`, [r.id, `~${r.id}`]);
    for (const r of renames) {
      await q.query(`UPDATE booths SET code = $2, updated_at = now() WHERE id = $1`, [r.id, r.after]);
      await q.query(`INSERT INTO audit_log (host_id, action, entity_type, entity_id, changes, request_id) VALUES ($1, 'booth.updated', 'booth', $2, $3, $4)`, [
        r.hostId,
        r.id,
        JSON.stringify({ code: { before: r.before, after: r.after } }),
        REQUEST_ID,
      ]);
    }
  }

  public async down(): Promise<void> {
    // Nothing to undo: upper-case codes are valid before this migration too.
  }
}

interface Rename {
  id: string;
  hostId: string | null;
  before: string;
  after: string;
}

/**
 * Per fair and upper-cased code, the booth created first takes the code, each later one the next
 * free suffix; codes of the fair's other booths are never taken.
 */
async function plannedRenames(q: QueryRunner, booths: { id: string; fair_id: string; host_id: string | null; code: string }[]): Promise<Rename[]> {
  const moving = new Set(booths.map((b) => b.id));
  const taken = new Map<string, Set<string>>();
  for (const row of await q.query(`SELECT id, fair_id, code FROM booths WHERE fair_id = ANY($1)`, [[...new Set(booths.map((b) => b.fair_id))]])) {
    if (moving.has(row.id)) continue;
    const codes = taken.get(row.fair_id) ?? new Set<string>();
    codes.add(row.code);
    taken.set(row.fair_id, codes);
  }
  const renames: Rename[] = [];
  for (const booth of booths) {
    const codes = taken.get(booth.fair_id) ?? new Set<string>();
    taken.set(booth.fair_id, codes);
    const after = freeCode(booth.code.toUpperCase(), codes);
    codes.add(after);
    if (after !== booth.code) renames.push({ id: booth.id, hostId: booth.host_id, before: booth.code, after });
  }
  return renames;
}

/** `code` if no other booth of the fair has it, else the first free `code-N` (the base shortened to fit). */
function freeCode(code: string, taken: ReadonlySet<string>): string {
  if (!taken.has(code)) return code;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${code.slice(0, MAX_CODE_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
