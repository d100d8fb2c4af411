import { createHost, startTestApp, type TestApp } from '../../test/test-app';
import { ReleasesRepository } from './releases.repository';
import { SnapshotRepository } from './snapshot.repository';

/** The reads behind publishing carry the host in SQL, not only the service's check before them (real PostgreSQL). */
describe('publishing reads filter by host', () => {
  let t: TestApp;
  let fairId: string;
  let hostId: string;
  let otherHost: string;
  beforeAll(async () => {
    t = await startTestApp();
    [{ id: fairId, host_id: hostId }] = await t.db.query(`SELECT id, host_id FROM fairs WHERE slug = 'koryu-toshi-2023'`);
    otherHost = await createHost(t, '大田区', 'Ota City');
  });
  afterAll(() => t.close());

  it('builds the snapshot of a fair for its own host only', async () => {
    const snapshots = new SnapshotRepository();
    const own = await snapshots.build(fairId, hostId, t.db.manager);
    expect(own.exhibitors.length).toBeGreaterThan(0);
    expect(own.plan.booths.length).toBeGreaterThan(0);
    expect(own.appearances.length).toBeGreaterThan(0);
    await expect(snapshots.build(fairId, otherHost, t.db.manager)).rejects.toThrow(/not one of host/);
  });

  it('reads the latest release and the history of a fair for its own host only', async () => {
    const releases = new ReleasesRepository(t.db);
    expect(await releases.latestOfFair(fairId, hostId, t.db.manager)).toMatchObject({ version: 1 });
    expect(await releases.latestOfFair(fairId, otherHost, t.db.manager)).toBeNull();
    expect(await releases.history(fairId, hostId)).toHaveLength(1);
    expect(await releases.history(fairId, otherHost)).toEqual([]);
  });
});
