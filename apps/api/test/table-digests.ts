/** Row count and an md5 of every row, table by table, of the public schema. */
export type TableDigests = Map<string, string>;

type Query = (sql: string) => Promise<unknown[]>;

/**
 * Bookkeeping columns left out of the digests: the guard marks a session seen (at most once a
 * minute) on any request, a refused one included, which is not a change the request made.
 */
const BOOKKEEPING: Record<string, string[]> = { sessions: ['last_seen_at'] };

/**
 * Reads the table list once and returns a function that digests them all in one query: equal
 * digests mean nothing was inserted, deleted or updated.
 */
export async function tableDigester(query: Query): Promise<() => Promise<TableDigests>> {
  const tables = (await query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  )) as { name: string }[];
  const sql = tables
    .map(({ name }) => {
      const row = BOOKKEEPING[name] ? `(to_jsonb(x) - '{${BOOKKEEPING[name].join(',')}}'::text[])::text` : 'x::text';
      return `SELECT '${name}' AS t, count(*)::int AS n, md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${row}), '')) AS h FROM "${name}" x`;
    })
    .join(' UNION ALL ');
  return async () => new Map(((await query(sql)) as { t: string; n: number; h: string }[]).map((r) => [r.t, `${r.n} rows, ${r.h}`]));
}
