import type { Browser, Page } from 'playwright-core';
import type { Booth, FloorPlan } from '@bussanten/contracts';
import { DEMO_ORGANIZER, signInBrowser, signInHttp } from './support/accounts';
import { baseUrl, launchBrowser, newPage } from './support/browser';

async function floorPlan(fairId: string): Promise<FloorPlan> {
  const res = await fetch(`${baseUrl()}/api/fairs/${fairId}/booths`, { headers: await signInHttp(DEMO_ORGANIZER) });
  if (res.status !== 200) throw new Error(`GET booths: ${res.status}`);
  return (await res.json()) as FloorPlan;
}

/** The saved booth, once `done` holds for it: saves run after the key or the drop, so the API is asked until then. */
async function savedBooth(fairId: string, code: string, done: (b: Booth) => boolean): Promise<Booth> {
  const deadline = Date.now() + 10_000;
  let last: Booth | undefined;
  while (Date.now() < deadline) {
    last = (await floorPlan(fairId)).booths.find((b) => b.code === code);
    if (last && done(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`booth ${code} never reached the expected state; last seen ${JSON.stringify(last)}`);
}

/**
 * Where a booth's centre is on screen and how many pixels a metre is, from the plan's viewBox (in
 * metres) and the drawing's size: the booth's own box would include its outline and overstate the scale.
 */
async function boothOnScreen(page: Page, booth: Booth): Promise<{ x: number; y: number; pxPerM: number }> {
  const svg = page.locator('.plan svg');
  const box = await svg.boundingBox();
  const viewBox = ((await svg.getAttribute('viewBox')) ?? '').split(' ').map(Number);
  if (!box || viewBox.length !== 4) throw new Error('the plan is not on screen');
  const [vx, vy, vw] = viewBox as [number, number, number, number];
  const pxPerM = box.width / vw;
  return { x: box.x + (booth.x + booth.width / 2 - vx) * pxPerM, y: box.y + (booth.y + booth.depth / 2 - vy) * pxPerM, pxPerM };
}

describe('fair admin in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('creates a two-day fair, adds a booth, moves it with the keyboard and by dragging', async () => {
    const { page, errors } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER, '/fairs');

    // The form: two days, the second a national holiday that closes early.
    await page.getByRole('link', { name: '新しい物産展' }).click();
    await page.waitForURL((url) => url.pathname === '/fairs/new');
    const slug = `e2e-fair-${Date.now()}`;
    await page.getByLabel(/^名称/).fill('ブラウザテスト物産展');
    await page.getByLabel(/^公開アドレス/).fill(slug);
    const room = page.getByLabel(/^会場の部屋/);
    // The seeded hall (30 × 20 m), large enough for every move below.
    const roomId = await room.locator('option', { hasText: '地下1階催事場' }).first().getAttribute('value');
    await room.selectOption(roomId as string);
    await page.getByLabel('初日').fill('2026-02-22');
    await page.getByLabel('最終日').fill('2026-02-23');
    await page.getByRole('button', { name: '日程を作成' }).click();
    await page.getByText('天皇誕生日').waitFor();
    await page.getByLabel('2026年2月23日(月) 閉場').fill('18:00');
    await page.getByRole('button', { name: '登録する' }).click();

    await page.waitForURL((url) => /^\/fairs\/[0-9a-f-]{36}$/.test(url.pathname));
    const fairId = new URL(page.url()).pathname.split('/')[2] as string;
    await page.getByRole('heading', { name: 'ブラウザテスト物産展' }).waitFor();
    const overview = await page.locator('main').innerText();
    expect(overview).toContain('下書き');
    expect(overview).toContain('短縮営業（18:00まで）');
    expect(overview).toContain('天皇誕生日');
    expect(overview).toContain('令和8年2月22日(日)');

    // The floor plan: add a booth through the form.
    await page.getByRole('link', { name: 'ブース配置図' }).click();
    await page.getByRole('heading', { name: 'ブース配置図' }).waitFor();
    await page.getByRole('button', { name: 'ブースを追加' }).click();
    await page.getByLabel(/^ブース番号/).fill('Z1');
    await page.getByLabel(/^左から/).fill('2');
    await page.getByLabel(/^上から/).fill('2');
    await page.getByLabel('冷蔵庫', { exact: true }).check();
    await page.getByRole('button', { name: '追加する' }).click();
    const booth = page.getByRole('button', { name: /^ブース Z1 冷蔵、/ });
    await booth.waitFor();
    expect(await booth.getAttribute('aria-label')).toMatch(/^ブース Z1 冷蔵、3×2 m、左から 2 m/);
    const added = await savedBooth(fairId, 'Z1', () => true);
    expect([added.x, added.y, added.width, added.depth, added.fridge]).toEqual([2, 2, 3, 2, true]);

    // The keyboard: one ArrowRight moves it half a metre, saved at once.
    await booth.focus();
    await page.keyboard.press('ArrowRight');
    const moved = await savedBooth(fairId, 'Z1', (b) => b.x !== 2);
    expect([moved.x, moved.y]).toEqual([2.5, 2]);

    // The mouse: drag it 4 m right and 3 m down; the API gets the snapped position.
    const at = await boothOnScreen(page, moved);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 4 * at.pxPerM, at.y + 3 * at.pxPerM, { steps: 10 });
    await page.mouse.up();
    const dragged = await savedBooth(fairId, 'Z1', (b) => b.y !== 2);
    expect([dragged.x, dragged.y, dragged.width, dragged.depth]).toEqual([6.5, 5, 3, 2]);

    // A drop outside the room is refused and nothing is saved.
    const again = await boothOnScreen(page, dragged);
    await page.mouse.move(again.x, again.y);
    await page.mouse.down();
    await page.mouse.move(again.x + 60 * again.pxPerM, again.y, { steps: 5 });
    await page.mouse.up();
    await page.getByText('部屋の外にはみ出します').waitFor();
    expect((await floorPlan(fairId)).booths.find((b) => b.code === 'Z1')?.x).toBe(6.5);

    // Cleaning up through the pages: the booth, then the draft fair, each after confirming.
    await page.getByRole('button', { name: 'ブース Z1 を削除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '削除する' }).click();
    await page.getByText('ブース Z1 を削除しました。').waitFor();
    await page.goto(`${baseUrl()}/fairs/${fairId}`);
    await page.getByRole('button', { name: '削除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '削除する' }).click();
    await page.waitForURL((url) => url.pathname === '/fairs');
    expect(errors).toEqual([]);
  });
});
