import type { Browser, Page } from 'playwright-core';
import type { Booth, FairSummary } from '@bussanten/contracts';
import { DEMO_MIYAKO, DEMO_ORGANIZER, signInBrowser, signInHttp } from './support/accounts';
import { api } from './support/api';
import { launchBrowser, newPage } from './support/browser';

// A fair of this file's own (made through the API): 宮古市 on booth A1 for both days with two named
// staff, a guest visiting A1 on the second day. Nothing another test file does moves under it.
const RUN = Date.now();
const DAYS = [
  { date: '2030-05-10', opens: '10:00', closes: '19:00' },
  { date: '2030-05-11', opens: '10:00', closes: '17:00' },
];
const GUEST = `当日シートの鮭太郎${RUN}`;

/** The API reads the page makes (path and query), from now on. */
function apiReads(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) seen.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  return seen;
}

describe('the day sheet in the browser', () => {
  let browser: Browser;
  let fairId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const organizer = await signInHttp(DEMO_ORGANIZER);
    const as = (method: string, path: string, body?: unknown, status = 200) => api<{ id: string }>(method, path, body, status, organizer);
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues', undefined, 200, organizer);
    const now = Date.now();
    fairId = (
      await as(
        'POST',
        '/fairs',
        {
          title: '当日シート試験',
          slug: `day-sheet-${RUN}`,
          roomId: venues[0].rooms[0].id,
          days: DAYS,
          applicationsOpenAt: new Date(now - 86_400_000).toISOString(),
          applicationsCloseAt: new Date(now + 30 * 86_400_000).toISOString(),
        },
        201,
      )
    ).id;
    const fairs = await api<FairSummary[]>('GET', '/fairs', undefined, 200, organizer);
    const fair2023 = fairs.find((f) => f.slug === 'koryu-toshi-2023') as FairSummary;
    const plan = await api<{ booths: Booth[] }>('POST', `/fairs/${fairId}/booths/copy`, { fromFairId: fair2023.id }, 200, organizer);
    const a1 = plan.booths.find((b) => b.code === 'A1') as Booth;
    await as('POST', `/fairs/${fairId}/status`, { status: 'accepting' });

    const miyako = await signInHttp(DEMO_MIYAKO);
    const application = await api<{ id: string }>(
      'POST',
      `/my/fairs/${fairId}/application`,
      {
        days: DAYS.map((d) => d.date),
        products: [{ name: '鮭の新巻', category: 'seafood', priceMin: 1000, priceMax: 3000, food: true, alcohol: false }],
        needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
        permit: { status: 'held', number: '岩手第456号', healthCentre: '宮古保健所' },
        staffCount: 2,
        staff: [
          { name: '宮古 一郎', phone: '090-1111-2222' },
          { name: '宮古 花子', phone: '080-3333-4444' },
        ],
        vehicle: '軽トラック 1台',
        loadInTime: '08:30',
        note: null,
      },
      201,
      miyako,
    );
    await as('POST', `/applications/${application.id}/decision`, { status: 'accepted', message: null });
    await as('POST', `/applications/${application.id}/assignments`, { boothId: a1.id, from: DAYS[0].date, to: DAYS[1].date }, 201);
    const guest = await as(
      'POST',
      '/guests',
      { name: GUEST, nameEn: null, kind: 'mascot', ownerMunicipalityId: null, profile: null, profileEn: null, contact: null },
      201,
    );
    await as(
      'POST',
      `/fairs/${fairId}/appearances`,
      {
        guestId: guest.id,
        date: DAYS[1].date,
        start: '11:00',
        end: null,
        durationMinutes: 30,
        approximate: false,
        location: { kind: 'booth', boothId: a1.id },
        status: 'confirmed',
        publicNote: null,
      },
      201,
    );
  });
  afterAll(() => browser?.close());

  it('reads the day in one request, shows booths, exhibitors, staff and visits, switches days, and prints without the navigation', async () => {
    const { page, errors } = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await signInBrowser(page, DEMO_ORGANIZER, '/fairs');
    // The fair list's own read must be done before counting: on a busy machine it landed among the sheet's.
    await page.waitForLoadState('networkidle');
    const reads = apiReads(page);
    const sheetOf = (day: string) => `GET /api/fairs/${fairId}/day-sheet?day=${day}`;

    await page.goto(`${new URL(page.url()).origin}/fairs/${fairId}/day-sheet?day=${DAYS[1].date}`);
    await page.getByRole('heading', { level: 1, name: '令和12年5月11日(土) 当日シート' }).waitFor();
    const booths = page.getByRole('table', { name: 'ブースごとの出展者と当日のスタッフ' });
    const a1 = booths.getByRole('row', { name: /^A1 / });
    await a1.waitFor();
    await page.waitForLoadState('networkidle');

    // The sheet's data came in ONE request for the day. Besides it the page reads the session
    // (GET /api/auth/me, as every page does) and the fair (GET /api/fairs/:id, for the day switcher);
    // no per-exhibitor application reads, no assignments, plan or appearances.
    expect(reads.filter((r) => r.includes('/day-sheet'))).toEqual([sheetOf(DAYS[1].date)]);
    expect([...new Set(reads.filter((r) => !r.includes('/day-sheet')))].sort()).toEqual(['GET /api/auth/me', `GET /api/fairs/${fairId}`].sort());

    await page.getByText('営業時間 10:00〜17:00').waitFor();
    expect(await a1.textContent()).toContain('宮古市');
    expect(await a1.textContent()).toContain('鮭の新巻');
    expect(await a1.textContent()).toContain('2名');
    expect(await a1.getByRole('link', { name: '090-1111-2222' }).getAttribute('href')).toBe('tel:09011112222');
    expect(await a1.textContent()).toContain('宮古 花子');
    expect(await a1.textContent()).toContain('前日から継続');
    expect(await booths.getByRole('row', { name: /^A2 / }).textContent()).toContain('空き');
    const visits = page.getByRole('region', { name: 'ゲストの来場' });
    expect(await visits.getByRole('row', { name: new RegExp(GUEST) }).textContent()).toBe(`11:00〜11:30${GUEST}A1 宮古市`);
    // The map is a labelled picture of the room, with A1 drawn as held.
    expect(await page.getByRole('img', { name: /フロア図：ブース12か所のうち空き11か所/ }).count()).toBe(1);

    // Another day: one more request, for that day only.
    await page.getByLabel('日付').selectOption(DAYS[0].date);
    await page.getByRole('heading', { level: 1, name: '令和12年5月10日(金) 当日シート' }).waitFor();
    await page.getByText('営業時間 10:00〜19:00').waitFor();
    expect(await booths.getByRole('row', { name: /^A1 / }).textContent()).toContain('08:30 ・ 軽トラック 1台');
    await page.getByText('この日のゲストの来場予定はありません。').waitFor();
    expect(reads.filter((r) => r.includes('/day-sheet'))).toEqual([sheetOf(DAYS[1].date), sheetOf(DAYS[0].date)]);

    // On paper: the site's navigation, the back link and the controls are gone; the sheet stays.
    const nav = page.getByRole('navigation').first();
    expect(await nav.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await nav.isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '印刷する' }).isVisible()).toBe(false);
    expect(await page.getByLabel('日付').isVisible()).toBe(false);
    expect(await booths.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });
});
