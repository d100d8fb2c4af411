import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app-setup';
import { seedDemoData } from '../src/database/seed/seed';
import { createTestDatabase, dropTestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  db: DataSource;
  databaseName: string;
  close(): Promise<void>;
}

/** The real HTTP application on its own fresh database, optionally with the demo (seed facts) loaded. */
export async function startTestApp(options: { seed?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await createApp({ databaseUrl: database.url, migrationsRun: false, logger: false });
  await app.init();
  const db = app.get(DataSource);
  if (options.seed ?? true) await seedDemoData(db);
  return {
    app,
    http: request(app.getHttpServer()),
    db,
    databaseName: database.name,
    close: async () => {
      await app.close();
      await dropTestDatabase(database.name);
    },
  };
}

/** Row counts of the registry tables, to prove a rejected request wrote nothing. */
export async function registryCounts(db: DataSource): Promise<Record<string, number>> {
  const [row] = await db.query(`SELECT
    (SELECT count(*)::int FROM municipalities) AS municipalities,
    (SELECT count(*)::int FROM agreements) AS agreements,
    (SELECT count(*)::int FROM agreement_parties) AS parties`);
  return row;
}

export async function municipalityId(t: TestApp, name: string): Promise<string> {
  const [row] = await t.db.query('SELECT id FROM municipalities WHERE name = $1', [name]);
  if (!row) throw new Error(`no municipality ${name} in the seed`);
  return row.id;
}
