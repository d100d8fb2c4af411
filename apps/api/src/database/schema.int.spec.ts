import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../test/test-database';
import { Constraint } from './constraints';

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
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'municipalities'`,
    );
    expect(count).toBe(0);
    await db.runMigrations({ transaction: 'each' });
    expect(await db.showMigrations()).toBe(false);
  });

  it('gives agreements made before hosts existed to 品川区 when migrating', async () => {
    const last = async () => (await db.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1'))[0].name;
    while ((await last()) !== 'Registry1795504911768') await db.undoLastMigration({ transaction: 'each' }); // back to the registry alone
    await db.query(`INSERT INTO agreements (kind, title, signed_year) VALUES ('disaster_aid', '古い協定', 2002)`);
    await db.runMigrations({ transaction: 'each' });
    const [row] = await db.query(`SELECT h.name FROM agreements a JOIN hosts h ON h.id = a.host_id WHERE a.title = '古い協定'`);
    expect(row).toEqual({ name: '品川区' });
    await db.query(`DELETE FROM agreements WHERE title = '古い協定'`);
  });

  it('enforces the registry rules in SQL too', async () => {
    const insert = (population: number) =>
      db.query(`INSERT INTO municipalities (name, reading, prefecture_code, kind, population, search_text) VALUES ('x', 'x', 1, 'town', $1, 'x')`, [
        population,
      ]);
    await expect(insert(-1)).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23514' }) });
    await expect(
      db.query(`WITH h AS (INSERT INTO hosts (name) VALUES ('テスト区') ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id)
                INSERT INTO agreements (host_id, kind, title, signed_on, signed_year) SELECT id, 'other', 't', '2002-04-01', 2003 FROM h`),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ constraint: Constraint.agreementsSignedOnYear }) });
  });
});
