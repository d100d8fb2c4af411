import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MunicipalitySummary } from '@bussanten/contracts';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { baseUrl, launchBrowser } from './support/browser';

// Finding things on the public page, on a phone (390 × 844): search as you type and the filters
// (the page's own script), the per-area lists and their anchors (without it), and a booth map whose
// names stay 12 px or more. The seeded 2023 fair has no areas, and other tests read it as it is, so
// the areas are tried on a fair of this run's own, published here.
const SLUG_2023 = 'koryu-toshi-2023';
const run = Date.now().toString(36);
const SLUG = `find-${run}`;
const TITLE = `エリア確認物産展 ${run}`;
const DAYS = [
  { date: '2027-06-11', opens: '10:00', closes: '19:00' },
  { date: '2027-06-12', opens: '10:00', closes: '17:00' },
];
/** Municipality, its product (name, category), booth, area. */
const EXHIBITS = [
  ['十日町市', 'へぎそば', 'processed', 'E-1', '入口側'],
  ['飯田市', '市田柿', 'sweets', 'K-1', '奥'],
  ['福山市', '鯛ちくわ', 'seafood', 'N-1', null],
] as const;
const PHONE = { width: 390, height: 844 };

const boothInput = (code: string, x: number, zone: string | null) => ({
  code,
  x,
  y: 2,
  width: 3,
  depth: 3,
  powerWatts: 0,
  fridge: false,
  freezer: false,
  water: false,
  cookingAllowed: false,
  tags: [],
  prime: 0,
  zone,
});

/** Names of the exhibitor cards shown now (the first word of each card's heading). */
async function shownExhibitors(page: Page): Promise<string[]> {
  const headings = await page.locator('li.ex:visible').locator('h3, h4').allTextContents();
  return headings.map((h) => h.trim().split(/\s/)[0]);
}

describe('finding things on the public page, on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues');
    const now = Date.now();
    const fairId = (
      await api<{ id: string }>(
        'POST',
        '/fairs',
        {
          title: TITLE,
          slug: SLUG,
          roomId: venues[0].rooms[0].id,
          days: DAYS,
          applicationsOpenAt: new Date(now - 86_400_000).toISOString(),
          applicationsCloseAt: new Date(now + 30 * 86_400_000).toISOString(),
        },
        201,
      )
    ).id;
    await api('POST', `/fairs/${fairId}/status`, { status: 'accepting' });
    for (const [i, [municipality, product, category, code, zone]] of EXHIBITS.entries()) {
      const booth = await api<{ id: string }>('POST', `/fairs/${fairId}/booths`, boothInput(code, 1 + i * 5, zone), 201);
      const { items } = await api<{ items: MunicipalitySummary[] }>('GET', `/municipalities?q=${encodeURIComponent(municipality)}`);
      const found = items.find((m) => m.name === municipality) as MunicipalitySummary;
      const application = await api<{ id: string }>(
        'POST',
        `/fairs/${fairId}/municipalities/${found.id}/application`,
        {
          days: DAYS.map((d) => d.date),
          products: [{ name: product, category, priceMin: 500, priceMax: 1000, food: true, alcohol: false }],
          needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
          permit: { status: 'held', number: '第123号', healthCentre: '保健所' },
          staffCount: 1,
          staff: [{ name: '担当 たろう', phone: '090-1111-2222' }],
          vehicle: null,
          loadInTime: null,
          note: null,
        },
        201,
      );
      await api('POST', `/applications/${application.id}/decision`, { status: 'accepted', message: null });
      await api('POST', `/applications/${application.id}/assignments`, { boothId: booth.id, from: DAYS[0].date, to: DAYS[1].date }, 201);
    }
    await api('POST', `/fairs/${fairId}/releases`, { note: null }, 201);
  });
  afterAll(() => browser?.close());

  /** A phone's page; `errors` gathers uncaught errors and CSP refusals (the console says those). */
  async function phone(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'America/Los_Angeles', viewport: PHONE, ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    return { context, page, errors };
  }

  it('finds 宮古市 by its さんま加工品 typed in hiragana, katakana or half-width kana, and says how many it found', async () => {
    const { context, page, errors } = await phone();
    try {
      const res = await page.goto(`${baseUrl()}/f/${SLUG_2023}`);
      expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
      const search = page.getByRole('searchbox', { name: '出展者・商品・地域で探す' });
      const status = page.getByRole('status');
      await search.fill('サンマ');
      await status.getByText('1件の出展者').waitFor();
      expect(await shownExhibitors(page)).toEqual(['宮古市']);
      for (const typed of ['さんま', 'ｻﾝﾏ', 'さんま 岩手']) {
        await search.fill(typed);
        await status.getByText('1件の出展者').waitFor();
        expect(await shownExhibitors(page)).toEqual(['宮古市']);
      }
      // By the municipality's reading and in English too; nothing for a word no one sells.
      await search.fill('ミヤコ');
      expect(await shownExhibitors(page)).toEqual(['宮古市']);
      await search.fill('ラーメン');
      await status.getByText('0件の出展者').waitFor();
      expect(await shownExhibitors(page)).toEqual([]);
      // Cleared: everyone again, and the status says nothing.
      await search.fill('');
      await page.waitForFunction(() => document.querySelectorAll('li.ex:not([hidden])').length === 8);
      expect(await status.innerText()).toBe('');
      // The category filter: seafood is sold by 宮古市 and 福山市 (the seeded products).
      await page.getByLabel('カテゴリー').selectOption({ label: '水産物' });
      expect([...(await shownExhibitors(page))].sort()).toEqual(['宮古市', '福山市'].sort());
      await status.getByText('2件の出展者').waitFor();

      // The English page: the same search, its words in English.
      await page.goto(`${baseUrl()}/en/f/${SLUG_2023}`);
      await page.getByRole('searchbox', { name: 'Search exhibitors, products and places' }).fill('さんま');
      await page.getByRole('status').getByText('1 exhibitor', { exact: true }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('filters by area on a fair with areas, and goes back to everyone', async () => {
    const { context, page, errors } = await phone();
    try {
      await page.goto(`${baseUrl()}/f/${SLUG}`);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const area = page.getByLabel('エリア', { exact: true });
      await area.selectOption({ label: '奥' });
      await page.getByRole('status').getByText('1件の出展者').waitFor();
      expect(await shownExhibitors(page)).toEqual(['飯田市']);
      // The other areas' headings go with their exhibitors.
      expect(await page.locator('div.area:visible h3').allTextContents()).toEqual([expect.stringMatching(/^奥/)]);
      await area.selectOption({ label: 'その他のエリア' });
      expect(await shownExhibitors(page)).toEqual(['福山市']);
      // Area and words together.
      await area.selectOption({ label: '入口側' });
      await page.getByRole('searchbox', { name: '出展者・商品・地域で探す' }).fill('ヘギソバ');
      expect(await shownExhibitors(page)).toEqual(['十日町市']);
      await page.getByRole('searchbox', { name: '出展者・商品・地域で探す' }).fill('市田柿');
      await page.getByRole('status').getByText('0件の出展者').waitFor();
      await area.selectOption({ label: 'すべて' });
      expect(await shownExhibitors(page)).toEqual(['飯田市']);
      await page.getByRole('searchbox', { name: '出展者・商品・地域で探す' }).fill('');
      await page.waitForFunction(() => document.querySelectorAll('li.ex:not([hidden])').length === 3);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lists everything by area without JavaScript: a table of contents whose anchors lead to each area, and no dead controls', async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    try {
      await page.goto(`${baseUrl()}/f/${SLUG}`);
      const toc = page.getByRole('navigation', { name: 'エリア別の出店自治体' }).getByRole('link');
      expect(await toc.allInnerTexts()).toEqual(['入口側(1)', '奥(1)', 'その他のエリア(1)']);
      const exhibitors = page.getByRole('region', { name: /出店自治体/ });
      expect((await exhibitors.getByRole('heading', { level: 3 }).allInnerTexts()).map((h) => h.split(/\s/)[0])).toEqual(['入口側', '奥', 'その他のエリア']);
      expect((await exhibitors.getByRole('heading', { level: 4 }).allInnerTexts()).map((h) => h.split(/\s/)[0])).toEqual(['十日町市', '飯田市', '福山市']);
      await toc.filter({ hasText: '奥' }).click();
      await page.waitForURL((url) => url.hash === '#area-a2');
      expect(await page.locator('#area-a2 h3').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(PHONE.height);
      // What only the script can work is not shown at all.
      for (const selector of ['form.find-form', 'div.zoom']) expect(await page.locator(selector).isVisible()).toBe(false);

      // The 2023 fair without areas: all 8 in one list.
      await page.goto(`${baseUrl()}/f/${SLUG_2023}`);
      expect(await page.locator('li.ex:visible').count()).toBe(8);
    } finally {
      await context.close();
    }
  });

  it('draws the booth names 12 px or more at 390 px, the map scrolling sideways inside its box; the script zooms it', async () => {
    /** Every holder name's rendered height and font size in CSS pixels, and whether the page itself scrolls sideways. */
    const measure = (page: Page) =>
      page.evaluate(() => {
        const svg = document.querySelector('svg.map') as SVGSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const names = Array.from(svg.querySelectorAll('text.holder')).map((t) => ({
          height: t.getBoundingClientRect().height,
          px: parseFloat(getComputedStyle(t).fontSize) * scale,
        }));
        const pan = document.querySelector('.pan') as HTMLElement;
        return {
          names,
          width: svg.getBoundingClientRect().width,
          pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
          panScrolls: pan.scrollWidth > pan.clientWidth,
        };
      });
    for (const javaScriptEnabled of [false, true]) {
      const { context, page, errors } = await phone({ javaScriptEnabled });
      try {
        await page.goto(`${baseUrl()}/f/${SLUG_2023}`);
        const m = await measure(page);
        expect(m.names.length).toBeGreaterThanOrEqual(8);
        expect(Math.min(...m.names.map((n) => n.px))).toBeGreaterThanOrEqual(12);
        expect(Math.min(...m.names.map((n) => n.height))).toBeGreaterThanOrEqual(12);
        expect([m.pageScrollsSideways, m.panScrolls]).toEqual([false, true]);
        if (!javaScriptEnabled) continue;

        // Zoom in with the button, then with the keyboard on the map, and back.
        await page.getByRole('button', { name: '拡大' }).click();
        await page.waitForFunction((w) => document.querySelector('svg.map')!.getBoundingClientRect().width > w * 1.4, m.width);
        await page.getByRole('region', { name: '会場マップ(横にスクロールできます)' }).focus();
        await page.keyboard.press('+');
        await page.waitForFunction((w) => document.querySelector('svg.map')!.getBoundingClientRect().width > w * 2.2, m.width);
        await page.getByRole('button', { name: '縮小' }).click();
        await page.waitForFunction((w) => document.querySelector('svg.map')!.getBoundingClientRect().width < w * 1.6, m.width);
        await page.getByRole('button', { name: '元の大きさ' }).click();
        await page.waitForFunction((w) => Math.abs(document.querySelector('svg.map')!.getBoundingClientRect().width - w) < 1, m.width);
        expect((await measure(page)).pageScrollsSideways).toBe(false);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('has no axe-core violations with the script (searching) and without it', async () => {
    // The CSP allows only the page's own script: this context alone ignores it, to inject axe.
    const { context, page } = await phone({ bypassCSP: true });
    try {
      const found: Record<string, string[]> = {};
      for (const path of [`/f/${SLUG_2023}`, `/en/f/${SLUG_2023}`, `/f/${SLUG}`]) {
        await page.goto(`${baseUrl()}${path}`);
        await page.locator('#find-q').fill('さんま');
        await page.waitForFunction(() => document.querySelector('#find-count')?.textContent !== '');
        found[`${path} with the script`] = await axeViolations(page);
      }
      // The script refused: the page as it is before (or without) the script.
      await page.route('**/f/_/*.js', (route) => route.abort());
      for (const path of [`/f/${SLUG_2023}`, `/f/${SLUG}`]) {
        await page.goto(`${baseUrl()}${path}`);
        found[`${path} without`] = await axeViolations(page);
      }
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    } finally {
      await context.close();
    }
  });
});
