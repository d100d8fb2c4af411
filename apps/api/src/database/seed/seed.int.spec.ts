import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/test-database';
import { DEMO_AGREEMENTS, DEMO_MUNICIPALITIES } from './demo-data';
import { seedDemoData, seedIfEmpty } from './seed';

describe('demo seed', () => {
  let db: DataSource;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDataSource());
  });
  afterAll(() => close());

  const counts = async () =>
    (
      await db.query(`SELECT (SELECT count(*)::int FROM municipalities) m, (SELECT count(*)::int FROM agreements) a,
      (SELECT count(*)::int FROM agreement_parties) p, (SELECT count(*)::int FROM programmes) g`)
    )[0];

  it('loads every fact once, even when run concurrently and again', async () => {
    await Promise.all([seedDemoData(db), seedDemoData(db)]);
    const first = await counts();
    expect(first.m).toBe(DEMO_MUNICIPALITIES.length);
    expect(first.a).toBe(DEMO_AGREEMENTS.length);
    expect(first.p).toBe(DEMO_AGREEMENTS.reduce((n, a) => n + a.parties.length, 0));
    expect(first.g).toBe(1);
    await seedDemoData(db);
    expect(await counts()).toEqual(first);
  });

  it('has the 11 partners with the overview figures', async () => {
    const rows = await db.query(`SELECT name, population, area_km2::float AS area FROM municipalities WHERE population IS NOT NULL ORDER BY name`);
    expect(rows).toHaveLength(11);
    expect(rows).toContainEqual({ name: '宮古市', population: 44905, area: 1259.89 });
    expect(rows).toContainEqual({ name: '高知県', population: 646774, area: 7102.28 });
  });

  it("gives each demo account one membership: 品川区's organizer and representatives, and the install's operator", async () => {
    const rows = await db.query(
      `SELECT u.email, ms.role, h.name AS host, m.name AS municipality FROM users u JOIN memberships ms ON ms.user_id = u.id
       LEFT JOIN hosts h ON h.id = ms.host_id LEFT JOIN municipalities m ON m.id = ms.municipality_id ORDER BY u.email`,
    );
    expect(rows).toEqual([
      { email: 'miyako@miyako.example', role: 'representative', host: '品川区', municipality: '宮古市' },
      { email: 'operator@bussanten.example', role: 'operator', host: null, municipality: null },
      { email: 'organizer@shinagawa.example', role: 'organizer', host: '品川区', municipality: null },
      { email: 'yamakita@yamakita.example', role: 'representative', host: '品川区', municipality: '山北町' },
    ]);
  });

  it('includes the 2023 exhibitors that are not partners', async () => {
    const rows = await db.query(`SELECT name FROM municipalities WHERE name = ANY($1)`, [['成田市', '東金市', '十日町市', '福山市']]);
    expect(rows).toHaveLength(4);
  });

  it('does not reseed a registry that has data (deletions stay deleted)', async () => {
    await db.query(`DELETE FROM applications WHERE municipality_id = (SELECT id FROM municipalities WHERE name = '十日町市')`);
    await db.query(`DELETE FROM municipalities WHERE name = '十日町市'`);
    await seedIfEmpty(db);
    expect(await db.query(`SELECT 1 FROM municipalities WHERE name = '十日町市'`)).toHaveLength(0);
  });
});
