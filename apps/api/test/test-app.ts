import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { hashPassword } from '../src/accounts/passwords';
import { createApp } from '../src/app-setup';
import { DEMO_ACCOUNTS } from '../src/database/seed/demo-data';
import type { MailOptions } from '../src/mail/mail-options';
import { SecretBox } from '../src/common/secret-box';
import type { HostResolver } from '../src/publishing/webhooks/webhook-address';
import type { WebhookOptions } from '../src/publishing/webhooks/webhook-options';
import { seedDemoData } from '../src/database/seed/seed';
import { importOfficialList } from '../src/registry/official-list/official-list.importer';
import { createTestDatabase, dropTestDatabase } from './test-database';

type Method = 'get' | 'head' | 'post' | 'patch' | 'put' | 'delete';
/** supertest with a signed-in user's cookie and CSRF header on every request (or none, anonymous). */
export type Client = Record<Method, (url: string) => request.Test>;

export function clientFor(server: Server, auth: { cookie: string; csrfToken: string } | null): Client {
  const r = request(server);
  const make = (m: Method) => (url: string) => {
    const req = r[m](url);
    return auth ? req.set('Cookie', auth.cookie).set('X-CSRF-Token', auth.csrfToken) : req;
  };
  return { get: make('get'), head: make('head'), post: make('post'), patch: make('patch'), put: make('put'), delete: make('delete') };
}

export interface TestApp {
  app: NestExpressApplication;
  /** The demo organizer of 品川区 (with seed), or anonymous (without). */
  http: Client;
  anonymous: Client;
  db: DataSource;
  databaseName: string;
  databaseUrl: string;
  /** This app's own photo directory (a fresh temporary one), removed by close(). */
  photosDir: string;
  signIn(email: string, password: string): Promise<Client>;
  close(): Promise<void>;
}

export const DEMO = {
  organizer: DEMO_ACCOUNTS[0],
  miyako: DEMO_ACCOUNTS[1],
  yamakita: DEMO_ACCOUNTS[2],
  operator: DEMO_ACCOUNTS[3],
};

/** The origin test apps build links with and bind passkeys to (as PUBLIC_URL would). */
export const TEST_SITE_ORIGIN = 'http://localhost:3000';

/** The tests' APP_SECRET: every test app (and so every app sharing a database) seals with it. */
export const TEST_APP_SECRET = 'the-tests-app-secret-not-for-production-use';
export const testSecretBox = (): SecretBox => new SecretBox(TEST_APP_SECRET);

/**
 * Tests ask no real DNS: `localhost` is 127.0.0.1 and every other name does not exist, unless a
 * test passes webhooks.resolveHost of its own (e.g. evil.example → 127.0.0.1).
 */
export const offlineResolver: HostResolver = async (host) => {
  if (host === 'localhost') return [{ address: '127.0.0.1', family: 4 }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
};

/** The real HTTP application on its own fresh database, optionally with the demo (seed facts) loaded. */
export async function startTestApp(
  options: {
    seed?: boolean;
    mail?: Partial<MailOptions>;
    webhooks?: Partial<WebhookOptions>;
    sameDatabaseAs?: TestApp;
    trustProxy?: number;
    officialList?: boolean;
    /** Log lines at info go here (none are written without it). */
    log?: DestinationStream;
    /** A built UI to serve (the SPA fallback), as main.ts passes WEB_DIST. */
    webDist?: string;
    /** METRICS_TOKEN. */
    metricsToken?: string | null;
    /** SESSION_IDLE_MINUTES. */
    sessionIdleMinutes?: number;
    /** The site's origin (PUBLIC_URL); default TEST_SITE_ORIGIN. */
    siteOrigin?: string;
  } = {},
): Promise<TestApp> {
  // sameDatabaseAs: a second API process on another app's database (neither seeded again nor dropped).
  const shared = options.sameDatabaseAs;
  const database = shared ? { name: shared.databaseName, url: shared.databaseUrl } : await createTestDatabase();
  // Without options.mail nothing is sent (no SMTP); pass { smtpUrl: sink.url } to deliver to test/smtp-sink.ts.
  const photosDir = await mkdtemp(join(tmpdir(), 'bussanten-test-photos-'));
  // Webhooks are not sent unless options.webhooks has deliver: true, and only to public addresses
  // unless it has allowPrivate: true (the production default; the receiver of the tests is on 127.0.0.1).
  const webhooks = { secretBox: testSecretBox(), resolveHost: offlineResolver, ...options.webhooks };
  const app = await createApp({
    databaseUrl: database.url,
    migrationsRun: false,
    ...(options.log ? { logLevel: 'info', logDestination: options.log } : { logger: false }),
    mail: options.mail,
    webhooks,
    photosDir,
    trustProxy: options.trustProxy,
    webDist: options.webDist,
    metricsToken: options.metricsToken,
    sessionIdleMinutes: options.sessionIdleMinutes,
    siteOrigin: options.siteOrigin ?? TEST_SITE_ORIGIN,
    secretBox: testSecretBox(),
  });
  await app.init();
  const db = app.get(DataSource);
  const server = app.getHttpServer() as Server;
  const seed = options.seed ?? true;
  if (seed && !shared) await seedDemoData(db);
  // The official list (1,700+ municipalities), as npm start loads it; off by default so the seed's 42 stay countable.
  if (options.officialList && !shared) await importOfficialList(db);
  const signIn = async (email: string, password: string): Promise<Client> => {
    const res = await request(server).post('/api/auth/sign-in').send({ email, password });
    if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    if (res.body.pending) throw new Error(`sign-in as ${email} waits for a second step (${res.body.pending}): see test/factors.ts (signInSteps)`);
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    return clientFor(server, { cookie, csrfToken: res.body.csrfToken });
  };
  const anonymous = clientFor(server, null);
  return {
    app,
    http: seed ? await signIn(DEMO.organizer.email, DEMO.organizer.password) : anonymous,
    anonymous,
    db,
    databaseName: database.name,
    databaseUrl: database.url,
    photosDir,
    signIn,
    close: async () => {
      await app.close();
      if (!shared) await dropTestDatabase(database.name);
      await rm(photosDir, { recursive: true, force: true });
    },
  };
}

/** Row counts of the registry tables, to prove a rejected request wrote nothing. */
export async function registryCounts(db: DataSource): Promise<Record<string, number>> {
  const [row] = await db.query(`SELECT
    (SELECT count(*)::int FROM municipalities) AS municipalities,
    (SELECT count(*)::int FROM agreements) AS agreements,
    (SELECT count(*)::int FROM agreement_parties) AS parties,
    (SELECT count(*)::int FROM audit_log) AS audit`);
  return row;
}

export async function municipalityId(t: TestApp, name: string): Promise<string> {
  const [row] = await t.db.query('SELECT id FROM municipalities WHERE name = $1', [name]);
  if (!row) throw new Error(`no municipality ${name} in the seed`);
  return row.id;
}

/** A host as the operator would make it (no organizer yet). */
export async function createHost(t: TestApp, name: string, nameEn: string | null = null): Promise<string> {
  const [host] = await t.db.query('INSERT INTO hosts (name, name_en) VALUES ($1, $2) RETURNING id', [name, nameEn]);
  return host.id;
}

/**
 * A person with one more membership: the account is made (with this password) when the address
 * has none. Returns both ids. For tests that need callers the invitation flow would take long to make.
 */
export async function addMember(
  t: TestApp,
  m: {
    email: string;
    password: string;
    displayName?: string;
    role: 'operator' | 'organizer' | 'representative' | 'staff';
    hostId?: string | null;
    municipalityId?: string | null;
    /** For staff: the fairs it is limited to. */
    fairIds?: string[] | null;
  },
): Promise<{ userId: string; membershipId: string }> {
  let [user] = await t.db.query('SELECT id FROM users WHERE email = $1', [m.email]);
  if (!user) {
    [user] = await t.db.query(`INSERT INTO users (email, display_name, password_hash, password_changed_at) VALUES ($1, $2, $3, now()) RETURNING id`, [
      m.email,
      m.displayName ?? m.email.split('@')[0],
      await hashPassword(m.password),
    ]);
  }
  const [membership] = await t.db.query(
    'INSERT INTO memberships (user_id, role, host_id, municipality_id, fair_ids) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [user.id, m.role, m.hostId ?? null, m.municipalityId ?? null, m.fairIds ?? null],
  );
  return { userId: user.id, membershipId: membership.id };
}
