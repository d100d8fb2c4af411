import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../test/test-database';

// The drift check: the checked-in migrations must produce exactly the schema the entities describe.
// If this fails, run `npm run migration:generate -- <Name>`, read the file, and commit it.
describe('database schema', () => {
  let db: DataSource;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDataSource());
  });
  afterAll(() => close());

  it('has no pending migrations', async () => {
    expect(await db.showMigrations()).toBe(false);
  });

  it('matches the entities (migration:generate would produce nothing)', async () => {
    const sql = await db.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('reverts every migration and applies them again', async () => {
    for (let i = 0; i < db.migrations.length; i++) await db.undoLastMigration({ transaction: 'each' });
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'municipalities'`);
    expect(count).toBe(0);
    await db.runMigrations({ transaction: 'each' });
    expect(await db.showMigrations()).toBe(false);
  });

  it('enforces the registry rules in SQL too', async () => {
    const insert = (population: number) =>
      db.query(`INSERT INTO municipalities (name, reading, prefecture_code, kind, population, search_text) VALUES ('x', 'x', 1, 'town', $1, 'x')`, [population]);
    await expect(insert(-1)).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23514' }) });
    await expect(
      db.query(`WITH h AS (INSERT INTO hosts (name) VALUES ('テスト区') RETURNING id)
                INSERT INTO agreements (host_id, kind, title, signed_on, signed_year) SELECT id, 'other', 't', '2002-04-01', 2003 FROM h`),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ constraint: 'ck_agreements_signed_on_year' }) });
  });
});
