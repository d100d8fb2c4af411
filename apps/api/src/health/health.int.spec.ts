import { adminQuery } from '../../test/test-database';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(async () => {
    await adminQuery(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS true`);
    await t.close();
  });

  it('answers 200 while the database is up', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 while the database refuses connections, and recovers', async () => {
    await adminQuery(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS false`);
    await adminQuery('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [t.databaseName]);
    const down = await t.http.get('/api/health').expect(503);
    expect(down.body).toEqual({ status: 'degraded', database: 'down' });
    const list = await t.http.get('/api/agreement-kinds').expect(503);
    expect(list.body.code).toBe('DATABASE_UNAVAILABLE');
    await adminQuery(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS true`);
    await t.http.get('/api/health').expect(200);
  });
});
