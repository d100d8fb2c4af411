import type { Browser, Page } from 'playwright-core';
import type { Booth, FloorPlan } from '@bussanten/contracts';
import { DEMO_ORGANIZER, signInBrowser } from './support/accounts';
import { api } from './support/api';
import { launchBrowser, newPage } from './support/browser';

// A fair and booths of this file's own (made through the API), so no other test file's data moves
// under these drags, nor these drags under theirs.
const RUN = Date.now();
const VIEWPORT = { width: 1280, height: 1000 };

const boothInput = (code: string, x: number, y: number, zone: string | null = null) => ({
  code,
  x,
  y,
  width: 2,
  depth: 2,
  powerWatts: 0,
  fridge: false,
  freezer: false,
  water: false,
  cookingAllowed: false,
  tags: [],
  prime: 0,
  zone,
});

async function waitDrawnAt(page: Page, boothId: string, x: number, y: number): Promise<void> {
  await page.waitForFunction(
    ([id, x, y]) => {
      const rect = document.querySelector(`[data-booth-id="${id}"] rect.plan__booth-body`);
      return rect !== null && Number(rect.getAttribute('x')) === x && Number(rect.getAttribute('y')) === y;
    },
    [boothId, x, y] as const,
  );
}

/** The booth where the API has it now. */
async function savedAt(fairId: string, boothId: string): Promise<{ x: number; y: number } | undefined> {
  const plan = await api<FloorPlan>('GET', `/fairs/${fairId}/booths`);
  const b = plan.booths.find((x) => x.id === boothId);
  return b && { x: b.x, y: b.y };
}

/** The booths table's row of `code` says the booth is at (x, y). */
async function tableSays(page: Page, code: string, x: number, y: number): Promise<void> {
  await page
    .getByRole('row', { name: new RegExp(`^${code} `) })
    .filter({ hasText: new RegExp(`左から ${x}(?:\\.0+)? m・上から ${y}(?:\\.0+)? m`) })
    .waitFor();
}

/** Drags a booth by (dx, dy) metres with the mouse, in steps as a hand would. */
async function dragBooth(page: Page, boothId: string, roomWidthM: number, dx: number, dy: number): Promise<void> {
  const floor = await page.locator('rect.plan__floor').boundingBox();
  const body = await page.locator(`[data-booth-id="${boothId}"] rect.plan__booth-body`).boundingBox();
  if (!floor || !body) throw new Error('the plan is not on screen');
  const pxPerM = floor.width / roomWidthM;
  const from = { x: body.x + body.width / 2, y: body.y + body.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx * pxPerM, from.y + dy * pxPerM, { steps: 12 });
  await page.mouse.up();
}

describe('undo and redo on the floor plan, and a refused drag told beside the booth', () => {
  let browser: Browser;
  let fairId: string;
  let room: { id: string; widthM: number; depthM: number };
  beforeAll(async () => {
    browser = await launchBrowser();
    const venues = await api<{ rooms: { id: string; widthM: number; depthM: number }[] }[]>('GET', '/venues');
    room = venues[0].rooms[0];
    fairId = (
      await api<{ id: string }>(
        'POST',
        '/fairs',
        { title: '元に戻す試験', slug: `plan-undo-${RUN}`, roomId: room.id, days: [{ date: '2029-04-10', opens: '10:00', closes: '18:00' }] },
        201,
      )
    ).id;
  });
  afterAll(() => browser?.close());

  it('undoes and redoes a dragged move (buttons and keys) through the API, and shows a refused drag’s reason next to the booth', async () => {
    const a1 = await api<Booth>('POST', `/fairs/${fairId}/booths`, boothInput('A-1', 0, 0, '入口側'), 201);
    await api<Booth>('POST', `/fairs/${fairId}/booths`, boothInput('A-2', 4, 0, '入口側'), 201);
    const { page, errors } = await newPage(browser);
    await page.setViewportSize(VIEWPORT);
    await signInBrowser(page, DEMO_ORGANIZER, `/fairs/${fairId}/booths`);
    await page.getByRole('heading', { name: 'ブース配置図' }).waitFor();
    await waitDrawnAt(page, a1.id, 0, 0);
    // The zone is named once on the plan, and in the booths table.
    expect(await page.locator('text.plan__zone').allTextContents()).toEqual(['入口側']);
    await page.getByRole('row', { name: /^A-1 入口側 / }).waitFor();

    const undo = page.getByRole('button', { name: '元に戻す' });
    const redo = page.getByRole('button', { name: 'やり直す' });
    expect(await undo.getAttribute('aria-disabled')).toBe('true');

    // Drag A-1 two metres down: saved.
    await dragBooth(page, a1.id, room.widthM, 0, 2);
    await page.getByRole('status').filter({ hasText: 'ブース A-1 を保存しました' }).waitFor();
    await waitDrawnAt(page, a1.id, 0, 2);
    expect(await savedAt(fairId, a1.id)).toEqual({ x: 0, y: 2 });

    // Undo: back where it was, on the plan, in the table and in the API.
    await undo.click();
    await page.getByRole('status').filter({ hasText: 'ブース A-1 の移動を元に戻しました' }).waitFor();
    await waitDrawnAt(page, a1.id, 0, 0);
    await tableSays(page, 'A-1', 0, 0);
    expect(await savedAt(fairId, a1.id)).toEqual({ x: 0, y: 0 });
    expect(await undo.getAttribute('aria-disabled')).toBe('true');

    // Redo: moved again.
    await redo.click();
    await page.getByRole('status').filter({ hasText: 'ブース A-1 の移動をやり直しました' }).waitFor();
    await waitDrawnAt(page, a1.id, 0, 2);
    expect(await savedAt(fairId, a1.id)).toEqual({ x: 0, y: 2 });

    // The same with the keys, from the plan.
    await page.locator(`[data-booth-id="${a1.id}"]`).focus();
    await page.keyboard.press('Control+z');
    await waitDrawnAt(page, a1.id, 0, 0);
    await page.getByRole('status').filter({ hasText: '元に戻しました' }).waitFor();
    expect(await savedAt(fairId, a1.id)).toEqual({ x: 0, y: 0 });
    await page.keyboard.press('Control+Shift+Z');
    await waitDrawnAt(page, a1.id, 0, 2);
    await page.getByRole('status').filter({ hasText: 'やり直しました' }).waitFor();
    expect(await savedAt(fairId, a1.id)).toEqual({ x: 0, y: 2 });

    // Typing in a field keeps the field's own Undo: the plan is not touched.
    await page.getByRole('button', { name: 'ブースを追加' }).click();
    const zone = page.getByLabel('区画', { exact: true });
    await zone.fill('奥');
    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: 'キャンセル' }).click();
    await waitDrawnAt(page, a1.id, 0, 2);
    expect(await savedAt(fairId, a1.id)).toEqual({ x: 0, y: 2 });

    // A drag onto A-2 is refused: A-1 stays where it was, and the reason is shown right by it, on screen.
    await page.evaluate(() => window.scrollTo(0, 0)); // the form scrolled the page down to itself
    await dragBooth(page, a1.id, room.widthM, 4, -2);
    const message = page.getByRole('status').filter({ hasText: 'ブース A-1 はそこに置けません' });
    await message.waitFor();
    expect(await message.textContent()).toContain('ブース A-2 と重なります');
    await waitDrawnAt(page, a1.id, 0, 2);
    const messageBox = await message.boundingBox();
    const boothBox = await page.locator(`[data-booth-id="${a1.id}"] rect.plan__booth-body`).boundingBox();
    if (!messageBox || !boothBox) throw new Error('the message or the booth is not drawn');
    // Next to the booth: just under or over it, overlapping it across.
    const gap = Math.min(Math.abs(messageBox.y - (boothBox.y + boothBox.height)), Math.abs(boothBox.y - (messageBox.y + messageBox.height)));
    expect(gap).toBeLessThan(24);
    expect(messageBox.x).toBeLessThan(boothBox.x + boothBox.width);
    expect(messageBox.x + messageBox.width).toBeGreaterThan(boothBox.x);
    // Within the window: read without scrolling.
    expect(messageBox.y).toBeGreaterThanOrEqual(0);
    expect(messageBox.y + messageBox.height).toBeLessThanOrEqual(VIEWPORT.height);
    expect(messageBox.x).toBeGreaterThanOrEqual(0);
    expect(messageBox.x + messageBox.width).toBeLessThanOrEqual(VIEWPORT.width);
    // It is the page's live region, and it describes the booth.
    expect(await message.getAttribute('aria-live')).toBe('polite');
    expect((await page.locator(`[data-booth-id="${a1.id}"]`).getAttribute('aria-describedby'))?.split(' ')).toContain('plan-message');
    expect(await savedAt(fairId, a1.id)).toEqual({ x: 0, y: 2 });

    // Undoing a deletion creates the booth again (under a new id); redoing deletes that one.
    await page.getByRole('button', { name: 'ブース A-2 を削除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '削除する' }).click();
    await page.getByRole('status').filter({ hasText: 'ブース A-2 を削除しました' }).waitFor();
    await undo.click();
    await page.getByRole('status').filter({ hasText: 'ブース A-2 の削除を元に戻しました' }).waitFor();
    const back = (await api<FloorPlan>('GET', `/fairs/${fairId}/booths`)).booths.find((b) => b.code === 'A-2');
    expect(back).toMatchObject({ x: 4, y: 0, zone: '入口側' });
    await waitDrawnAt(page, back!.id, 4, 0);
    await redo.click();
    await page.getByRole('status').filter({ hasText: 'ブース A-2 の削除をやり直しました' }).waitFor();
    expect((await api<FloorPlan>('GET', `/fairs/${fairId}/booths`)).booths.map((b) => b.code)).toEqual(['A-1']);
    expect(errors).toEqual([]);
  });
});
