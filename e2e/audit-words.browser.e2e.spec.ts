import type { Browser, Page } from 'playwright-core';
import type { Assignment, FloorPlan, Municipality, MunicipalitySummary } from '@bussanten/contracts';
import { DEMO_ORGANIZER, createRepresentative, signInBrowser, signInHttp } from './support/accounts';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage } from './support/browser';

const run = Date.now();
const REP = { email: `audit-words-${run}@iida.example`, password: 'ringo no hana ga saku koro ni' };
const TITLE = `監査ことば物産展 ${run}`;
const DAYS = [
  { date: '2027-03-05', opens: '10:00', closes: '19:00' },
  { date: '2027-03-06', opens: '10:00', closes: '19:00' },
];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Everything the page shows (and what screen readers hear: the captions too). */
const pageText = (page: Page) => page.evaluate(() => document.body.innerText + ' ' + document.body.textContent);

// The organizer's audit log reads in words: names instead of ids, before and after side by side.
describe('audit log in words, in the browser', () => {
  let browser: Browser;
  let population: number;
  let codes: [string, string];
  beforeAll(async () => {
    browser = await launchBrowser();
    const organizer = await signInHttp(DEMO_ORGANIZER);
    const as = <T>(method: string, path: string, body?: unknown, expected = 200) => api<T>(method, path, body, expected, organizer);

    // A municipality edit: 坂井市's population, one more.
    const { items } = await as<{ items: MunicipalitySummary[] }>('GET', `/municipalities?q=${encodeURIComponent('坂井市')}`);
    const sakai = await as<Municipality>('GET', `/municipalities/${items.find((m) => m.name === '坂井市')?.id}`);
    population = (sakai.population ?? 0) + 1;
    await as('PATCH', `/municipalities/${sakai.id}`, { population });

    // A fair of its own, an application from 飯田市 accepted, placed on one booth and moved to another.
    const fairs = await as<{ id: string; slug: string }[]>('GET', '/fairs');
    const venues = await as<{ rooms: { id: string }[] }[]>('GET', '/venues');
    const fair = await as<{ id: string }>(
      'POST',
      '/fairs',
      {
        title: TITLE,
        slug: `audit-words-${run}`,
        roomId: venues[0].rooms[0].id,
        days: DAYS,
        applicationsOpenAt: new Date(Date.now() - 86_400_000).toISOString(),
        applicationsCloseAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      201,
    );
    const plan = await as<FloorPlan>('POST', `/fairs/${fair.id}/booths/copy`, { fromFairId: fairs.find((f) => f.slug === 'koryu-toshi-2023')?.id });
    await as('POST', `/fairs/${fair.id}/status`, { status: 'accepting' });
    const rep = await createRepresentative('飯田市', REP, '飯田 りんご');
    const applied = await api<{ id: string }>(
      'POST',
      `/my/fairs/${fair.id}/application`,
      {
        days: DAYS.map((d) => d.date),
        products: [{ name: '市田柿', category: 'sweets', priceMin: 600, priceMax: 1200, food: true, alcohol: false }],
        needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
        permit: { status: 'notNeeded', number: null, healthCentre: null },
        staffCount: 1,
        staff: [{ name: '飯田 太郎', phone: '090-3333-4444' }],
        vehicle: null,
        loadInTime: null,
        note: null,
      },
      201,
      rep,
    );
    await as('POST', `/applications/${applied.id}/decision`, { status: 'accepted', message: null });
    const [first, second] = plan.booths;
    codes = [first.code, second.code];
    const held = await as<Assignment>('POST', `/applications/${applied.id}/assignments`, { boothId: first.id, from: DAYS[0].date, to: DAYS[1].date }, 201);
    await as('PUT', `/assignments/${held.id}`, { boothId: second.id, from: DAYS[0].date, to: DAYS[1].date });
  });
  afterAll(() => browser?.close());

  /** The row of the newest entry of `action` that mentions `text`, as its cells' text. */
  async function entry(page: Page, action: string, text: string): Promise<string> {
    await page.goto(`${baseUrl()}/audit?action=${action}`);
    const row = page.locator('table.table > tbody > tr', { hasText: text }).first();
    await row.waitFor();
    return row.innerText();
  }

  it('names the municipality, the application and the booths, with before and after, and shows no id anywhere', async () => {
    const { page, errors } = await newPage(browser, 'ja-JP', { bypassCSP: true });
    await signInBrowser(page, DEMO_ORGANIZER, '/audit');

    const edit = await entry(page, 'municipality.updated', '坂井市');
    expect(edit).toContain('自治体を更新');
    expect(edit).toMatch(/人口\s+[\d,]+人\s+[\d,]+人/);
    expect(edit).toContain(`${population.toLocaleString('ja-JP')}人`);

    const decided = await entry(page, 'application.decided', TITLE);
    expect(decided).toContain(`飯田市（${TITLE}）`);
    expect(decided).toMatch(/状態\s+審査中\s+承認/);

    const moved = await entry(page, 'assignment.moved', TITLE);
    expect(moved).toContain('ブースを移動');
    expect(moved).toMatch(new RegExp(`ブースと期間\\s+${codes[0]}（3月5日\\(金\\)〜3月6日\\(土\\)）\\s+${codes[1]}（3月5日\\(金\\)〜3月6日\\(土\\)）`));

    // The whole log, page one: every entry in words. Staff's names and phones never appear.
    await page.goto(`${baseUrl()}/audit`);
    await page.locator('table.audit-changes').first().waitFor();
    const text = await pageText(page);
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/飯田 太郎|090-3333-4444/);
    for (const action of ['municipality.updated', 'application.decided', 'assignment.moved']) {
      await page.goto(`${baseUrl()}/audit?action=${action}`);
      await page.locator('table.audit-changes').first().waitFor();
      expect(await pageText(page)).not.toMatch(UUID);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads in English too', async () => {
    const { page } = await newPage(browser, 'en-US');
    await signInBrowser(page, DEMO_ORGANIZER, '/audit');
    await page.getByRole('button', { name: /English/ }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const decided = await entry(page, 'application.decided', TITLE);
    expect(decided).toMatch(/Status\s+Under review\s+Accepted/);
    expect(await pageText(page)).not.toMatch(UUID);
  });
});
