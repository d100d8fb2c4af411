// Starts the built app exactly as `npm start` runs it (embedded PostgreSQL, migrations, demo seed)
// on a free port with a throw-away DATA_DIR, and waits until /api/ready says the database is up and migrated.
// Mail goes to a loopback SMTP server (mail-sink.mjs). Set E2E_BASE_URL to test an app that is
// already running instead (then mail tests need E2E_MAIL_DIR from your own sink).
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { chmod, mkdtemp, open } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../tools/with-postgres.mjs';
import { startMailSink } from './mail-sink.mjs';

const root = resolve(import.meta.dirname, '../..');

// Plain http without keep-alive, so no pooled socket is left behind in jest's main process.
function healthStatus(url) {
  return new Promise((resolve) => {
    const req = get(`${url}/api/ready`, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0)); // not listening yet
  });
}

async function waitForHealth(url, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}; see ${logFile}`);
    if ((await healthStatus(url)) === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not become healthy within ${timeoutMs} ms; see ${logFile}`);
}

export default async function globalSetup() {
  if (process.env.E2E_BASE_URL) return;
  const main = join(root, 'dist/apps/api/main.js');
  if (!existsSync(main) || !existsSync(join(root, 'dist/apps/web/index.html'))) {
    throw new Error('No build found: run "npm run build" first (npm test does it for you)');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'bussanten-e2e-'));
  await chmod(dataDir, 0o755); // the app, as root, lets PostgreSQL reach it; the temp dir is ours to open
  const port = await freePort();
  // Mail goes to a real SMTP server on loopback; the worker polls often so tests need not wait long.
  const mailDir = join(dataDir, 'received-mail');
  const mailSink = await startMailSink(mailDir);
  const logFile = join(dataDir, 'app.log');
  const log = await open(logFile, 'w');
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SEED_DEMO: 'true',
      SMTP_URL: mailSink.url,
      MAIL_POLL_MS: '200',
      LOG_LEVEL: 'info',
    }, // info: the request lines global-teardown.mjs scans
    stdio: ['ignore', log.fd, log.fd],
  });
  const url = `http://127.0.0.1:${port}`;
  globalThis.__BUSSANTEN_E2E__ = { child, dataDir, log, mailSink };
  await waitForHealth(url, child, logFile, 90_000);
  // The tests open the app as http://localhost:PORT: the address the app builds its links with
  // (no PUBLIC_URL: http://localhost:PORT), and the only kind passkeys work on (WebAuthn refuses IP
  // addresses). A link from a mail then opens on the same origin, with the same cookies.
  process.env.E2E_BASE_URL = `http://localhost:${port}`;
  process.env.E2E_DATA_DIR = dataDir;
  process.env.E2E_MAIL_DIR = mailDir;
}
