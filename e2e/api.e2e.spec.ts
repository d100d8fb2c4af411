import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_ORGANIZER, signInHttp } from './support/accounts';
import { baseUrl } from './support/browser';
import type { Page as ApiPage, MunicipalitySummary } from '@bussanten/contracts';

// Black-box checks of the running system, started as `npm start` starts it.
describe('the running app (HTTP)', () => {
  it('reports alive, and ready with the embedded database up and migrated', async () => {
    const res = await fetch(`${baseUrl()}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${baseUrl()}/api/ready`);
    expect([ready.status, (await ready.json()).migrations]).toEqual([200, 'current']);
  });

  it('refuses the registry to anonymous callers', async () => {
    const res = await fetch(`${baseUrl()}/api/municipalities`);
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('UNAUTHENTICATED');
  });

  it('serves the seeded registry to the demo organizer: 宮古市 in 岩手県', async () => {
    const headers = await signInHttp(DEMO_ORGANIZER);
    const res = await fetch(`${baseUrl()}/api/municipalities?q=${encodeURIComponent('ﾐﾔｺ')}`, { headers });
    const page = (await res.json()) as ApiPage<MunicipalitySummary>;
    // With the official list ﾐﾔｺ also finds 宮古島市, みやこ町 and 都城市 (みやこのじょうし); 宮古市 once.
    expect(page.items.filter((m) => m.name === '宮古市')).toEqual([
      expect.objectContaining({ prefecture: '岩手県', population: 44905, areaKm2: 1259.89, firstAgreementYear: 2002 }),
    ]);
  });

  it('publishes an OpenAPI document and a reference page', async () => {
    const doc = await (await fetch(`${baseUrl()}/api/openapi.json`)).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/municipalities', '/api/municipalities/{id}', '/api/agreements', '/api/health']));
    const docs = await fetch(`${baseUrl()}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });

  it('serves the UI shell at / and at client-side routes, but JSON 404s under /api', async () => {
    for (const path of ['/', '/registry', '/registry/municipalities/new']) {
      const res = await fetch(`${baseUrl()}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('<div id="root"');
    }
    const missing = await fetch(`${baseUrl()}/api/no-such-thing`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).code).toBe('NOT_FOUND');
  });

  it('serves /robots.txt as text/plain (not the UI shell): the public pages open to crawlers, the rest closed', async () => {
    const res = await fetch(`${baseUrl()}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const robots = await res.text();
    expect(robots).toContain('Allow: /f/\n');
    expect(robots).toContain('Disallow: /\n');
    expect(robots).not.toContain('<div id="root"');
  });

  it('refuses to start with an invalid PUBLIC_URL, naming it, before touching any database', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bussanten-bad-url-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', PUBLIC_URL: 'https://bussanten.example.jp/fairs' };
      delete env['DATABASE_URL'];
      const run = spawnSync(process.execPath, [resolve(__dirname, '..', 'dist/apps/api/main.js')], { env, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("Configuration error: PUBLIC_URL must be the public site's address");
      expect(run.stdout).not.toContain('Embedded PostgreSQL running');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to start with NODE_ENV=production and no APP_SECRET, saying so, before touching any database or DATA_DIR', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'bussanten-no-secret-')), 'data');
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PUBLIC_URL: 'https://bussanten.example.jp', DATA_DIR: dataDir, PORT: '0' };
      delete env['DATABASE_URL'];
      delete env['APP_SECRET'];
      const run = spawnSync(process.execPath, [resolve(__dirname, '..', 'dist/apps/api/main.js')], { env, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('Configuration error: APP_SECRET must be set when NODE_ENV=production');
      expect(run.stdout).not.toContain('Embedded PostgreSQL running');
      expect(existsSync(dataDir)).toBe(false); // no key file was made in its place
    } finally {
      rmSync(join(dataDir, '..'), { recursive: true, force: true });
    }
  });
});
