import type { Browser, Locator, Page } from 'playwright-core';
import type { FairSummary, FloorPlan } from '@bussanten/contracts';
import { createRepresentative, DEMO_ORGANIZER } from './support/accounts';
import { api } from './support/api';
import { baseUrl, launchBrowser, newPage } from './support/browser';

// The organizers' home page: signing in lands there, and its counts follow what happens to a fair.
// The app is shared with the other e2e tests, so the fair and the exhibitor's account are this run's
// own, and only this fair's counts are read (the host-wide ones move with the other tests).
const run = Date.now().toString(36);
const TITLE = `ホーム確認物産展 ${run}`;
const DAYS = [
  { date: '2027-05-14', opens: '10:00', closes: '19:00' },
  { date: '2027-05-15', opens: '10:00', closes: '17:00' },
];
const REP = { email: `home-${run}@otaki.example`, password: 'isumi no kawa wo kudaru densha' };

describe('the organizers’ home page in the browser', () => {
  let browser: Browser;
  let fairId: string;
  let boothId: string;
  let rep: Record<string, string>;

  beforeAll(async () => {
    browser = await launchBrowser();
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues');
    const fair2023 = (await api<FairSummary[]>('GET', '/fairs')).find((f) => f.slug === 'koryu-toshi-2023') as FairSummary;
    const now = Date.now();
    fairId = (
      await api<{ id: string }>(
        'POST',
        '/fairs',
        {
          title: TITLE,
          slug: `home-${run}`,
          roomId: venues[0].rooms[0].id,
          days: DAYS,
          applicationsOpenAt: new Date(now - 86_400_000).toISOString(),
          applicationsCloseAt: new Date(now + 30 * 86_400_000).toISOString(),
        },
        201,
      )
    ).id;
    const plan = await api<FloorPlan>('POST', `/fairs/${fairId}/booths/copy`, { fromFairId: fair2023.id });
    boothId = plan.booths[0].id;
    await api('POST', `/fairs/${fairId}/status`, { status: 'accepting' });
    // 大多喜町, which no other test applies for.
    rep = await createRepresentative('大多喜町', REP, '大多喜 ほーむ');
  });
  afterAll(() => browser?.close());

  /** The fair's card, read afresh (the page asks for its counts whenever it is opened). */
  async function card(page: Page): Promise<Locator> {
    await page.reload();
    const found = page.getByRole('article', { name: TITLE });
    await found.waitFor();
    return found;
  }
  /** The card's four counts as its links say them. */
  const counts = async (c: Locator) => (await c.getByRole('list').first().getByRole('link').allInnerTexts()).map((s) => s.trim());

  it('lands the demo organizer on the home page, whose counts follow an application, a placement and a withdrawal', async () => {
    const { page, errors } = await newPage(browser);
    // Signing in with nothing to return to: the organizer's home.
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('メールアドレス').fill(DEMO_ORGANIZER.email);
    await page.getByLabel('パスワード', { exact: true }).fill(DEMO_ORGANIZER.password);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/home');
    await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    expect(await nav.getByRole('link', { name: 'ホーム' }).getAttribute('aria-current')).toBe('page');
    expect((await nav.getByRole('link').allInnerTexts())[0]).toBe('ホーム');

    // A fair nobody has applied to yet: every count is zero, shown quietly; the deadlines ahead.
    let fair = await card(page);
    expect(await counts(fair)).toEqual(['審査待ちの申込 0件', '取り下げ・出展辞退 0件', 'ブース未割り当ての出展者 0件', '初めての公開へ']);
    expect(await fair.locator('.home-task--attention').count()).toBe(0);
    await fair.getByText('開催予定').waitFor();
    expect(await fair.locator('dl').innerText()).toMatch(/^申込締切\s+\d{4}年\d+月\d+日 \d\d:\d\d 日時は日本時間です。\s+開催初日\s+2027年5月14日\(金\)$/);
    // Host-wide counts, once.
    await page
      .getByRole('region', { name: 'メールとWebhook' })
      .getByRole('link', { name: /^送信に失敗したメール \d+通$/ })
      .waitFor();
    expect(await page.getByRole('link', { name: /^配信に失敗したWebhook \d+件$/ }).count()).toBe(1);

    // 大多喜町 applies: one to review, and the count leads to the applications waiting for a decision.
    const applicationId = (
      await api<{ id: string }>(
        'POST',
        `/my/fairs/${fairId}/application`,
        {
          days: DAYS.map((d) => d.date),
          products: [{ name: '大多喜の筍', category: 'produce', priceMin: 500, priceMax: 1000, food: true, alcohol: false }],
          needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
          permit: { status: 'held', number: '千葉第789号', healthCentre: '夷隅保健所' },
          staffCount: 1,
          staff: [{ name: '大多喜 ほーむ', phone: '090-5555-6666' }],
          vehicle: null,
          loadInTime: null,
          note: null,
        },
        201,
        rep,
      )
    ).id;
    fair = await card(page);
    expect((await counts(fair)).slice(0, 3)).toEqual(['審査待ちの申込 1件', '取り下げ・出展辞退 0件', 'ブース未割り当ての出展者 0件']);
    await fair.getByRole('link', { name: '審査待ちの申込 1件' }).click();
    await page.waitForURL((url) => url.pathname === `/fairs/${fairId}/applications` && url.searchParams.get('status') === 'submitted');
    await page
      .getByRole('link', { name: /大多喜町/ })
      .first()
      .waitFor();
    await page.goBack();

    // Accepted: nothing to review, one exhibitor to place, and that count leads to the assignment page.
    await api('POST', `/applications/${applicationId}/decision`, { status: 'accepted', message: null });
    fair = await card(page);
    expect((await counts(fair)).slice(0, 3)).toEqual(['審査待ちの申込 0件', '取り下げ・出展辞退 0件', 'ブース未割り当ての出展者 1件']);
    expect(await fair.locator('.home-task--attention', { hasText: 'ブース未割り当ての出展者 1件' }).count()).toBe(1);
    await fair.getByRole('link', { name: 'ブース未割り当ての出展者 1件' }).click();
    await page.waitForURL((url) => url.pathname === `/fairs/${fairId}/assign`);
    await page.goBack();

    // Placed (through the API: the assignment page has its own tests): nobody left to place.
    await api('POST', `/applications/${applicationId}/assignments`, { boothId, from: DAYS[0].date, to: DAYS[1].date }, 201);
    fair = await card(page);
    expect(await counts(fair)).toEqual(['審査待ちの申込 0件', '取り下げ・出展辞退 0件', 'ブース未割り当ての出展者 0件', '初めての公開へ']);

    // Published (through the API): nothing unpublished. Then 大多喜町 withdraws: a withdrawal since
    // the release, and the change the next release would carry, which leads to the releases page.
    await api('POST', `/fairs/${fairId}/releases`, { note: null }, 201);
    fair = await card(page);
    expect(await counts(fair)).toEqual(['審査待ちの申込 0件', '前回の公開以降の取り下げ・出展辞退 0件', 'ブース未割り当ての出展者 0件', '未公開の変更 0件']);
    await api('POST', `/my/applications/${applicationId}/withdraw`, undefined, 200, rep);
    fair = await card(page);
    expect(await counts(fair)).toEqual(['審査待ちの申込 0件', '前回の公開以降の取り下げ・出展辞退 1件', 'ブース未割り当ての出展者 0件', '未公開の変更 1件']);
    // Accepted, then withdrawn: that is 出展辞退, and the count leads to the fair page's list saying so.
    await fair.getByRole('link', { name: '前回の公開以降の取り下げ・出展辞退 1件' }).click();
    await page.waitForURL((url) => url.pathname === `/fairs/${fairId}` && url.hash === '#withdrawals');
    const withdrawals = page.getByRole('region', { name: '申込の取り下げ・出展辞退' });
    await withdrawals.getByRole('row', { name: /大多喜町.*出展辞退/ }).waitFor();
    await page.goto(`${baseUrl()}/home`);
    fair = await card(page);
    await fair.getByRole('link', { name: '未公開の変更 1件' }).click();
    await page.waitForURL((url) => url.pathname === `/fairs/${fairId}/releases`);
    await page.getByRole('region', { name: '変更点のプレビュー' }).getByText('大多喜町が出展を取りやめました').waitFor();
    expect(errors).toEqual([]);
  });
});
