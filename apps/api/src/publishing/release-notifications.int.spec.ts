import { startTestApp, type TestApp } from '../../test/test-app';

/** Two API processes on one database: what one publishes, the other serves at once. */
describe('release notifications between API processes (real PostgreSQL, LISTEN/NOTIFY)', () => {
  let one: TestApp;
  let two: TestApp;
  let fairId: string;
  const slug = 'koryu-toshi-2023';
  const versionServedBy = async (t: TestApp): Promise<number> => (await t.anonymous.get(`/api/public/fairs/${slug}`).expect(200)).body.release.version;
  /** Milliseconds until `t` serves `version` (polling every 20 ms), or Infinity after 3 s. */
  const untilServed = async (t: TestApp, version: number): Promise<number> => {
    const started = Date.now();
    while (Date.now() - started < 3000) {
      if ((await versionServedBy(t)) === version) return Date.now() - started;
      await new Promise((r) => setTimeout(r, 20));
    }
    return Infinity;
  };
  const listeners = async () =>
    (await one.db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN release_published'`)) as { pid: number }[];

  beforeAll(async () => {
    one = await startTestApp();
    two = await startTestApp({ sameDatabaseAs: one });
    fairId = (await one.http.get('/api/fairs').expect(200)).body.find((f: { slug: string }) => f.slug === slug).id;
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('serves a release published through the other process within a second, though it had cached the previous one', async () => {
    expect(await versionServedBy(two)).toBe(1); // cached now, for up to 30 s while notifications arrive
    await one.http.post(`/api/fairs/${fairId}/releases`).send({ note: 'from process one' }).expect(201);
    expect(await untilServed(two, 2)).toBeLessThan(1000);
  });

  it('falls back to a one-second cache while its listening connection is gone, and listens again', async () => {
    expect((await listeners()).length).toBe(2);
    expect(await versionServedBy(two)).toBe(2);
    await one.db.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = $1', [
      'LISTEN release_published',
    ]);
    // Published while nobody listens: no notification reaches anyone.
    await one.http.post(`/api/fairs/${fairId}/releases`).send({ note: 'while deaf' }).expect(201);
    expect(await untilServed(two, 3)).toBeLessThan(1500);
    for (let i = 0; i < 100 && (await listeners()).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await listeners()).length).toBe(2);
  });
});
