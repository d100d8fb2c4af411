import type { Browser } from 'playwright-core';
import { DEMO_MIYAKO, DEMO_ORGANIZER, signInBrowser, signInHttp } from './support/accounts';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage } from './support/browser';

// A fair of this file's own whose two days are over (so both can be entered now), made through the
// API: 宮古市 accepted for both days with two products. Nothing another test file does moves under it.
const RUN = Date.now();
const DAYS = [
  { date: '2024-05-10', opens: '10:00', closes: '19:00' },
  { date: '2024-05-11', opens: '10:00', closes: '17:00' },
];

describe('daily sales in the browser, at phone width', () => {
  let browser: Browser;
  let fairId: string;
  let applicationId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const organizer = await signInHttp(DEMO_ORGANIZER);
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues', undefined, 200, organizer);
    const now = Date.now();
    fairId = (
      await api<{ id: string }>(
        'POST',
        '/fairs',
        {
          title: `売上試験 ${RUN}`,
          slug: `sales-${RUN}`,
          roomId: venues[0].rooms[0].id,
          days: DAYS,
          applicationsOpenAt: new Date(now - 86_400_000).toISOString(),
          applicationsCloseAt: new Date(now + 30 * 86_400_000).toISOString(),
        },
        201,
        organizer,
      )
    ).id;
    await api('POST', `/fairs/${fairId}/status`, { status: 'accepting' }, 200, organizer);
    const miyako = await signInHttp(DEMO_MIYAKO);
    applicationId = (
      await api<{ id: string }>(
        'POST',
        `/my/fairs/${fairId}/application`,
        {
          days: DAYS.map((d) => d.date),
          products: [
            { name: 'さんま加工品', category: 'seafood', priceMin: 500, priceMax: 1500, food: true, alcohol: false },
            { name: '瓶ドン', category: 'seafood', priceMin: 1500, priceMax: 3500, food: true, alcohol: false },
          ],
          needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
          permit: { status: 'held', number: '岩手第789号', healthCentre: '宮古保健所' },
          staffCount: 2,
          staff: [{ name: '宮古 一郎', phone: '090-1111-2222' }],
          vehicle: null,
          loadInTime: null,
          note: null,
        },
        201,
        miyako,
      )
    ).id;
    await api('POST', `/applications/${applicationId}/decision`, { status: 'accepted', message: null }, 200, organizer);
  });
  afterAll(() => browser?.close());

  it('a representative enters two days, the organizer confirms one and changes it for them (marked), and the representative can no longer correct it', async () => {
    const rep = await newPage(browser, 'ja-JP', { bypassCSP: true });
    await signInBrowser(rep.page, DEMO_MIYAKO, '/my/fairs');
    await rep.page.goto(`${baseUrl()}/my/applications/${applicationId}/sales`);
    await rep.page.getByRole('heading', { level: 1, name: '売上報告' }).waitFor();

    // The first day: yen and customers only (full-width digits and a comma are fine).
    await rep.page.getByRole('button', { name: 'この日の売上を入力' }).first().click();
    await rep.page.getByLabel('売上（円・税込）').fill('１２８,０００');
    await rep.page.getByLabel('客数（レシート枚数）').fill('54');
    await rep.page.getByRole('button', { name: '保存する' }).click();
    await rep.page.getByText('128,000円・54人', { exact: true }).waitFor();

    // The second day, with a product line; a negative figure is refused at the field first.
    await rep.page.getByRole('button', { name: 'この日の売上を入力' }).click();
    await rep.page.getByLabel('売上（円・税込）').fill('-5');
    await rep.page.getByLabel('客数（レシート枚数）').fill('30');
    await rep.page.getByRole('button', { name: '保存する' }).click();
    await rep.page.getByRole('alert').first().waitFor();
    await rep.page.getByLabel('売上（円・税込）').fill('64000');
    await rep.page.getByRole('button', { name: '商品別の行を追加' }).click();
    await rep.page.getByLabel('商品1の商品').selectOption({ label: '瓶ドン' });
    await rep.page.getByLabel('商品1の数量').fill('10');
    await rep.page.getByLabel('商品1の金額（円・税込）').fill('20000');
    await rep.page.getByRole('button', { name: '保存する' }).click();
    await rep.page.getByText('瓶ドン：10個・20,000円').waitFor();
    await rep.page.getByText('合計 192,000円・84人').waitFor();
    expect(await axeViolations(rep.page)).toEqual([]);

    // The organizer sees the totals and confirms the first day, behind a dialog.
    const org = await newPage(browser, 'ja-JP', { bypassCSP: true });
    await signInBrowser(org.page, DEMO_ORGANIZER, '/fairs');
    await org.page.goto(`${baseUrl()}/fairs/${fairId}/sales`);
    await org.page.getByText('合計 192,000円・84人').waitFor();
    expect(await axeViolations(org.page)).toEqual([]);
    await org.page.getByRole('button', { name: 'この日の売上を確定' }).first().click();
    const dialog = org.page.getByRole('dialog');
    await dialog.getByText('確定すると、出展者はこの日の売上を修正できなくなります', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'この日の売上を確定' }).click();
    await org.page.getByText('確定：', { exact: false }).waitFor();
    expect(await org.page.getByRole('button', { name: 'この日の売上を確定' }).count()).toBe(1);

    // The organizer still changes the confirmed day for 宮古市 (代理入力, marked so).
    await org.page.getByRole('button', { name: /^変更（宮古市・5月10日/ }).click();
    await org.page.getByLabel('売上（円・税込）').fill('130000');
    await org.page.getByRole('button', { name: '代理入力を保存' }).click();
    await org.page.getByText('合計 194,000円・84人').waitFor();
    await org.page.getByText('主催者が代理入力').first().waitFor();

    // The representative: the first day is confirmed (no correcting), the second still correctable.
    await rep.page.reload();
    await rep.page.getByText('主催者が確定しました。修正は主催者にご連絡ください。').waitFor();
    expect(await rep.page.getByRole('button', { name: '修正する' }).count()).toBe(1);
    await rep.page.getByText('主催者が代理入力').waitFor();
    await rep.page.getByText('130,000円・54人', { exact: true }).waitFor();
    expect([...rep.errors, ...org.errors]).toEqual([]);
  });
});
