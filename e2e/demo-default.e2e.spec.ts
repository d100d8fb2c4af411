import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_ORGANIZER } from './support/accounts';

// The built app started the way the Docker image starts it (NODE_ENV=production, no SEED_DEMO) on a
// fresh embedded database: no demo data, no demo accounts (their passwords are in the source code).
const main = resolve(__dirname, '..', 'dist/apps/api/main.js');

function freePort(): Promise<number> {
  return new Promise((r) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => r(port));
    });
  });
}

describe('demo data with NODE_ENV=production', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bussanten-production-'));
  chmodSync(dataDir, 0o755); // the app, as root, lets PostgreSQL reach it
  let child: ChildProcess | null = null;
  let output = '';
  let url = '';

  beforeAll(async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://bussanten.example.jp',
      APP_SECRET: 'an-app-secret-for-this-test-only-of-32-chars',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SMTP_URL: '',
      LOG_LEVEL: 'warn',
    };
    delete env['DATABASE_URL'];
    delete env['SEED_DEMO'];
    child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    url = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      if (
        await fetch(`${url}/api/ready`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (child.exitCode !== null || tries > 240) throw new Error(`the app did not become ready:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child?.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts without the demo data and without printing or creating the demo accounts', async () => {
    expect(output).not.toContain('Demo accounts');
    const signIn = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_ORGANIZER.email, password: DEMO_ORGANIZER.password }),
    });
    expect(signIn.status).toBe(401);
    expect((await fetch(`${url}/api/public/fairs/koryu-toshi-2023`)).status).toBe(404);
  });
});
