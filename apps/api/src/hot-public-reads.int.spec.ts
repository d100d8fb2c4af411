import { startTestApp, type TestApp } from '../test/test-app';

// The fair's feed and pages are answered before Express (hot-public-reads.ts); what they decline,
// and every other request, reaches Express unchanged. The request id that Express's middleware
// adds to every answer tells which way a request went.
const SLUG = 'koryu-toshi-2023';

describe('hot public reads (before Express)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers the feed and both pages without Express: the same bytes, no request id', async () => {
    const feed = await t.anonymous.get(`/api/public/fairs/${SLUG}`).expect(200);
    expect(feed.headers['x-request-id']).toBeUndefined();
    expect(feed.body.exhibitors).toHaveLength(8);
    // A query string does not change the answer (Express's req.path would not see it either).
    const queried = await t.anonymous.get(`/api/public/fairs/${SLUG}?utm_source=poster`).expect(200);
    expect([queried.headers['etag'], queried.headers['x-request-id']]).toEqual([feed.headers['etag'], undefined]);
    for (const [path, lang] of [
      [`/f/${SLUG}`, 'ja'],
      [`/en/f/${SLUG}`, 'en'],
    ]) {
      const page = await t.anonymous.get(path).expect(200).expect('Content-Type', 'text/html; charset=utf-8');
      expect(page.headers['x-request-id']).toBeUndefined();
      expect(page.text).toContain(`<html lang="${lang}">`);
      expect(page.text).toMatch(/<meta property="og:url" content="http:\/\/127\.0\.0\.1:\d+\/(en\/)?f\/koryu-toshi-2023">/);
    }
    const head = await t.anonymous.head(`/f/${SLUG}`).expect(200);
    expect([head.text, head.headers['etag']]).toEqual([undefined, expect.stringMatching(/^"/)]);
    // (The page's bytes hold the Host, which supertest's new port changes per request: the feed's do not.)
    const notModified = await t.anonymous.get(`/api/public/fairs/${SLUG}`).set('If-None-Match', feed.headers['etag']).expect(304);
    expect(notModified.headers['x-request-id']).toBeUndefined();
  });

  it('sends the security headers that helmet sends on the Express path for the same read', async () => {
    const SECURITY = [
      'content-security-policy',
      'strict-transport-security',
      'referrer-policy',
      'x-content-type-options',
      'x-frame-options',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'origin-agent-cluster',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ];
    const security = (headers: Record<string, string>) => Object.fromEntries(SECURITY.map((name) => [name, headers[name]]));
    for (const path of [`/api/public/fairs/${SLUG}`, `/f/${SLUG}`, `/en/f/${SLUG}`, '/f', '/en/f']) {
      const hot = await t.anonymous.get(path).expect(200);
      // A trailing slash misses the hot paths' patterns; Express's routes are not strict and answer it, through helmet.
      const regular = await t.anonymous.get(`${path}/`).expect(200);
      expect([path, hot.headers['x-request-id'], typeof regular.headers['x-request-id']]).toEqual([path, undefined, 'string']);
      expect({ path, ...security(hot.headers) }).toEqual({ path, ...security(regular.headers) });
      expect(hot.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
      });
      expect(hot.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(hot.headers['content-security-policy']).toMatch(path.startsWith('/api/') ? /default-src 'self'/ : /default-src 'none'/);
      expect(hot.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    }
    const feed = await t.anonymous.get(`/api/public/fairs/${SLUG}`).expect(200);
    const notModified = await t.anonymous.get(`/api/public/fairs/${SLUG}`).set('If-None-Match', feed.headers['etag']).expect(304);
    expect(security(notModified.headers)).toEqual(security(feed.headers));
  });

  it('leaves to Express an unknown fair, other methods and other paths', async () => {
    const unknown = await t.anonymous.get('/api/public/fairs/no-such-fair').expect(404);
    expect(unknown.body).toMatchObject({ code: 'FAIR_NOT_FOUND', requestId: unknown.headers['x-request-id'] });
    const page404 = await t.anonymous.get('/f/no-such-fair').expect(404);
    expect([page404.headers['x-request-id'], page404.text]).toEqual([expect.any(String), expect.stringContaining('<h1>ページが見つかりません</h1>')]);
    const posted = await t.anonymous.post(`/api/public/fairs/${SLUG}`).send({});
    expect([posted.status, typeof posted.headers['x-request-id']]).toEqual([404, 'string']);
    expect((await t.anonymous.get(`/api/public/fairs/${SLUG}/exhibitors.csv`).expect(200)).headers['x-request-id']).toEqual(expect.any(String));
  });

  it('behind a trusted proxy without PUBLIC_URL, leaves the pages to Express, which reads X-Forwarded-Proto', async () => {
    const proxied = await startTestApp({ sameDatabaseAs: t, trustProxy: 1 });
    try {
      const page = await proxied.anonymous.get(`/f/${SLUG}`).set('X-Forwarded-Proto', 'https').expect(200);
      expect(page.headers['x-request-id']).toEqual(expect.any(String));
      expect(page.text).toMatch(/<meta property="og:url" content="https:\/\/127\.0\.0\.1:\d+\/f\/koryu-toshi-2023">/);
      // The feed has no address in it: it stays on the fast path.
      expect((await proxied.anonymous.get(`/api/public/fairs/${SLUG}`).expect(200)).headers['x-request-id']).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });
});
