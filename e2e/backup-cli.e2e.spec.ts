import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import sharp from 'sharp';
import { DEMO_ORGANIZER, signInHttp } from './support/accounts';
import { AddressInfo, createServer } from 'node:net';

// `npm run backup` and `npm run restore` (the built CLIs; npm test builds first) on the embedded
// PostgreSQL under DATA_DIR, as a user of the two-command setup runs them: with `npm start`
// running and without it.
const root = resolve(__dirname, '..');
const dist = (name: string) => join(root, 'dist/apps/api', `${name}.js`);
const SLUG = 'koryu-toshi-2023';

function cli(name: 'backup' | 'restore' | 'create-organizer', args: string[], dataDir: string, extra: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extra };
  delete env['DATABASE_URL'];
  return spawnSync(process.execPath, [dist(name), ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
}

/** The running embedded server, found the way the tools find it: postmaster.pid and the password file. */
async function sql<T>(dataDir: string, text: string): Promise<T[]> {
  const port = readFileSync(join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[3];
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  const client = new Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/bussanten` });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

// (tools/with-postgres.mjs has one too, but jest's CommonJS tests cannot import an .mjs.)
function freePort(): Promise<number> {
  return new Promise((r) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => r(port));
    });
  });
}

async function startApp(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SMTP_URL: '',
    SEED_DEMO: 'true',
  };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, [dist('main')], { env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (
      await fetch(`${url}/api/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    if (child.exitCode !== null || tries > 240) throw new Error(`the app on ${dataDir} did not become ready`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stopApp(child: ChildProcess): Promise<void> {
  return new Promise((r) => {
    if (child.exitCode !== null) return r();
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
}

describe('npm run backup / npm run restore on the embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bussanten-backup-e2e-'));
  const archive = join(dataDir, 'kept', 'seeded.dump');
  let app: { url: string; child: ChildProcess } | null = null;
  const title = async () => (await sql<{ title: string }>(dataDir, `SELECT title FROM fairs WHERE slug = '${SLUG}'`))[0]?.title;

  beforeAll(async () => {
    app = await startApp(dataDir);
  });
  // Folders made by the refusal cases below, removed with the main one (a PostgreSQL cluster, 60 MB).
  const scratch: string[] = [dataDir];
  afterAll(async () => {
    if (app) await stopApp(app.child);
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  let guestId = '';
  /**
   * A GET that tries once more on a dropped connection: a restore takes longer than the server's
   * keep-alive, so the socket the client kept from before may be closed under it (not a failure of the app).
   */
  const get = async (path: string) => {
    try {
      return await fetch(`${app?.url}${path}`);
    } catch {
      return fetch(`${app?.url}${path}`);
    }
  };
  const photoStatus = async () => (await get(`/api/guests/${guestId}/photo`)).status;

  it('backs up while `npm start` is running, using its server, with the guest photos beside the dump', async () => {
    const organizer = await signInHttp(DEMO_ORGANIZER, app?.url);
    const guest = await fetch(`${app?.url}/api/guests`, {
      method: 'POST',
      headers: { ...organizer, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: '写真のあるゲスト',
        nameEn: null,
        kind: 'mascot',
        ownerMunicipalityId: null,
        profile: null,
        profileEn: null,
        contact: null,
      }),
    });
    guestId = ((await guest.json()) as { id: string }).id;
    const form = new FormData();
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    form.append('photo', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'mascot.png');
    expect((await fetch(`${app?.url}/api/guests/${guestId}/photo`, { method: 'POST', headers: organizer, body: form })).status).toBe(200);
    expect(await photoStatus()).toBe(200);

    const run = cli('backup', ['--out', archive], dataDir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`to ${archive} (`);
    expect(run.stdout).toContain(`and 1 guest photo(s) to ${join(dataDir, 'kept', 'seeded.photos.tar.gz')}.`);
    expect(run.stdout).toContain(`npm run restore -- ${archive}`);
    expect(existsSync(archive)).toBe(true);
  });

  it('without a terminal and without --yes, restore refuses and changes nothing', async () => {
    await sql(dataDir, `UPDATE fairs SET title = '書き換えた名前' WHERE slug = '${SLUG}'`);
    const run = cli('restore', [archive], dataDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('restore: restore replaces the whole database: run it in a terminal to confirm, or add --yes');
    expect(await title()).toBe('書き換えた名前');
  });

  it('restore refuses a backup whose photo archive holds a symbolic link, before touching anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bussanten-evil-'));
    scratch.push(dir);
    const evil = join(dir, 'evil.dump');
    copyFileSync(archive, evil);
    symlinkSync('/etc/passwd', join(dir, 'passwd.jpg'));
    execFileSync('tar', ['-czf', join(dir, 'evil.photos.tar.gz'), '-C', dir, 'passwd.jpg']);
    const photosBefore = readdirSync(join(dataDir, 'photos'));
    const run = cli('restore', [evil, '--yes'], dataDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('holds "passwd.jpg", which is a symbolic link, not a photo file');
    expect(await title()).toBe('書き換えた名前');
    expect(readdirSync(join(dataDir, 'photos'))).toEqual(photosBefore);
    expect(existsSync(join(dataDir, 'backups')) ? readdirSync(join(dataDir, 'backups')).filter((f) => f.startsWith('before-restore-')) : []).toEqual([]);
  });

  it('restore --yes keeps what was there in DATA_DIR/backups, brings the backup back with its photos, and the running app serves it', async () => {
    for (const f of readdirSync(join(dataDir, 'photos'))) rmSync(join(dataDir, 'photos', f)); // the photos are lost too
    expect(await photoStatus()).toBe(404);
    const run = cli('restore', [archive, '--yes'], dataDir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^What was there is kept in .*\/backups\/before-restore-\d{4}-\d{2}-\d{2}-\d{6}\.dump$/m);
    expect(run.stdout).toMatch(/Restored \d+ entries from .* migrations are current\./);
    expect(run.stdout).toContain('Added 1 guest photo(s) from');
    expect(await photoStatus()).toBe(200);
    expect(await title()).not.toBe('書き換えた名前');
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.startsWith('before-restore-'))).toHaveLength(1);
    const res = await get(`/api/public/fairs/${SLUG}`);
    expect(res.status).toBe(200);
    expect((await get('/api/ready')).status).toBe(200);
  });

  it('create-organizer also uses the running server, and the new organizer can sign in at once', async () => {
    const account = { email: 'second@shinagawa.example', password: 'a-long-enough-password' };
    const run = cli('create-organizer', ['--email', account.email, '--name', '品川 二郎'], dataDir, { ORGANIZER_PASSWORD: account.password });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const res = await fetch(`${app?.url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) });
    expect(res.status).toBe(200);
  });

  it('with the app stopped, backup starts the embedded server itself, writes to DATA_DIR/backups and stops it again', async () => {
    if (app) await stopApp(app.child);
    app = null;
    const run = cli('backup', [], dataDir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/to .*\/backups\/bussanten-\d{4}-\d{2}-\d{2}-\d{6}\.dump \(\d+ kB/);
    expect(existsSync(join(dataDir, 'postgres/postmaster.pid'))).toBe(false);
  });

  it.each([
    ['an empty DATA_DIR', () => mkdtempSync(join(tmpdir(), 'bussanten-empty-')), 'backup: there is no database under'],
    [
      'a cluster made by another PostgreSQL major version',
      () => {
        const dir = mkdtempSync(join(tmpdir(), 'bussanten-old-'));
        mkdirSync(join(dir, 'postgres'));
        writeFileSync(join(dir, 'postgres/PG_VERSION'), '18\n');
        return dir;
      },
      'holds a PostgreSQL 18 database, but this version of Bussanten embeds PostgreSQL 15',
    ],
  ])('refuses %s with a clear message', (_, makeDir, message) => {
    const dir = makeDir();
    scratch.push(dir);
    const run = cli('backup', [], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
  });
});
