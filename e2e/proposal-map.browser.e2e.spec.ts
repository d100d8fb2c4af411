import type { Browser } from 'playwright-core';
import type { FloorPlan } from '@bussanten/contracts';
import { DEMO_MIYAKO, DEMO_ORGANIZER, signInBrowser, signInHttp } from './support/accounts';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage } from './support/browser';

// Its own fair, so nothing another test does moves its exhibitors: the 2023 sample plan, where A1
// is the only booth with a freezer. 宮古市 (needing nothing) stands on A1; 山北町 needs a freezer
// and has no booth. The proposal must move 宮古市 off A1 for 山北町, and say so.
const TITLE = '交流都市地方物産展 2027（提案を地図に）';
const DEMO_YAMAKITA = { email: 'yamakita@yamakita.example', password: 'demo-taiko-drums' };
const DAYS = [
  { date: '2027-06-10', opens: '10:00', closes: '19:00' },
  { date: '2027-06-11', opens: '10:00', closes: '19:00' },
];
const DATES = DAYS.map((d) => d.date);

/** An application for both days; `freezer` is what it needs. */
const applicationInput = (product: string, freezer: boolean) => ({
  days: DATES,
  products: [{ name: product, category: freezer ? 'seafood' : 'drinks', priceMin: 500, priceMax: 1500, food: true, alcohol: false }],
  needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer, water: false },
  permit: { status: 'notNeeded', number: null, healthCentre: null },
  staffCount: 2,
  staff: [],
  vehicle: null,
  loadInTime: null,
  note: null,
});

describe('the proposal drawn on the map', () => {
  let browser: Browser;
  let fairId: string;
  let plan: FloorPlan;

  beforeAll(async () => {
    browser = await launchBrowser();
    const organizer = await signInHttp(DEMO_ORGANIZER);
    const fairs = await api<{ id: string; slug: string }[]>('GET', '/fairs', undefined, 200, organizer);
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues', undefined, 200, organizer);
    const fair = await api<{ id: string }>(
      'POST',
      '/fairs',
      {
        title: TITLE,
        slug: `proposal-map-${Date.now()}`,
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

    // Both apply and are accepted; 宮古市 is placed on A1 for both days.
    const ids: Record<string, string> = {};
    for (const [account, name, freezer] of [
      [DEMO_MIYAKO, '宮古市', false],
      [DEMO_YAMAKITA, '山北町', true],
    ] as const) {
      const rep = await signInHttp(account);
      const app = await api<{ id: string }>('POST', `/my/fairs/${fairId}/application`, applicationInput(`${name}の品`, freezer), 201, rep);
      await api('POST', `/applications/${app.id}/decision`, { status: 'accepted', message: null }, 200, organizer);
      ids[name] = app.id;
    }
    const a1 = plan.booths.find((b) => b.code === 'A1');
    if (!a1?.freezer || plan.booths.filter((b) => b.freezer).length !== 1) throw new Error('the sample plan should have one freezer booth, A1');
    await api('POST', `/applications/${ids['宮古市']}/assignments`, { boothId: a1.id, from: DATES[0], to: DATES[1] }, 201, organizer);
  });
  afterAll(() => browser?.close());

  it('draws the move as an arrow and the new place as an outline, before and after, with true reasons and the objective in words', async () => {
    const { page, errors } = await newPage(browser, 'ja-JP', { bypassCSP: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInBrowser(page, DEMO_ORGANIZER, `/fairs/${fairId}/assign`);
    await page.goto(`${baseUrl()}/fairs/${fairId}/assign?day=${DATES[0]}`);
    await page.getByRole('button', { name: '自動配置を提案' }).click();
    const region = page.getByRole('region', { name: '配置の提案' });
    await region.waitFor({ timeout: 30_000 });

    // The table: 宮古市 moves off A1, and its reason is the true one (not 条件に合う); 山北町 gets A1.
    const rows = region.getByRole('table', { name: '申込ごとの提案' }).locator('tbody tr');
    const miyako = rows.filter({ has: page.getByRole('rowheader', { name: '宮古市' }) });
    const yamakita = rows.filter({ has: page.getByRole('rowheader', { name: '山北町' }) });
    const to = ((await miyako.getByRole('cell').nth(1).textContent()) ?? '').trim();
    expect(to).not.toBe('A1');
    expect(plan.booths.some((b) => b.code === to)).toBe(true);
    expect(((await yamakita.getByRole('cell').nth(1).textContent()) ?? '').trim()).toBe('A1');
    expect(await miyako.getByRole('cell').nth(2).textContent()).toContain('元のブースA1は冷凍庫が必要な山北町へ');
    expect(await yamakita.getByRole('cell').nth(2).textContent()).toContain('冷凍庫が必要');

    // The objective in words, the scores folded away.
    const objective = region.getByRole('list').filter({ hasText: '未配置が1件から0件になります' });
    await objective.waitFor();
    expect(await objective.textContent()).toContain('1件の出展者のブースが変わります（移動のコスト50点）');
    // What the move costs, in words: 宮古市 leaves A1 because 山北町 gains more than the move costs.
    await region.getByText('移動のコスト：1件の出展者が動きます（1件につき50点。動かすのは、それより多くよくなるところだけです）').waitFor();
    expect(await region.getByRole('table', { name: '提案の評価（点数が小さいほどよい配置）' }).isVisible()).toBe(false);

    // The map shows the proposal: an arrow for the move, an outline for the new place, named.
    const proposed = page.getByRole('radio', { name: '提案', exact: true });
    expect(await proposed.isChecked()).toBe(true);
    const arrow = page.getByRole('img', { name: `宮古市: A1 → ${to}`, exact: true });
    const outline = page.getByRole('img', { name: '山北町: 新たにA1', exact: true });
    await arrow.waitFor();
    await outline.waitFor();
    // In the proposed view A1 is labelled with its new holder.
    const a1 = page.locator(`[data-booth-id="${plan.booths.find((b) => b.code === 'A1')?.id}"]`);
    await a1.locator('text.booth__holder', { hasText: '山北町' }).waitFor();
    // The map is in view right above the table, not pages away.
    const mapBox = await page.locator('svg.floor-plan').first().boundingBox();
    const tableBox = await region.getByRole('table', { name: '申込ごとの提案' }).boundingBox();
    expect(mapBox && tableBox && tableBox.y - (mapBox.y + mapBox.height) < 900).toBe(true);

    // Pointing at the row highlights its arrow; focusing its checkbox does too; pointing at the arrow highlights the row.
    await miyako.getByRole('rowheader').hover();
    await page.locator('g.proposal-mark--highlight', { has: page.locator('title', { hasText: `宮古市: A1 → ${to}` }) }).waitFor();
    await page.mouse.move(0, 0);
    await yamakita.getByRole('checkbox').focus();
    await page.locator('g.proposal-mark--highlight[aria-label="山北町: 新たにA1"]').waitFor();
    await yamakita.getByRole('checkbox').blur();
    await outline.hover();
    await page.locator('tr.proposal-row--highlight', { has: page.getByRole('rowheader', { name: '山北町' }) }).waitFor();

    // axe finds nothing wrong with the page while the proposal is open on the map.
    expect(await axeViolations(page)).toEqual([]);

    // Not choosing the move draws it faint and says so.
    await miyako.getByRole('checkbox', { name: '宮古市 の変更を採用' }).uncheck();
    await page.getByRole('img', { name: `宮古市: A1 → ${to}（採用しない）`, exact: true }).waitFor();
    await miyako.getByRole('checkbox', { name: '宮古市 の変更を採用' }).check();
    await arrow.waitFor();

    // 「現在」 by keyboard: the plan as it stands, 宮古市 on A1, no arrows.
    await proposed.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('radio', { name: '現在', exact: true }).isChecked()).toBe(true);
    await a1.locator('text.booth__holder', { hasText: '宮古市' }).waitFor();
    expect(await arrow.count()).toBe(0);
    expect(await outline.count()).toBe(0);
    // And back.
    await page.keyboard.press('ArrowRight');
    await arrow.waitFor();

    expect(errors).toEqual([]);
    await page.context().close();
  });
});
