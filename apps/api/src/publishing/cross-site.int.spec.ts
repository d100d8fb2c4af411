import request, { type Response } from 'supertest';
import { addMember, createHost, DEMO, startTestApp, type Client, type TestApp } from '../../test/test-app';
import { RELEASE_CHANNEL } from './release-notifications';

// What other sites may do with the public schedule: read the feeds (CORS, read-only, no
// credentials), show the QR images, and frame the widget from the origins its host entered; and
// what they may not: frame anything else, or read anything else under /api.
const SLUG = 'koryu-toshi-2023';
const FEED = `/api/public/fairs/${SLUG}`;

/** The path a response answered, to name it in a failed expectation inside a loop. */
const pathOf = (res: Response): string => (res as unknown as { req: { path: string } }).req.path;

/** The headers that make a feed's answer readable by any other site, and nothing that would let credentials along. */
function expectOpen(res: Response, exposed = 'ETag'): void {
  expect({
    path: pathOf(res),
    status: res.status,
    origin: res.headers['access-control-allow-origin'],
    exposed: res.headers['access-control-expose-headers'],
    credentials: res.headers['access-control-allow-credentials'],
    corp: res.headers['cross-origin-resource-policy'],
  }).toEqual({ path: pathOf(res), status: res.status, origin: '*', exposed, credentials: undefined, corp: 'cross-origin' });
}

const frameAncestors = (res: Response) => /frame-ancestors ([^;]*)/.exec(res.headers['content-security-policy'] ?? '')?.[1];

describe('the public schedule on other sites: CORS on the feeds, CORP on the QR images, the widget (real PostgreSQL)', () => {
  let t: TestApp;
  let ota: Client;
  let shinagawa: string;
  beforeAll(async () => {
    t = await startTestApp();
    shinagawa = (await t.db.query(`SELECT id FROM hosts WHERE name = '品川区'`))[0].id;
    const otaHost = await createHost(t, '大田区', 'Ota City');
    await addMember(t, { email: 'organizer@ota.example', password: 'ota organizer password', role: 'organizer', hostId: otaHost });
    ota = await t.signIn('organizer@ota.example', 'ota organizer password');
  });
  afterAll(() => t.close());

  /** The widget as a browser would fetch it, once the release notification of a settings change has arrived (the cache forgets then). */
  const widgetAncestors = async (expected: string, path = `/embed/f/${SLUG}`): Promise<Response> => {
    const started = Date.now();
    let res = await t.anonymous.get(path).expect(200);
    while (frameAncestors(res) !== expected && Date.now() - started < 3000) {
      await new Promise((r) => setTimeout(r, 20));
      res = await t.anonymous.get(path).expect(200);
    }
    return res;
  };

  it('opens every feed to other sites, 200 and 304 alike, on the fast path and through Express', async () => {
    const hot = await t.anonymous.get(FEED).set('Origin', 'https://city.example.jp').expect(200);
    expect(hot.headers['x-request-id']).toBeUndefined(); // answered before Express (hot-public-reads.ts)
    expectOpen(hot);
    expectOpen(await t.anonymous.get(FEED).set('If-None-Match', hot.headers['etag']).expect(304));
    const viaExpress = await t.anonymous.get(`${FEED}/`).expect(200);
    expect(viaExpress.headers['x-request-id']).toEqual(expect.any(String));
    expectOpen(viaExpress);
    expectOpen(await t.anonymous.get(`${FEED}/`).set('If-None-Match', hot.headers['etag']).expect(304));
    for (const path of ['/api/public/fairs', `${FEED}/days/2023-02-18`]) {
      const ok = await t.anonymous.get(path).expect(200).expect('Content-Type', 'application/json; charset=utf-8');
      expectOpen(ok);
      expectOpen(await t.anonymous.get(path).set('If-None-Match', ok.headers['etag']).expect(304));
    }
    for (const [path, type] of [
      [`${FEED}/calendar.ics`, 'text/calendar; charset=utf-8'],
      [`${FEED}/exhibitors.csv`, 'text/csv; charset=utf-8'],
    ]) {
      // (The calendar's links hold the Host, which supertest's new port changes per request: a fixed one keeps the bytes.)
      const ok = await t.anonymous.get(path).set('Host', 'bussan.example').expect(200).expect('Content-Type', type);
      expectOpen(ok, 'ETag, Content-Disposition');
      expect(ok.headers['content-disposition']).toContain(SLUG);
      const notModified = await t.anonymous.get(path).set('Host', 'bussan.example').set('If-None-Match', ok.headers['etag']).expect(304);
      expectOpen(notModified, 'ETag, Content-Disposition');
    }
    // HEAD, the other read a preflight allows.
    expectOpen(await t.anonymous.head(`${FEED}/exhibitors.csv`).expect(200), 'ETag, Content-Disposition');
  });

  it("opens the feeds' errors too, so another site can tell an unknown or withdrawn fair from a network failure", async () => {
    const unknown = await t.anonymous.get('/api/public/fairs/no-such-fair').expect(404);
    expect(unknown.body).toMatchObject({ code: 'FAIR_NOT_FOUND' });
    expectOpen(unknown);
    expectOpen(await t.anonymous.get('/api/public/fairs/no-such-fair/calendar.ics').expect(404));
    expectOpen(await t.anonymous.get(`${FEED}/days/2023-03-01`).expect(404));
    expectOpen(await t.anonymous.get('/API/Public/fairs/no-such-fair').expect(404)); // Express matches routes without regard to case
    await t.db.query('UPDATE fairs SET visible = false WHERE slug = $1', [SLUG]);
    await t.db.query('SELECT pg_notify($1, $2)', [RELEASE_CHANNEL, SLUG]);
    try {
      const started = Date.now();
      let gone = await t.anonymous.get(`${FEED}/exhibitors.csv`);
      while (gone.status !== 410 && Date.now() - started < 3000) gone = await t.anonymous.get(`${FEED}/exhibitors.csv`);
      expect(gone.status).toBe(410);
      expectOpen(gone);
      // The fast path declines a withdrawn fair; Express answers 410, open as well.
      const whole = await t.anonymous.get(FEED).expect(410);
      expect(whole.body).toMatchObject({ code: 'FAIR_NOT_PUBLIC' });
      expectOpen(whole);
    } finally {
      await t.db.query('UPDATE fairs SET visible = true WHERE slug = $1', [SLUG]);
      await t.db.query('SELECT pg_notify($1, $2)', [RELEASE_CHANNEL, SLUG]);
    }
  });

  it('answers a preflight under /api/public (a read with If-None-Match) with 204 and what may be sent, and no other', async () => {
    for (const path of [FEED, `${FEED}/calendar.ics`, '/api/public/fairs']) {
      const preflight = await request(t.app.getHttpServer())
        .options(path)
        .set('Origin', 'https://city.example.jp')
        .set('Access-Control-Request-Method', 'GET')
        .set('Access-Control-Request-Headers', 'if-none-match')
        .expect(204);
      expect(preflight.headers).toMatchObject({
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, HEAD',
        'access-control-allow-headers': 'If-None-Match',
        'access-control-max-age': '7200',
      });
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
      expect(preflight.text).toBe('');
    }
    // A write is not among the allowed methods, and is refused as before.
    const posted = await t.anonymous.post(FEED).set('Origin', 'https://city.example.jp').send({});
    expect(posted.status).toBe(404);
  });

  it('gives nothing else under /api, nor the pages, CORS; and keeps same-origin resources for them', async () => {
    const answers = [
      await t.http.get('/api/fairs').set('Origin', 'https://city.example.jp').expect(200),
      await t.anonymous.get('/api/fairs').set('Origin', 'https://city.example.jp').expect(401),
      await t.anonymous.get('/api/publicity').expect(404), // not /api/public/…
      await request(t.app.getHttpServer()).options('/api/fairs').set('Origin', 'https://city.example.jp').set('Access-Control-Request-Method', 'GET'),
      await t.anonymous.get(`/f/${SLUG}`).expect(200),
      await t.anonymous.get(`/embed/f/${SLUG}`).expect(200),
    ];
    for (const res of answers) {
      expect([pathOf(res), res.headers['access-control-allow-origin'], res.headers['access-control-allow-methods']]).toEqual([
        pathOf(res),
        undefined,
        undefined,
      ]);
    }
    expect(answers[0].headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(answers[4].headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('lets other sites show the QR images (Cross-Origin-Resource-Policy: cross-origin)', async () => {
    for (const [path, type] of [
      [`/f/${SLUG}/qr.svg`, 'image/svg+xml; charset=utf-8'],
      [`/f/${SLUG}/qr.png`, 'image/png'],
    ]) {
      const ok = await t.anonymous.get(path).set('Host', 'bussan.example').expect(200).expect('Content-Type', type);
      expect(ok.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(frameAncestors(ok)).toBe("'none'");
      const notModified = await t.anonymous.get(path).set('Host', 'bussan.example').set('If-None-Match', ok.headers['etag']).expect(304);
      expect(notModified.headers['cross-origin-resource-policy']).toBe('cross-origin');
    }
  });

  it("keeps the host's embed origins: none at first, each checked and named by its place, normalised and merged, audited, its own host's only", async () => {
    expect((await t.http.get('/api/host/embed-origins').expect(200)).body).toEqual({ origins: [] });
    const refused = await t.http
      .put('/api/host/embed-origins')
      .send({ origins: ['https://ok.example.jp', 'http://city.example.jp', 'https://city.example.jp/events', 42, '*'] })
      .expect(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.details.map((d: { field: string; rule: string }) => [d.field, d.rule])).toEqual([
      ['origins.1', 'embedOriginHttps'],
      ['origins.2', 'embedOrigin'],
      ['origins.3', 'isString'],
      ['origins.4', 'embedOrigin'],
    ]);
    const tooMany = await t.http
      .put('/api/host/embed-origins')
      .send({ origins: Array.from({ length: 21 }, (_, i) => `https://s${i}.example.jp`) })
      .expect(400);
    expect(tooMany.body.details).toEqual([expect.objectContaining({ field: 'origins', rule: 'arrayMaxSize' })]);
    for (const body of [{}, { origins: 'https://a.example.jp' }, { origins: [], extra: 1 }]) {
      expect((await t.http.put('/api/host/embed-origins').send(body)).status).toBe(400);
    }
    // A refused request wrote nothing.
    expect(await t.db.query('SELECT embed_origins AS o FROM hosts WHERE id = $1', [shinagawa])).toEqual([{ o: [] }]);
    expect(await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'host.embed_origins_changed'`)).toEqual([]);

    const saved = await t.http
      .put('/api/host/embed-origins')
      .send({ origins: [' HTTPS://City.Example.JP:443/ ', 'http://127.0.0.1:8080', 'https://city.example.jp'] })
      .expect(200);
    expect(saved.body).toEqual({ origins: ['https://city.example.jp', 'http://127.0.0.1:8080'] });
    expect((await t.http.get('/api/host/embed-origins').expect(200)).body).toEqual(saved.body);
    // Saving the same list again changes nothing and records nothing.
    await t.http
      .put('/api/host/embed-origins')
      .send({ origins: ['https://city.example.jp', 'http://127.0.0.1:8080'] })
      .expect(200);
    expect(await t.db.query(`SELECT host_id AS "hostId", changes FROM audit_log WHERE action = 'host.embed_origins_changed'`)).toEqual([
      { hostId: shinagawa, changes: { origins: { before: [], after: ['https://city.example.jp', 'http://127.0.0.1:8080'] } } },
    ]);
    // Another host's organizer sees and sets only its own host's origins.
    expect((await ota.get('/api/host/embed-origins').expect(200)).body).toEqual({ origins: [] });
    await ota
      .put('/api/host/embed-origins')
      .send({ origins: ['https://www.city.ota.example'] })
      .expect(200);
    expect((await t.http.get('/api/host/embed-origins').expect(200)).body).toEqual(saved.body);
    expect(frameAncestors(await widgetAncestors('https://city.example.jp http://127.0.0.1:8080'))).toBe('https://city.example.jp http://127.0.0.1:8080');
    // Representatives and visitors may not read or set them.
    const rep = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    expect((await rep.get('/api/host/embed-origins')).status).toBe(403);
    expect((await t.anonymous.get('/api/host/embed-origins')).status).toBe(401);
  });

  it("frames the widget from its host's origins only, without X-Frame-Options; every other route keeps frame-ancestors 'none'", async () => {
    await t.http.put('/api/host/embed-origins').send({ origins: [] }).expect(200);
    const closed = await widgetAncestors("'none'");
    expect(frameAncestors(closed)).toBe("'none'");
    expect(closed.headers['x-frame-options']).toBeUndefined();

    await t.http
      .put('/api/host/embed-origins')
      .send({ origins: ['https://city.example.jp', 'http://127.0.0.1:8080'] })
      .expect(200);
    for (const path of [`/embed/f/${SLUG}`, `/en/embed/f/${SLUG}`]) {
      const widget = await widgetAncestors('https://city.example.jp http://127.0.0.1:8080', path);
      expect(frameAncestors(widget)).toBe('https://city.example.jp http://127.0.0.1:8080');
      expect(widget.headers['x-frame-options']).toBeUndefined();
      expect(widget.headers['content-security-policy']).toContain("default-src 'none'");
      expect(widget.headers['content-security-policy']).not.toContain('script-src');
      expect(widget.headers['cache-control']).toBe('public, max-age=60');
      expect(widget.text).not.toContain('<script');
      // A 304 carries the same policy (a cache keeps what the revalidation says).
      const etag = (await t.anonymous.get(path).set('Host', 'bussan.example').expect(200)).headers['etag'];
      const again = await t.anonymous.get(path).set('Host', 'bussan.example').set('If-None-Match', etag).expect(304);
      expect([frameAncestors(again), again.headers['x-frame-options']]).toEqual(['https://city.example.jp http://127.0.0.1:8080', undefined]);
    }

    // Everything else, pages, feeds, API, errors, the widget of an unknown fair, may not be framed by anyone.
    const others = [
      await t.anonymous.get(`/f/${SLUG}`).expect(200),
      await t.anonymous.get(`/f/${SLUG}/`).expect(200),
      await t.anonymous.get(`/en/f/${SLUG}`).expect(200),
      await t.anonymous.get('/f').expect(200),
      await t.anonymous.get(`/f/${SLUG}/qr.svg`).expect(200),
      await t.anonymous.get(FEED).expect(200),
      await t.anonymous.get(`${FEED}/calendar.ics`).expect(200),
      await t.anonymous.get('/robots.txt').expect(200),
      await t.http.get('/api/fairs').expect(200),
      await t.http.get('/api/host/embed-origins').expect(200),
      await t.anonymous.get('/api/fairs').expect(401),
      await t.anonymous.get('/embed/f/no-such-fair').expect(404),
      await t.anonymous.get('/f/no-such-fair').expect(404),
    ];
    for (const res of others) {
      expect([pathOf(res), frameAncestors(res)]).toEqual([pathOf(res), "'none'"]);
    }
  });

  it('renders the widget from the release: compact, both languages, a link to the full page in a new tab; 404 and 410 like the page', async () => {
    const ja = (await t.anonymous.get(`/embed/f/${SLUG}`).expect(200).expect('Content-Type', 'text/html; charset=utf-8')).text;
    expect(ja).toContain('<html lang="ja">');
    expect(ja).toContain('<h1>交流都市地方物産展</h1>');
    expect(ja).toContain('<meta name="robots" content="noindex">');
    expect(ja).toMatch(/<a href="http:\/\/127\.0\.0\.1:\d+\/f\/koryu-toshi-2023" target="_blank" rel="noopener">物産展のページを開く（新しいタブ）<\/a>/);
    expect(ja).toContain('出店自治体（8）');
    expect(ja).toContain('<p class="now">この物産展は終了しました</p>');
    const en = (await t.anonymous.get(`/en/embed/f/${SLUG}`).expect(200)).text;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('8 exhibiting municipalities');
    expect(en).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/en\/f\/koryu-toshi-2023" target="_blank" rel="noopener">Open the full page \(new tab\)/);
    // Nothing from the organizers' side of the fair.
    for (const text of [ja, en]) expect(text).not.toMatch(/@|permit|営業許可/);

    expect((await t.anonymous.get('/embed/f/no-such-fair').expect(404)).text).toContain('<h1>ページが見つかりません</h1>');
    expect((await t.anonymous.get('/embed/f/Not_A_Slug').expect(404)).headers['x-frame-options']).toBe('SAMEORIGIN');
    await t.db.query('UPDATE fairs SET visible = false WHERE slug = $1', [SLUG]);
    await t.db.query('SELECT pg_notify($1, $2)', [RELEASE_CHANNEL, SLUG]);
    try {
      const started = Date.now();
      let gone = await t.anonymous.get(`/en/embed/f/${SLUG}`);
      while (gone.status !== 410 && Date.now() - started < 3000) gone = await t.anonymous.get(`/en/embed/f/${SLUG}`);
      expect(gone.status).toBe(410);
      expect(frameAncestors(gone)).toBe("'none'");
    } finally {
      await t.db.query('UPDATE fairs SET visible = true WHERE slug = $1', [SLUG]);
      await t.db.query('SELECT pg_notify($1, $2)', [RELEASE_CHANNEL, SLUG]);
    }
  });
});
