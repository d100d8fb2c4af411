import type { Browser } from 'playwright-core';
import type { Appearance } from '@bussanten/contracts';
import { DEMO_ORGANIZER, signInBrowser } from './support/accounts';
import { api } from './support/api';
import { launchBrowser, newPage } from './support/browser';

// The 2023 fair's calendar again (the 21st until 18:00), at a fair of its own with a guest of its own.
const DAYS = [
  { date: '2023-02-17', opens: '10:00', closes: '20:00' },
  { date: '2023-02-18', opens: '10:00', closes: '20:00' },
  { date: '2023-02-19', opens: '10:00', closes: '20:00' },
  { date: '2023-02-20', opens: '10:00', closes: '20:00' },
  { date: '2023-02-21', opens: '10:00', closes: '18:00' },
];
const GUEST = 'ハタチの龍馬（テスト）';

describe('timetable in the browser', () => {
  let browser: Browser;
  let fairId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues');
    fairId = (
      await api<{ id: string }>(
        'POST',
        '/fairs',
        { title: 'タイムテーブル試験', slug: `timetable-${Date.now()}`, roomId: venues[0].rooms[0].id, days: DAYS },
        201,
      )
    ).id;
    await api(
      'POST',
      '/guests',
      { name: GUEST, nameEn: null, kind: 'ambassador', ownerMunicipalityId: null, profile: null, profileEn: null, contact: null },
      201,
    );
  });
  afterAll(() => browser?.close());

  it('creates the three 2/19 visits with the repeat helper, refuses 17:45–18:15 on 2/21 naming 18:00, and refuses dragging 14:30 to 15:15 naming the 15:30 visit', async () => {
    const { page, errors } = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await signInBrowser(page, DEMO_ORGANIZER, `/fairs/${fairId}/timetable`);
    await page.getByRole('button', { name: '2月19日(日)' }).click();

    // The repeat helper: 13:30, 14:30, 15:30, about 30 minutes, may change.
    await page.getByRole('button', { name: '繰り返し作成' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('ゲスト').selectOption({ label: GUEST });
    await dialog.getByLabel('日付').selectOption('2023-02-19');
    await dialog.getByLabel('開始時刻').fill('13:30, 14:30, 15:30');
    await dialog.getByLabel('所要時間(分)').fill('30');
    await dialog.getByLabel('目安').check();
    await dialog.getByLabel('状態').selectOption('mayChange');
    await dialog.getByRole('button', { name: '作成する' }).click();
    for (const time of ['13:30–14:00', '14:30–15:00', '15:30–16:00']) {
      await page.getByRole('button', { name: new RegExp(`^${GUEST} ${time}`) }).waitFor();
    }
    const created = await api<Appearance[]>('GET', `/fairs/${fairId}/appearances`);
    expect(created.map((a) => [a.date, a.start, a.end, a.approximate, a.status])).toEqual([
      ['2023-02-19', '13:30', '14:00', true, 'mayChange'],
      ['2023-02-19', '14:30', '15:00', true, 'mayChange'],
      ['2023-02-19', '15:30', '16:00', true, 'mayChange'],
    ]);

    // 17:45–18:15 on the short last day: refused, naming the 18:00 closing time; nothing saved.
    await page.getByRole('button', { name: '2月21日(火)' }).click();
    await page.getByRole('button', { name: '出演予定を追加' }).first().click();
    const form = page.getByRole('dialog');
    await form.getByLabel('ゲスト').selectOption({ label: GUEST });
    await form.getByLabel('日付').selectOption('2023-02-21');
    await form.getByLabel('開始', { exact: true }).fill('17:45');
    await form.getByLabel('終了', { exact: true }).fill('18:15');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByRole('alert').filter({ hasText: '18:00' }).first().waitFor();
    await form.getByRole('button', { name: '閉じる' }).click();
    expect(await api<Appearance[]>('GET', `/fairs/${fairId}/appearances`)).toHaveLength(3);

    // Drag the 14:30 visit down three 15-minute rows to 15:15: refused, naming the 15:30 visit.
    await page.getByRole('button', { name: '2月19日(日)' }).click();
    const block = page.getByRole('button', { name: new RegExp(`^${GUEST} 14:30–15:00`) });
    const box = await block.boundingBox();
    if (!box) throw new Error('the 14:30 block is not on screen');
    const rowPx = box.height / 2; // a 30-minute block spans two 15-minute rows
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 3 * rowPx, { steps: 12 });
    await page.mouse.up();
    await page.getByRole('alert').filter({ hasText: '15:30' }).first().waitFor();
    const after = await api<Appearance[]>('GET', `/fairs/${fairId}/appearances`);
    expect(after.map((a) => a.start)).toEqual(['13:30', '14:30', '15:30']);
    expect(errors).toEqual([]);
  });
});
