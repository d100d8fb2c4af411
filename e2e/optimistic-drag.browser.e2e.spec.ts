import type { Browser, Page } from 'playwright-core';
import type { Appearance, Booth, FloorPlan } from '@bussanten/contracts';
import { DEMO_ORGANIZER, signInBrowser } from './support/accounts';
import { api } from './support/api';
import { launchBrowser, newPage } from './support/browser';

// A fair, booths, a guest and its appearances of this file's own (made through the API), so no other
// test file's data moves under these drags, nor these drags under theirs.
const RUN = Date.now();
const DAYS = [
  { date: '2029-03-10', opens: '10:00', closes: '18:00' },
  { date: '2029-03-11', opens: '10:00', closes: '18:00' },
];
const GUEST = `楽観ドラッグの龍馬${RUN}`;

const boothInput = (code: string, x: number, y: number) => ({
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
});

/**
 * Holds every PUT matching `pattern` until `release()`, so the test sees what the page draws before
 * the API answers (the optimistic state) without guessing at delays; `seen` resolves once one is held.
 */
async function holdPuts(page: Page, pattern: string) {
  let release!: () => void;
  let held!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const seen = new Promise<void>((r) => (held = r));
  await page.route(pattern, async (route) => {
    if (route.request().method() === 'PUT') {
      held();
      await gate;
    }
    await route.continue();
  });
  return { release, seen };
}

/** The booth's drawn rectangle, in metres (the plan's SVG units). */
async function drawnAt(page: Page, boothId: string): Promise<{ x: number; y: number }> {
  const rect = page.locator(`[data-booth-id="${boothId}"] rect.plan__booth-body`);
  return { x: Number(await rect.getAttribute('x')), y: Number(await rect.getAttribute('y')) };
}

async function waitDrawnAt(page: Page, boothId: string, x: number, y: number): Promise<void> {
  await page.waitForFunction(
    ([id, x, y]) => {
      const rect = document.querySelector(`[data-booth-id="${id}"] rect.plan__booth-body`);
      return rect !== null && Number(rect.getAttribute('x')) === x && Number(rect.getAttribute('y')) === y;
    },
    [boothId, x, y] as const,
  );
}

/** The booths table's row of `code` says the booth is at (x, y): the table reads the plan as the query cache has it. */
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

/** Drags a timetable block by `rows` quarter-hour rows (negative: earlier). */
async function dragBlock(page: Page, name: RegExp, rows: number): Promise<void> {
  const box = await page.getByRole('button', { name }).boundingBox();
  if (!box) throw new Error(`${name} is not on screen`);
  const rowPx = box.height / 2; // the blocks dragged here are 30 minutes: two rows
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + rows * rowPx, { steps: 12 });
  await page.mouse.up();
}

describe('optimistic drags in the browser', () => {
  let browser: Browser;
  let fairId: string;
  let room: { id: string; widthM: number; depthM: number };
  beforeAll(async () => {
    browser = await launchBrowser();
    const venues = await api<{ rooms: { id: string; widthM: number; depthM: number }[] }[]>('GET', '/venues');
    room = venues[0].rooms[0];
    fairId = (await api<{ id: string }>('POST', '/fairs', { title: '楽観ドラッグ試験', slug: `optimistic-drag-${RUN}`, roomId: room.id, days: DAYS }, 201)).id;
  });
  afterAll(() => browser?.close());

  it("draws a dragged booth at once, puts it back with the API's reason when another organizer drew a booth there meanwhile, and keeps a move the API saved", async () => {
    const a1 = await api<Booth>('POST', `/fairs/${fairId}/booths`, boothInput('A-1', 0, 0), 201);
    const a2 = await api<Booth>('POST', `/fairs/${fairId}/booths`, boothInput('A-2', 4, 0), 201);
    const { page, errors } = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await signInBrowser(page, DEMO_ORGANIZER, `/fairs/${fairId}/booths`);
    await page.getByRole('heading', { name: 'ブース配置図' }).waitFor();
    await waitDrawnAt(page, a1.id, 0, 0);

    // Someone else moves A-2 to (4, 4) after this page read the plan: the page still sees (4, 4) free.
    await api('PUT', `/fairs/${fairId}/booths/${a2.id}`, boothInput('A-2', 4, 4));
    const put = await holdPuts(page, '**/api/fairs/*/booths/*');
    await dragBooth(page, a1.id, room.widthM, 4, 4);

    // Optimistic: A-1 is drawn (and listed) at (4, 4) and being saved while the PUT is held.
    await put.seen;
    await waitDrawnAt(page, a1.id, 4, 4);
    await tableSays(page, 'A-1', 4, 4);
    await page.getByRole('status').filter({ hasText: 'ブース A-1 を保存しています' }).waitFor();
    expect(await drawnAt(page, a1.id)).toEqual({ x: 4, y: 4 });

    // The API refuses (422: it overlaps A-2): A-1 goes back, the message says why and describes A-1.
    put.release();
    const message = page.getByRole('status').filter({ hasText: 'ブース A-1 を保存できませんでした。元の位置に戻しました。' });
    await message.waitFor();
    expect(await message.textContent()).toContain('ブース A-2 と重なります');
    await waitDrawnAt(page, a1.id, 0, 0);
    await tableSays(page, 'A-1', 0, 0);
    expect((await page.locator(`[data-booth-id="${a1.id}"]`).getAttribute('aria-describedby'))?.split(' ')).toContain('plan-message');
    // Settled: the plan is read again, and A-2 is drawn where the other organizer put it.
    await waitDrawnAt(page, a2.id, 4, 4);
    const afterRefusal = await api<FloorPlan>('GET', `/fairs/${fairId}/booths`);
    expect(afterRefusal.booths.find((b) => b.id === a1.id)).toMatchObject({ x: 0, y: 0 });

    // A move the API takes stays, also after a reload.
    await page.unroute('**/api/fairs/*/booths/*');
    await dragBooth(page, a1.id, room.widthM, 0, 2);
    await page.getByRole('status').filter({ hasText: 'ブース A-1 を保存しました' }).waitFor();
    await waitDrawnAt(page, a1.id, 0, 2);
    const saved = await api<FloorPlan>('GET', `/fairs/${fairId}/booths`);
    expect(saved.booths.find((b) => b.id === a1.id)).toMatchObject({ x: 0, y: 2 });
    await page.reload();
    await page.getByRole('heading', { name: 'ブース配置図' }).waitFor();
    await waitDrawnAt(page, a1.id, 0, 2);
    expect(errors).toEqual([]);
  });

  it('draws a dragged appearance at once, puts it back naming the clash when the API refuses, and keeps a move the API saved', async () => {
    const guestId = (
      await api<{ id: string }>(
        'POST',
        '/guests',
        { name: GUEST, nameEn: null, kind: 'mascot', ownerMunicipalityId: null, profile: null, profileEn: null, contact: null },
        201,
      )
    ).id;
    const appear = (start: string, end: string) =>
      api<Appearance>(
        'POST',
        `/fairs/${fairId}/appearances`,
        {
          guestId,
          date: DAYS[0].date,
          start,
          end,
          durationMinutes: null,
          approximate: false,
          location: { kind: 'venue' },
          status: 'confirmed',
          publicNote: null,
        },
        201,
      );
    await appear('13:30', '14:00');
    const later = await appear('14:30', '15:00');
    const block = (time: string) => new RegExp(`^${GUEST} ${time}`);

    const { page, errors } = await newPage(browser);
    // Tall enough for the grid down to 16:30 below the organizer's header (its navigation wraps to two lines at 1280 px).
    await page.setViewportSize({ width: 1280, height: 1400 });
    await signInBrowser(page, DEMO_ORGANIZER, `/fairs/${fairId}/timetable`);
    await page.getByRole('button', { name: block('14:30–15:00') }).waitFor();

    // 14:30 up three rows to 13:45–14:15, over the guest's own 13:30 visit.
    const put = await holdPuts(page, '**/api/appearances/*');
    await dragBlock(page, block('14:30–15:00'), -3);
    await put.seen;
    await page.getByRole('button', { name: block('13:45–14:15') }).waitFor();
    expect(await page.getByRole('button', { name: block('14:30–15:00') }).count()).toBe(0);
    // The list under the grid reads the cached appearances too.
    await page.getByRole('row').filter({ hasText: GUEST }).filter({ hasText: '13:45–14:15' }).waitFor();

    // Refused (409, the guest is busy): back at 14:30, with the reason naming the 13:30 visit beside the grid.
    put.release();
    const alert = page.getByRole('alert').filter({ hasText: '13:30' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`${GUEST} 13:45–14:15`);
    const back = page.getByRole('button', { name: block('14:30–15:00') });
    await back.waitFor();
    expect(await page.getByRole('button', { name: block('13:45–14:15') }).count()).toBe(0);
    expect(await page.getByRole('row').filter({ hasText: '13:45–14:15' }).count()).toBe(0);
    expect((await back.getAttribute('aria-describedby'))?.split(' ')).toContain('timetable-outcome');
    expect((await api<Appearance[]>('GET', `/fairs/${fairId}/appearances`)).find((a) => a.id === later.id)).toMatchObject({ start: '14:30', end: '15:00' });

    // 14:30 down six rows to 16:00–16:30, where nothing is: saved, and still there after a reload.
    await page.unroute('**/api/appearances/*');
    await dragBlock(page, block('14:30–15:00'), 6);
    await page.getByRole('button', { name: block('16:00–16:30') }).waitFor();
    await page.getByRole('status').filter({ hasText: '16:00' }).first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[role="alert"]'));
    expect((await api<Appearance[]>('GET', `/fairs/${fairId}/appearances`)).find((a) => a.id === later.id)).toMatchObject({ start: '16:00', end: '16:30' });
    await page.reload();
    await page.getByRole('button', { name: block('16:00–16:30') }).waitFor();
    expect(await page.getByRole('button', { name: block('14:30–15:00') }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
