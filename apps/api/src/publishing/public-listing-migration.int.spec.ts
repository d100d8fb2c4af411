import type { DataSource } from 'typeorm';
import { seedDemoData } from '../database/seed/seed';
import { openTestDataSource } from '../../test/test-database';

const MIGRATION = 'PublicListing1796700000200';

/** Fairs released before the public listing existed get their line and their iCal UID domain from the migration. */
describe('migration PublicListing (real PostgreSQL)', () => {
  let db: DataSource;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDataSource());
    await seedDemoData(db);
  });
  afterAll(() => close());

  /** Reverts migrations down to and including this one, then applies them all again. */
  const migrateAgain = async () => {
    const applied = async () => (await db.query('SELECT name FROM migrations WHERE name = $1', [MIGRATION])).length > 0;
    while (await applied()) await db.undoLastMigration({ transaction: 'each' });
    await db.runMigrations({ transaction: 'each' });
  };
  const domain = async () => (await db.query(`SELECT ical_uid_domain AS d FROM fairs WHERE slug = 'koryu-toshi-2023'`))[0].d;

  it('copies the latest release into the listing and gives released fairs the install id as UID domain', async () => {
    const before = await db.query('SELECT * FROM public_listings');
    await migrateAgain();
    expect(await db.query('SELECT * FROM public_listings')).toEqual(before);
    expect(before).toEqual([
      expect.objectContaining({
        version: 1,
        title: '交流都市地方物産展',
        host_name: '品川区',
        host_name_en: 'Shinagawa City',
        first_day: '2023-02-17',
        last_day: '2023-02-21',
      }),
    ]);
    const [{ id }] = await db.query('SELECT id FROM install');
    expect(await domain()).toBe(`${id}.bussanten.invalid`);
    expect(await db.query(`SELECT count(*)::int AS n FROM fairs WHERE ical_uid_domain IS NOT NULL`)).toEqual([{ n: 1 }]);
  });

  it("uses PUBLIC_URL's host when it is set, which is what the Host header said to subscribers who came through it", async () => {
    process.env['PUBLIC_URL'] = 'https://Fairs.Shinagawa.example/';
    try {
      await migrateAgain();
    } finally {
      delete process.env['PUBLIC_URL'];
    }
    expect(await domain()).toBe('fairs.shinagawa.example');
  });
});
