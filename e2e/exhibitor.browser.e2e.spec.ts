import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { ApplicationSummary, FloorPlan } from '@bussanten/contracts';
import { DEMO_MIYAKO, DEMO_ORGANIZER, signInBrowser, signInHttp } from './support/accounts';
import { api } from './support/api';
import { baseUrl, launchBrowser, newPage } from './support/browser';

const DAYS = [
  { date: '2027-04-16', opens: '10:00', closes: '20:00' },
  { date: '2027-04-17', opens: '10:00', closes: '20:00' },
  { date: '2027-04-18', opens: null, closes: null },
  { date: '2027-04-19', opens: '10:00', closes: '18:00' },
];
const OPEN = ['2027-04-16', '2027-04-17', '2027-04-19'];

describe("the exhibitor's side in the browser: every day, a draft, submitted, placed, its booth on the plan and its calendar", () => {
  let browser: Browser;
  let organizer: Record<string, string>;
  let fairId: string;
  let plan: FloorPlan;
  beforeAll(async () => {
    browser = await launchBrowser();
    organizer = await signInHttp(DEMO_ORGANIZER);
    const fairs = await api<{ id: string; slug: string }[]>('GET', '/fairs', undefined, 200, organizer);
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues', undefined, 200, organizer);
    const fair = await api<{ id: string }>(
      'POST',
      '/fairs',
      {
        title: '出展者テスト物産展',
        slug: `exhibitor-2027-${Date.now()}`,
        roomId: venues[0].rooms[0].id,
        days: DAYS,
        applicationsOpenAt: new Date(Date.now() - 86_400_000).toISOString(),
        applicationsCloseAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      201,
      organizer,
    );
    fairId = fair.id;
    const from = fairs.find((f) => f.slug === 'koryu-toshi-2023')?.id;
    plan = await api<FloorPlan>('POST', `/fairs/${fairId}/booths/copy`, { fromFairId: from }, 200, organizer);
    await api('POST', `/fairs/${fairId}/status`, { status: 'accepting' }, 200, organizer);
  });
  afterAll(() => browser?.close());

  it('宮古市 selects every open day by keyboard, saves a draft, comes back and submits; accepted and placed, it sees its booth and downloads its days', async () => {
    const { page, errors } = await newPage(browser);
    await signInBrowser(page, DEMO_MIYAKO, '/my/fairs');
    await page.goto(`${baseUrl()}/my/fairs/${fairId}/apply`);

    // "Select all" by keyboard: every open day, never the closed one.
    const all = page.getByRole('button', { name: 'すべての開催日を選ぶ' });
    await all.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '選んだ日をすべて外す' }).waitFor();
    for (const label of ['4月16日', '4月17日', '4月19日']) expect(await page.getByRole('checkbox', { name: new RegExp(`^${label}`) }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^4月18日/ }).isChecked()).toBe(false);

    // Half done: a product name only, then 下書き保存.
    await page.getByLabel('商品名', { exact: true }).first().fill('さんま寿司');
    await page.getByLabel('商品名(英語)').first().fill('Saury sushi');
    await page.getByRole('button', { name: '下書き保存' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/my/applications/'));
    const applicationId = new URL(page.url()).pathname.split('/').pop() as string;
    await page.getByText('この申込は下書きです。主催者にはまだ届いていません。').waitFor();
    // The organizers do not see it.
    expect(await api<ApplicationSummary[]>('GET', `/fairs/${fairId}/applications`, undefined, 200, organizer)).toEqual([]);

    // Back later: the draft goes on where it was left.
    await page.goto(`${baseUrl()}/my/fairs`);
    await page.goto(`${baseUrl()}/my/applications/${applicationId}`);
    await page.getByRole('link', { name: '下書きを続ける' }).click();
    await page.waitForURL((url) => url.pathname === `/my/fairs/${fairId}/apply`);
    expect(await page.getByLabel('商品名', { exact: true }).first().inputValue()).toBe('さんま寿司');
    expect(await page.getByRole('checkbox', { name: /^4月19日/ }).isChecked()).toBe(true);
    await page.getByLabel('カテゴリー').first().selectOption('seafood');
    await page.getByRole('checkbox', { name: '調理', exact: true }).check();
    await page.getByRole('radio', { name: '手配予定' }).check();
    await page.getByLabel('人数').fill('2');
    await page.getByRole('button', { name: '申し込む' }).click();
    await page.waitForURL((url) => url.pathname === `/my/applications/${applicationId}`);
    await page.getByText('審査中').first().waitFor();

    // The organizer accepts it and places it on A6, the booth marked 調理可 (via the API).
    const [listed] = await api<ApplicationSummary[]>('GET', `/fairs/${fairId}/applications`, undefined, 200, organizer);
    expect(listed).toMatchObject({ id: applicationId, status: 'submitted', days: OPEN, needs: { cooking: true } });
    await api('POST', `/applications/${applicationId}/decision`, { status: 'accepted', message: null }, 200, organizer);
    const a6 = plan.booths.find((b) => b.code === 'A6');
    expect(a6?.cookingAllowed).toBe(true);
    await api('POST', `/applications/${applicationId}/assignments`, { boothId: a6?.id, from: OPEN[0], to: OPEN[2] }, 201, organizer);

    // The representative sees its booth highlighted on the plan, its days and hours.
    await page.reload();
    await page.getByRole('heading', { name: '出展のご案内' }).waitFor();
    const map = page.getByRole('img', { name: /あなたのブース：A6/ });
    await map.waitFor();
    expect(await map.locator('[data-mine="true"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-booth')))).toEqual(['A6']);
    expect(await page.locator('.guide-days li').allInnerTexts()).toEqual([
      expect.stringContaining('10:00〜20:00'),
      expect.stringContaining('10:00〜20:00'),
      expect.stringContaining('10:00〜18:00'),
    ]);

    // …and downloads its days at its booth.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'カレンダーに追加(.ics)' }).click()]);
    const path = await download.path();
    const ics = (await readFile(path as string, 'utf8')).replace(/\r\n /g, '');
    const starts = [...ics.matchAll(/^DTSTART:(\S+)$/gm)].map((m) => m[1]);
    expect(starts).toEqual(['20270416T010000Z', '20270417T010000Z', '20270419T010000Z']);
    expect(ics).toContain('SUMMARY:出展者テスト物産展 ブース A6');
    expect(errors).toEqual([]);
  }, 120_000);
});
