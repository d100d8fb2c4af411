import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { NextFunction, Request, Response } from 'express';
import request from 'supertest';
import { PublicReleasesService } from '../public-releases.service';
import { fair2023 } from './fair-fixture';
import { FindScript } from './find-script';
import { FAIR_PAGE_CSP, PUBLIC_PAGE_CSP, PublicPageController } from './page.controller';
import { isPublicPagePath, PUBLIC_PAGE_ROUTES } from './routes';

// The controller over plain HTTP with a stand-in for the releases (no database), mounted the way
// app-setup.ts mounts it: global prefix 'api' with the page routes excluded, and an SPA fallback
// in front that must let the page paths through.
describe('PublicPageController', () => {
  let app: NestExpressApplication;
  // koryu-toshi-2023 is shown; stopped-2023 has a release its organizer stopped showing (公開停止).
  const latest = jest.fn(async (slug: string) =>
    slug === 'koryu-toshi-2023'
      ? { id: 'r2', digest: 'd2', snapshot: fair2023(), visible: true }
      : slug === 'stopped-2023'
        ? { id: 'r3', digest: 'd3', snapshot: fair2023(), visible: false }
        : null,
  );
  const listing = jest.fn(async () => [
    {
      slug: 'koryu-toshi-2023',
      title: '交流都市地方物産展',
      titleEn: null,
      hostName: '品川区',
      firstDay: '2023-02-17',
      lastDay: '2023-02-21',
      venueName: 'イオンスタイル品川シーサイド',
    },
  ]);

  // A stand-in for the built script (dist/apps/api/public-page/find.js): the headers are what is tested here.
  const script = new FindScript(Buffer.from('document.title;\n'));

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [PublicPageController],
      providers: [
        { provide: PublicReleasesService, useValue: { latest, listing } },
        { provide: FindScript, useValue: script },
      ],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
    app.setGlobalPrefix('api', { exclude: PUBLIC_PAGE_ROUTES });
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.path.startsWith('/api/') || isPublicPagePath(req.path)) return next();
      res.type('html').send('<div id="root"></div>');
    });
    // One listening port, so every request has the same Host (it is part of the page: og:url).
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });
  afterAll(() => app.close());
  let base: string;
  const http = () => request(base);

  it('answers 410 with a page that names nothing of the fair when its publication was stopped, on the page and the QR codes', async () => {
    for (const path of ['/f/stopped-2023', '/en/f/stopped-2023', '/f/stopped-2023/qr.svg', '/f/stopped-2023/qr.png']) {
      const res = await http().get(path).expect(410);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).not.toContain('交流都市');
    }
    expect((await http().get('/f/unknown-2023').expect(404)).text).toContain('ページが見つかりません');
  });

  it('serves the Japanese page with a strong ETag, caching headers and a CSP allowing only its own script', async () => {
    const res = await http().get('/f/koryu-toshi-2023').expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{27}-gz"$/); // supertest asks for gzip (public-body.ts)
    expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe(FAIR_PAGE_CSP);
    expect(FAIR_PAGE_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(res.text).toContain(`<script src="${script.path}" defer></script>`);
    expect(res.text.match(/<script/g)).toHaveLength(1);
    expect(res.text).toContain('<html lang="ja">');
    // The index has no script, and its CSP allows none.
    const index = await http().get('/f').expect(200);
    expect(index.headers['content-security-policy']).toBe(PUBLIC_PAGE_CSP);
    expect(index.text).not.toContain('<script');
    expect(res.text).toContain('<meta property="og:url" content="http://127.0.0.1');
  });

  it('answers 304 to a matching If-None-Match, and the same bytes from its cache', async () => {
    const first = await http().get('/f/koryu-toshi-2023').expect(200);
    const etag = first.headers['etag'];
    await http().get('/f/koryu-toshi-2023').set('If-None-Match', `"other", ${etag}`).expect(304);
    expect((await http().get('/f/koryu-toshi-2023').expect(200)).headers['etag']).toBe(etag);
    const en = await http().get('/en/f/koryu-toshi-2023').expect(200);
    expect(en.text).toContain('<html lang="en">');
    expect(en.headers['etag']).not.toBe(etag);
  });

  it('uses PUBLIC_URL for the page address when it is set', async () => {
    process.env['PUBLIC_URL'] = 'https://bussan.example/';
    try {
      const res = await http().get('/f/koryu-toshi-2023').expect(200);
      expect(res.text).toContain('<meta property="og:url" content="https://bussan.example/f/koryu-toshi-2023">');
    } finally {
      delete process.env['PUBLIC_URL'];
    }
  });

  it('gives a real HTML 404 page for an unknown slug, and does not ask for an impossible one', async () => {
    const res = await http().get('/f/no-such-fair').expect(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toContain('<h1>ページが見つかりません</h1>');
    expect((await http().get('/en/f/no-such-fair').expect(404)).text).toContain('<h1>Page not found</h1>');
    latest.mockClear();
    await http().get('/f/Not_A_Slug').expect(404);
    expect(latest).not.toHaveBeenCalled();
  });

  it('lists the released fairs at /f and /en/f', async () => {
    expect((await http().get('/f').expect(200)).text).toContain('<a href="/f/koryu-toshi-2023">交流都市地方物産展</a>');
    expect((await http().get('/en/f').expect(200)).text).toContain('<a href="/en/f/koryu-toshi-2023" lang="ja">');
  });

  it('makes QR codes of the page address as SVG and PNG, only for released fairs', async () => {
    const svg = await fetch(`${base}/f/koryu-toshi-2023/qr.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const png = await http().get('/f/koryu-toshi-2023/qr.png').buffer(true).expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect((png.body as Buffer).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    await http().get('/f/no-such-fair/qr.png').expect(404);
  });

  it("serves the page's own script under the hash of its bytes, kept a year, and 404 for any other name", async () => {
    expect(script.path).toMatch(/^\/f\/_\/find\.[A-Za-z0-9_-]{10}\.js$/);
    const res = await http()
      .get(script.path as string)
      .expect(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['etag']).toBe(script.body?.etag);
    expect(res.text).toBe('document.title;\n');
    await http()
      .get(script.path as string)
      .set('If-None-Match', script.body?.etag as string)
      .expect(304);
    for (const other of ['/f/_/find.AAAAAAAAAA.js', '/f/_/find.js', '/f/_/..%2Fmain.js', '/en/f/_/find.js']) await http().get(other).expect(404);
    expect(isPublicPagePath(script.path as string)).toBe(true);
  });

  it('has no script without a built one: FindScript.fromDisk finds none beside the sources', () => {
    const none = FindScript.fromDisk(__dirname);
    expect([none.path, none.body]).toEqual([null, null]);
    expect(none.bodyFor('find.js')).toBeNull();
  });

  it('is reached outside /api, ahead of the SPA fallback', async () => {
    await http().get('/api/f/koryu-toshi-2023').expect(404);
    expect((await http().get('/fairs/1').expect(200)).text).toBe('<div id="root"></div>');
    expect(isPublicPagePath('/f')).toBe(true);
    expect(isPublicPagePath('/en/f/x')).toBe(true);
    expect(isPublicPagePath('/fairs')).toBe(false);
  });
});
