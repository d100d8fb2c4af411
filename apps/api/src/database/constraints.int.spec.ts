import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../test/test-database';
import { Constraint } from './constraints';

/** pg_constraint.contype of each prefix; a uq_ name may also be a unique index (pg_index.indisunique). */
const KIND_OF_PREFIX: Record<string, string> = { uq: 'u', ex: 'x', fk: 'f', ck: 'c', pk: 'p' };

// The migrations keep their own literal names (see constraints.ts): this is what ties them to the constants.
describe('constraint names (database/constraints.ts) in the migrated database', () => {
  let db: DataSource;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDataSource());
  });
  afterAll(() => close());

  it.each(Object.entries(Constraint))('%s is %s, of the kind its prefix says', async (_key, name) => {
    const [row] = await db.query(
      `SELECT coalesce(
                (SELECT c.contype::text FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                  WHERE n.nspname = 'public' AND c.conname = $1),
                (SELECT 'u' FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relname = $1 AND i.indisunique)
              ) AS kind`,
      [name],
    );
    expect(row.kind).toBe(KIND_OF_PREFIX[name.slice(0, name.indexOf('_'))]);
  });

  it('no two constants name the same constraint', () => {
    const names = Object.values(Constraint);
    expect(new Set(names).size).toBe(names.length);
  });
});
