import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';

const TEMPLATE = 'bussanten_template';
const TEMPLATE_LOCK = 7_231_002;

function adminUrl(): string {
  const url = process.env['TEST_DATABASE_ADMIN_URL'];
  if (!url) throw new Error('TEST_DATABASE_ADMIN_URL is not set: run the API tests through jest (global setup starts PostgreSQL)');
  return url;
}

export function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Migrates the template database once per test run; parallel jest workers wait on an advisory lock. */
async function ensureTemplate(): Promise<void> {
  await withAdmin(async (c) => {
    await c.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (rowCount) return;
      await c.query(`CREATE DATABASE ${TEMPLATE}`);
      const ds = new DataSource(dataSourceOptions(urlFor(TEMPLATE)));
      await ds.initialize();
      try {
        await ds.runMigrations({ transaction: 'each' });
      } finally {
        await ds.destroy();
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

/** A fresh, migrated, empty database for one test file (a copy of the template: milliseconds). */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  await ensureTemplate();
  const name = `test_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`));
  return { name, url: urlFor(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Runs SQL as the superuser against the server (e.g. to refuse connections to a test database). */
export function adminQuery(sql: string, params: unknown[] = []): Promise<unknown> {
  return withAdmin((c) => c.query(sql, params));
}

/** A TypeORM connection to a fresh test database, for tests below the HTTP layer; close() drops it. */
export async function openTestDataSource(): Promise<{ db: DataSource; close(): Promise<void> }> {
  const { name, url } = await createTestDatabase();
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  return {
    db,
    close: async () => {
      await db.destroy();
      await dropTestDatabase(name);
    },
  };
}
