import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tokyoDateTime } from '@bussanten/domain';
import { Client } from 'pg';
import { RELEASE_CHANNEL } from '../../publishing/release-notifications';
import { PgTool, PgToolName, requireTool } from './pg-tools';

export interface ServerInfo {
  major: number;
  version: string;
  database: string;
}

export interface BackupResult {
  file: string;
  bytes: number;
  server: ServerInfo;
  tool: PgTool;
}

export interface RestoreResult {
  entries: number;
  server: ServerInfo;
  tool: PgTool;
}

/**
 * libpq takes the URL as --dbname; the password travels in PGPASSWORD instead, so that it never
 * shows in the process list.
 */
function libpq(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, PGPASSWORD: password, PGAPPNAME: 'bussanten-backup' } };
}

export async function serverInfo(url: string): Promise<ServerInfo> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ num: string; version: string; db: string }>(
      `SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version, current_database() AS db`,
    );
    const row = rows[0] as { num: string; version: string; db: string };
    return { major: Math.floor(Number(row.num) / 10_000), version: row.version.split(' ')[0] as string, database: row.db };
  } finally {
    await client.end();
  }
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(tool: PgTool, args: string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function failure(what: string, done: Finished): Error {
  const detail = done.stderr.trim().split('\n').slice(-5).join('\n');
  return new Error(`${what} failed (exit ${done.code})${detail ? `:\n${detail}` : ''}`);
}

function toolFor(name: PgToolName, server: ServerInfo, env: NodeJS.ProcessEnv): PgTool {
  return requireTool(name, server.major, server.version, env);
}

/**
 * pg_dump of the whole database in the custom format, written beside the target and renamed into
 * place only when complete, so a failed run never leaves a file that looks like a backup. The
 * file holds password hashes and staff contacts: it is readable by its owner only.
 */
export async function backupDatabase(url: string, file: string, env: NodeJS.ProcessEnv = process.env): Promise<BackupResult> {
  const server = await serverInfo(url);
  const tool = toolFor('pg_dump', server, env);
  const target = libpq(url);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const done = await run(tool, ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${target.dbname}`], {
    ...env,
    ...target.env,
  });
  if (done.code !== 0) {
    rmSync(partial, { force: true });
    throw failure('pg_dump', done);
  }
  chmodSync(partial, 0o600);
  renameSync(partial, file);
  return { file, bytes: statSync(file).size, server, tool };
}

/** The number of entries in an archive, or an error when the file is not one pg_restore can read. */
export async function archiveEntries(file: string, tool: PgTool, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const done = await run(tool, ['--list', file], env);
  if (done.code !== 0) throw failure(`reading ${file} as a pg_dump archive`, done);
  const lines = done.stdout.split('\n').filter((l) => /^\d+;/.test(l));
  // Our schema's bookkeeping table: an archive of some other database is refused before anything is dropped.
  if (!lines.some((l) => / TABLE public migrations /.test(l))) throw new Error(`${file} is a pg_dump archive, but not of a Bussanten database`);
  return lines.length;
}

/**
 * Replaces everything in the database's public schema with the archive, in ONE transaction:
 * pg_restore turns the archive into SQL and psql runs it after dropping the schema, with
 * --single-transaction and ON_ERROR_STOP, so a failure anywhere leaves the database as it was.
 */
export async function restoreDatabase(url: string, file: string, env: NodeJS.ProcessEnv = process.env): Promise<RestoreResult> {
  const server = await serverInfo(url);
  const pgRestore = toolFor('pg_restore', server, env);
  const psql = toolFor('psql', server, env);
  const entries = await archiveEntries(file, pgRestore, env);
  const target = libpq(url);
  const runEnv = { ...env, ...target.env };
  await new Promise<void>((resolve, reject) => {
    const sql = spawn(pgRestore.path, ['--no-owner', '--no-privileges', '--file=-', file], { env: runEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const apply = spawn(psql.path, ['--no-psqlrc', '--quiet', '--single-transaction', '--set=ON_ERROR_STOP=1', `--dbname=${target.dbname}`], {
      env: runEnv,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let errors = '';
    sql.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    apply.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    apply.stdin.on('error', () => undefined); // psql stopped at the first error; its exit code says so
    apply.stdin.write('DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n');
    sql.stdout.pipe(apply.stdin);
    const exits = [sql, apply].map((p) => new Promise<number | null>((r) => p.on('close', r)));
    sql.on('error', reject);
    apply.on('error', reject);
    void Promise.all(exits).then(([a, b]) => {
      if (a === 0 && b === 0) resolve();
      else reject(failure(a !== 0 ? 'pg_restore' : 'psql', { code: a !== 0 ? a : b, stdout: '', stderr: errors }));
    });
  });
  await forgetCachedReleases(url);
  return { entries, server, tool: pgRestore };
}

/** Running API processes keep published snapshots for a while; tell them every fair may have changed. */
async function forgetCachedReleases(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public.fairs') IS NOT NULL AS exists`);
    if (rows[0]?.exists) await client.query(`SELECT pg_notify($1, slug) FROM fairs`, [RELEASE_CHANNEL]);
  } finally {
    await client.end();
  }
}

/** DATA_DIR/backups/bussanten-2026-11-26-021530.dump: Japan time, sorts by age, never overwrites within a second. */
export function backupFileName(dir: string, instant: Date, prefix = 'bussanten'): string {
  const { date, time } = tokyoDateTime(instant);
  const seconds = String(instant.getUTCSeconds()).padStart(2, '0');
  return join(dir, `${prefix}-${date}-${time.replace(':', '')}${seconds}.dump`);
}
