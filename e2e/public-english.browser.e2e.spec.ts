import type { Browser } from 'playwright-core';
import type { FloorPlan, PublicFair } from '@bussanten/contracts';
import { DEMO_MIYAKO, DEMO_ORGANIZER, signInHttp } from './support/accounts';
import { api } from './support/api';
import { baseUrl, launchBrowser, newPage } from './support/browser';

const DAYS = [
  { date: '2027-04-10', opens: '10:00', closes: '19:00' },
  { date: '2027-04-11', opens: '10:00', closes: '17:00' },
];
/** Kana, kanji and full-width forms: what an English reader cannot read. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * The English public page says in English whatever has an English name in the registry or the
 * release (municipality, product, guest, place, tie, the changes section), and marks every
 * Japanese text it still shows (no English name given) with lang="ja".
 */
describe('the English public page', () => {
  let browser: Browser;
  let slug: string;
  let fairId: string;
  let visitId: string;
  let guestId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const organizer = await signInHttp(DEMO_ORGANIZER);
    const as = <T>(method: string, path: string, body?: unknown, status = 200) => api<T>(method, path, body, status, organizer);
    const venues = await as<{ rooms: { id: string }[] }[]>('GET', '/venues');
    const fairs = await as<{ id: string; slug: string }[]>('GET', '/fairs');
    slug = `english-${Date.now()}`;
    const now = Date.now();
    fairId = (
      await as<{ id: string }>(
        'POST',
        '/fairs',
        {
          title: '英語表示テスト物産展',
          titleEn: 'English Test Fair',
          slug,
          roomId: venues[0].rooms[0].id,
          days: DAYS,
          applicationsOpenAt: new Date(now - 86_400_000).toISOString(),
          applicationsCloseAt: new Date(now + 30 * 86_400_000).toISOString(),
        },
        201,
      )
    ).id;
    const plan = await as<FloorPlan>('POST', `/fairs/${fairId}/booths/copy`, { fromFairId: fairs.find((f) => f.slug === 'koryu-toshi-2023')?.id });
    await as('POST', `/fairs/${fairId}/status`, { status: 'accepting' });
    const miyako = await signInHttp(DEMO_MIYAKO);
    const application = await api<{ id: string }>(
      'POST',
      `/my/fairs/${fairId}/application`,
      {
        days: DAYS.map((d) => d.date),
        products: [{ name: '塩うに', nameEn: 'Salted sea urchin', category: 'seafood', priceMin: 1000, priceMax: 3000, food: true, alcohol: false }],
        needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
        permit: { status: 'notNeeded', number: null, healthCentre: null },
        staffCount: 2,
        staff: [],
        vehicle: null,
        loadInTime: null,
        note: null,
        prText: '三陸の海の幸をどうぞ',
        prTextEn: 'Seafood from the Sanriku coast',
      },
      201,
      miyako,
    );
    await as('POST', `/applications/${application.id}/decision`, { status: 'accepted', message: null });
    const a1 = plan.booths.find((b) => b.code === 'A1')?.id;
    await as('POST', `/applications/${application.id}/assignments`, { boothId: a1, from: DAYS[0].date, to: DAYS[1].date }, 201);
    guestId = (
      await as<{ id: string }>(
        'POST',
        '/guests',
        {
          name: '英語テストの龍馬',
          nameEn: 'Ryoma of the English test',
          kind: 'ambassador',
          ownerMunicipalityId: null,
          profile: null,
          profileEn: null,
          contact: null,
        },
        201,
      )
    ).id;
    const visits = await as<{ id: string }[]>(
      'POST',
      `/fairs/${fairId}/appearances/repeat`,
      {
        guestId,
        date: DAYS[0].date,
        durationMinutes: 30,
        approximate: false,
        location: { kind: 'venue' },
        status: 'confirmed',
        publicNote: null,
        starts: ['13:00'],
      },
      201,
    );
    visitId = visits[0]!.id;
    await as('POST', `/fairs/${fairId}/status`, { status: 'closed' });
    await as('POST', `/fairs/${fairId}/releases`, { note: null }, 201);
    // A second release moves the visit, so the page has a changes section to read.
    await as('PUT', `/appearances/${visitId}`, {
      guestId,
      date: DAYS[0].date,
      start: '14:00',
      end: null,
      durationMinutes: 30,
      approximate: false,
      location: { kind: 'venue' },
      status: 'confirmed',
      publicNote: null,
    });
    await as('POST', `/fairs/${fairId}/releases`, { note: null }, 201);
  });
  afterAll(() => browser?.close());

  it('shows the registry’s and the release’s English names, and marks every Japanese text left as Japanese', async () => {
    const feed = (await (await fetch(`${baseUrl()}/api/public/fairs/${slug}`)).json()) as PublicFair;
    const exhibitor = feed.exhibitors.find((e) => e.name === '宮古市');
    expect(exhibitor?.nameEn).toBeTruthy();
    const { page, errors } = await newPage(browser);
    await page.goto(`${baseUrl()}/en/f/${slug}`);
    const main = page.locator('main');
    const text = await main.innerText();
    for (const english of [
      exhibitor!.nameEn!,
      'Salted sea urchin',
      'Seafood from the Sanriku coast',
      'Ryoma of the English test',
      'Whole venue',
      'English Test Fair',
    ])
      expect(text).toContain(english);
    const changes = page.getByRole('region', { name: /changes/i });
    await expect(changes.innerText()).resolves.toContain('Ryoma of the English test');

    // Every text with Japanese in it sits in an element marked lang="ja".
    const unmarked = await page.evaluate((source) => {
      const japanese = new RegExp(source);
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        if (!japanese.test(value)) continue;
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
        if (lang !== 'ja') found.push(value.trim());
      }
      return found;
    }, JAPANESE.source);
    // The language switch names Japanese in Japanese on purpose, and is marked so; nothing else may show.
    expect(unmarked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
