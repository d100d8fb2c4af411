import type { Browser, Page } from 'playwright-core';
import type { FloorPlan } from '@bussanten/contracts';
import { DEMO_MIYAKO, DEMO_ORGANIZER, signInBrowser, signInHttp } from './support/accounts';
import { api as apiAs } from './support/api';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { waitForMail } from './support/mail';

/** Unique to this test: other tests mail 宮古市 too, so each wait matches this fair's title. */
const TITLE = '交流都市地方物産展 2027（申込から配置まで）';
const DEMO_YAMAKITA = { email: 'yamakita@yamakita.example', password: 'demo-taiko-drums' };
const DAYS = [
  { date: '2027-02-19', opens: '10:00', closes: '20:00' },
  { date: '2027-02-20', opens: '10:00', closes: '20:00' },
  { date: '2027-02-21', opens: '10:00', closes: '20:00' },
  { date: '2027-02-22', opens: '10:00', closes: '20:00' },
  { date: '2027-02-23', opens: '10:00', closes: '18:00' },
];

/** Presses on a card, moves the pointer over the booth in steps (the page tracks pointermove) and lets go. */
async function drag(page: Page, cardName: string, boothId: string): Promise<void> {
  const card = page.getByRole('button', { name: cardName });
  const from = await card.boundingBox();
  const to = await page.locator(`[data-booth-id="${boothId}"] rect`).boundingBox();
  if (!from || !to) throw new Error('card or booth not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** The shared helper with the caller first, as this test reads best. */
function as<T>(who: Record<string, string>, method: string, path: string, body?: unknown, expected = 200): Promise<T> {
  return apiAs<T>(method, path, body, expected, who);
}

describe('fair flow in the browser: apply, accept, drag onto a booth, share it, mail', () => {
  let browser: Browser;
  let fairId: string;
  let plan: FloorPlan;
  beforeAll(async () => {
    browser = await launchBrowser();
    // The organizer sets up a fair taking applications, with the 2023 sample plan copied in.
    const organizer = await signInHttp(DEMO_ORGANIZER);
    const fairs = await as<{ id: string; slug: string }[]>(organizer, 'GET', '/fairs');
    const venues = await as<{ rooms: { id: string }[] }[]>(organizer, 'GET', '/venues');
    const fair = await as<{ id: string }>(
      organizer,
      'POST',
      '/fairs',
      {
        title: TITLE,
        slug: `koryu-toshi-2027-${Date.now()}`,
        roomId: venues[0].rooms[0].id,
        days: DAYS,
        applicationsOpenAt: new Date(Date.now() - 86_400_000).toISOString(),
        applicationsCloseAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      201,
    );
    fairId = fair.id;
    const from = fairs.find((f) => f.slug === 'koryu-toshi-2023')?.id;
    plan = await as<FloorPlan>(organizer, 'POST', `/fairs/${fairId}/booths/copy`, { fromFairId: from });
    await as(organizer, 'POST', `/fairs/${fairId}/status`, { status: 'accepting' });
  });
  afterAll(() => browser?.close());

  const boothId = (code: string) => plan.booths.find((b) => b.code === code)?.id as string;

  it('宮古市 applies for days 1–3 with a fridge, is accepted and dragged onto A2; 山北町 gets A2 for days 4–5; both are mailed, the booths once by 「配置を通知」', async () => {
    // 宮古市's representative applies through the form.
    const rep = await newPage(browser);
    await signInBrowser(rep.page, DEMO_MIYAKO, '/my/fairs');
    await rep.page.getByRole('link', { name: '申し込む' }).first().waitFor();
    await rep.page.goto(`${baseUrl()}/my/fairs/${fairId}/apply`);
    for (const day of ['2月19日', '2月20日', '2月21日']) await rep.page.getByRole('checkbox', { name: new RegExp(`^${day}`) }).check();
    await rep.page.getByLabel('商品名').first().fill('さんま加工品');
    await rep.page.getByLabel('カテゴリー').first().selectOption('seafood');
    await rep.page.getByRole('checkbox', { name: '冷蔵庫', exact: true }).check();
    await rep.page.getByRole('radio', { name: '手配予定' }).check();
    await rep.page.getByLabel('人数').fill('2');
    await rep.page.getByRole('button', { name: '申し込む' }).click();
    await rep.page.waitForURL((url) => url.pathname.startsWith('/my/applications/'));
    await rep.page.getByText('審査中').first().waitFor();
    const miyakoApplication = rep.page.url().split('/').pop() as string;

    // The organizer accepts it with a message, then drags it onto A2 (which has a fridge) on day 1.
    const org = await newPage(browser);
    await org.page.setViewportSize({ width: 1280, height: 900 });
    await signInBrowser(org.page, DEMO_ORGANIZER, `/fairs/${fairId}/applications`);
    await org.page.getByRole('button', { name: '宮古市を承認' }).click();
    await org.page.getByLabel('メッセージ').fill('ご出展をお待ちしています。');
    await org.page.getByRole('button', { name: '承認する' }).click();
    await org.page.getByText('承認').first().waitFor();
    await org.page.goto(`${baseUrl()}/fairs/${fairId}/assign?day=2027-02-19`);
    // Over B3 (no fridge) the problem shows while dragging, before anything is saved.
    const card = org.page.getByRole('button', { name: '宮古市 を配置' });
    const cardBox = await card.boundingBox();
    const b3 = await org.page.locator(`[data-booth-id="${boothId('B3')}"] rect`).boundingBox();
    if (!cardBox || !b3) throw new Error('card or booth B3 not on screen');
    await org.page.mouse.move(cardBox.x + cardBox.width / 2, cardBox.y + cardBox.height / 2);
    await org.page.mouse.down();
    await org.page.mouse.move(b3.x + b3.width / 2, b3.y + b3.height / 2, { steps: 12 });
    await org.page
      .getByText(/冷蔵庫がありません/)
      .first()
      .waitFor();
    await org.page.mouse.move(cardBox.x + cardBox.width / 2, cardBox.y + cardBox.height / 2, { steps: 5 });
    await org.page.mouse.up();
    await drag(org.page, '宮古市 を配置', boothId('A2'));
    await org.page
      .locator(`[data-booth-id="${boothId('A2')}"]`)
      .locator('text.booth__holder', { hasText: '宮古市' })
      .waitFor();

    // 山北町 applies for days 4–5 (over HTTP here) and is accepted; the organizer drags it onto the same booth on day 4.
    const yamakita = await signInHttp(DEMO_YAMAKITA);
    const application = await as<{ id: string }>(
      yamakita,
      'POST',
      `/my/fairs/${fairId}/application`,
      {
        days: ['2027-02-22', '2027-02-23'],
        products: [{ name: '足柄茶', category: 'drinks', priceMin: 700, priceMax: 1500, food: true, alcohol: false }],
        needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
        permit: { status: 'notNeeded', number: null, healthCentre: null },
        staffCount: 2,
        staff: [],
        vehicle: null,
        loadInTime: null,
        note: null,
      },
      201,
    );
    await as(await signInHttp(DEMO_ORGANIZER), 'POST', `/applications/${application.id}/decision`, { status: 'accepted', message: null });
    await org.page.goto(`${baseUrl()}/fairs/${fairId}/assign?day=2027-02-22`);
    await drag(org.page, '山北町 を配置', boothId('A2'));
    await org.page
      .locator(`[data-booth-id="${boothId('A2')}"]`)
      .locator('text.booth__holder', { hasText: '山北町' })
      .waitFor();
    const assignments = await as<{ municipalityName: string; boothCode: string; from: string; to: string }[]>(
      await signInHttp(DEMO_ORGANIZER),
      'GET',
      `/fairs/${fairId}/assignments`,
    );
    expect(assignments.map((a) => [a.municipalityName, a.boothCode, a.from, a.to])).toEqual([
      ['宮古市', 'A2', '2027-02-19', '2027-02-21'],
      ['山北町', 'A2', '2027-02-22', '2027-02-23'],
    ]);

    // Placing mailed nobody; 「配置を通知」 shows who will hear what, then tells each exhibitor once.
    await org.page.getByRole('button', { name: '配置を通知' }).click();
    const dialog = org.page.getByRole('dialog', { name: '配置を出展者に通知' });
    await dialog.getByText('宮古市').waitFor();
    await dialog.getByText('山北町').waitFor();
    await dialog.getByRole('button', { name: '2件の出展者に通知する' }).click();
    // One mail per representative: other tests may have given 宮古市 more than one.
    await org.page.getByText(/^2件の出展者に、\d+通のメールを送信待ちにしました。$/).waitFor();
    const placed = await waitForMail((m) => m.to.includes(DEMO_MIYAKO.email) && /Your booth/.test(m.subject) && m.text.includes(TITLE));
    expect(placed.text).toContain('・ブース A2：令和9年2月19日(金)〜21日(日)');

    // 宮古市's representative sees the booth and the days.
    await rep.page.goto(`${baseUrl()}/my/applications/${miyakoApplication}`);
    await rep.page.getByText('ブース A2 ・ 2月19日〜2月21日').waitFor();

    // Both acceptance mails reached the SMTP server.
    const toMiyako = await waitForMail((m) => m.to.includes(DEMO_MIYAKO.email) && /Application accepted/.test(m.subject) && m.text.includes(TITLE));
    expect(toMiyako.text).toContain('ご出展をお待ちしています。');
    await waitForMail((m) => m.to.includes(DEMO_YAMAKITA.email) && /Application accepted/.test(m.subject) && m.text.includes(TITLE));
    expect([...rep.errors, ...org.errors]).toEqual([]);
  });
});
