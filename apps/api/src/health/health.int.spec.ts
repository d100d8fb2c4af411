import { adminQuery } from '../../test/test-database';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('GET /api/health and /api/ready', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(async () => {
    await adminQuery(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS true`);
    await t.close();
  });

  it('is alive and ready while the database is up and migrated', async () => {
    expect((await t.http.get('/api/health').expect(200)).body).toEqual({ status: 'ok' });
    expect((await t.http.get('/api/ready').expect(200)).body).toEqual({ status: 'ready', database: 'up', migrations: 'current', pending: [] });
  });

  it('names a pending migration and is not ready until it is applied', async () => {
    const [last] = await t.db.query('SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1');
    await t.db.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    const res = await t.http.get('/api/ready').expect(503);
    expect(res.body).toEqual({ status: 'unavailable', database: 'up', migrations: 'pending', pending: [last.name] });
    await t.db.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [last.id, last.timestamp, last.name]);
    await t.http.get('/api/ready').expect(200);
  });

  it('stays alive but not ready while the database refuses connections, answers 503 fast, and recovers', async () => {
    await adminQuery(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS false`);
    await adminQuery('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [t.databaseName]);
    await t.http.get('/api/health').expect(200);
    const down = await t.http.get('/api/ready').expect(503);
    expect(down.body).toEqual({ status: 'unavailable', database: 'down', migrations: 'unknown', pending: [] });
    const list = await t.http.get('/api/agreement-kinds').expect(503);
    expect(list.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: expect.stringContaining('database'), requestId: list.headers['x-request-id'] });
    await adminQuery(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS true`);
    await t.http.get('/api/ready').expect(200);
    await t.http.get('/api/agreement-kinds').expect(200);
  });
});
