import ICAL from 'ical.js';
import type { FairDayInput, PublicFairListing } from '@bussanten/contracts';
import { tokyoDateTime } from '@bussanten/domain';
import { openFair } from '../../test/fair-fixtures';
import { startTestApp, type TestApp } from '../../test/test-app';
import { RELEASE_CHANNEL } from './release-notifications';

const SEEDED = 'koryu-toshi-2023';
/** Days of a fair `from` days after today in Japan (negative: before), whatever the clock says. */
const daysFrom = (from: number, count = 2): FairDayInput[] =>
  Array.from({ length: count }, (_, i) => ({ date: tokyoDateTime(new Date(Date.now() + (from + i) * 86_400_000)).date, opens: '10:00', closes: '18:00' }));

/** The index page's sections: heading and the fair pages it links to, in order. */
const sections = (page: string) =>
  page
    .split('<section')
    .slice(1)
    .map((s) => [s.match(/<h2[^>]*>([^<]*)</)?.[1], [...s.matchAll(/<h3><a href="([^"]*)"/g)].map((m) => m[1])]);

describe('the public index, the iCal UIDs and the crawler files (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const fairId = async (slug: string): Promise<string> => (await t.http.get('/api/fairs').expect(200)).body.find((f: { slug: string }) => f.slug === slug).id;
  const publish = async (slug: string, days: FairDayInput[]): Promise<string> => {
    const { id } = await openFair(t, slug, days);
    await t.http.post(`/api/fairs/${id}/releases`).send({ note: null }).expect(201);
    return id;
  };
  const index = async (path = '/f') => sections((await t.anonymous.get(path).expect(200)).text);
  const uids = async (slug: string, host: string): Promise<string[]> => {
    const ics = (await t.anonymous.get(`/api/public/fairs/${slug}/calendar.ics`).set('Host', host).expect(200)).text;
    return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
  };

  it('lists current and upcoming fairs apart from ended ones (newest first), up to date after each publication', async () => {
    expect(await index()).toEqual([
      ['開催中・開催予定の物産展', []],
      ['終了した物産展', [`/f/${SEEDED}`]],
    ]);
    await publish('soon', daysFrom(30));
    await publish('now-on', daysFrom(-1, 3));
    await publish('past-2024', [{ date: '2024-05-01', opens: '10:00', closes: '18:00' }]);
    expect(await index()).toEqual([
      ['開催中・開催予定の物産展', ['/f/now-on', '/f/soon']],
      ['終了した物産展', ['/f/past-2024', `/f/${SEEDED}`]],
    ]);
    expect(await index('/en/f')).toEqual([
      ['Current and upcoming fairs', ['/en/f/now-on', '/en/f/soon']],
      ['Ended fairs', ['/en/f/past-2024', `/en/f/${SEEDED}`]],
    ]);
    const listing = (await t.anonymous.get('/api/public/fairs').expect(200)).body as PublicFairListing[];
    expect(listing.map((f) => f.slug)).toEqual([SEEDED, 'past-2024', 'now-on', 'soon']);
    expect(listing[0]).toEqual({
      slug: SEEDED,
      title: '交流都市地方物産展',
      titleEn: expect.any(String),
      hostName: '品川区',
      hostNameEn: 'Shinagawa City',
      firstDay: '2023-02-17',
      lastDay: '2023-02-21',
      venueName: expect.any(String),
    });
  });

  it('omits a fair that is no longer visible as soon as its release notification arrives, and keeps an archived visible fair under ended', async () => {
    await t.http
      .post(`/api/fairs/${await fairId(SEEDED)}/status`)
      .send({ status: 'archived' })
      .expect(200);
    // What the visibility route does (fairs.visible, then the release notification): here in SQL.
    await t.db.query('UPDATE fairs SET visible = false WHERE slug = $1', ['past-2024']);
    await t.db.query('SELECT pg_notify($1, $2)', [RELEASE_CHANNEL, 'past-2024']);
    const started = Date.now();
    while ((await index())[1]?.[1]?.includes('/f/past-2024') && Date.now() - started < 2000) await new Promise((r) => setTimeout(r, 20));
    expect(await index()).toEqual([
      ['開催中・開催予定の物産展', ['/f/now-on', '/f/soon']],
      ['終了した物産展', [`/f/${SEEDED}`]],
    ]);
    expect((await t.anonymous.get('/api/public/fairs').expect(200)).body.map((f: PublicFairListing) => f.slug)).not.toContain('past-2024');
    expect((await t.anonymous.get('/sitemap.xml').expect(200)).text).not.toContain('past-2024');
  });

  it('gives the iCal feed the same UIDs whatever the Host header: the install id until PUBLIC_URL is set, fixed at first publication', async () => {
    const [{ id }] = await t.db.query('SELECT id FROM install');
    const seeded = await uids(SEEDED, 'bussan.example');
    expect(await uids(SEEDED, 'evil.example:8080')).toEqual(seeded);
    expect(seeded.length).toBe(8);
    for (const uid of seeded) expect(uid.endsWith(`@${id}.bussanten.invalid`)).toBe(true);

    process.env['PUBLIC_URL'] = 'https://fairs.shinagawa.example/';
    try {
      const later = await publish('public-url-fair', daysFrom(40));
      process.env['PUBLIC_URL'] = 'https://moved.example';
      await t.http.post(`/api/fairs/${later}/releases`).send({ note: null }).expect(201);
    } finally {
      delete process.env['PUBLIC_URL'];
    }
    const fixed = await uids('public-url-fair', 'moved.example');
    expect(fixed.length).toBe(2);
    for (const uid of fixed) expect(uid).toMatch(/^public-url-fair-\d{4}-\d\d-\d\d@fairs\.shinagawa\.example$/);
    // A fair published before PUBLIC_URL was set keeps the install's domain.
    const soon = await uids('soon', 'localhost');
    await t.http
      .post(`/api/fairs/${await fairId('soon')}/releases`)
      .send({ note: null })
      .expect(201);
    expect(await uids('soon', 'bussan.example')).toEqual(soon);
  });

  it('serves /robots.txt as text/plain: the public pages allowed, the API and the admin app not; and a sitemap of the visible fairs', async () => {
    const robots = await t.anonymous.get('/robots.txt').set('Host', 'bussan.example').expect(200);
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.text.split('\n')).toEqual([
      'User-agent: *',
      'Allow: /f$',
      'Allow: /f/',
      'Allow: /en/f$',
      'Allow: /en/f/',
      'Allow: /sitemap.xml$',
      'Disallow: /',
      '',
      'Sitemap: http://bussan.example/sitemap.xml',
      '',
    ]);
    const sitemap = await t.anonymous.get('/sitemap.xml').set('Host', 'bussan.example').expect(200);
    expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8');
    const locs = [...sitemap.text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(
      expect.arrayContaining([
        'http://bussan.example/f',
        'http://bussan.example/en/f',
        `http://bussan.example/f/${SEEDED}`,
        `http://bussan.example/en/f/${SEEDED}`,
        'http://bussan.example/f/soon',
      ]),
    );
    expect(locs).toHaveLength(2 + 2 * 4);
  });
});
