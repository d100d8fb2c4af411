import type { Browser, Page } from 'playwright-core';
import { createRepresentative, DEMO_ORGANIZER, signInBrowser } from './support/accounts';
import { api } from './support/api';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { waitForMail } from './support/mail';

// A fair's lifecycle as an organizer lives it: announce the fair while it still takes applications,
// stop its publication (公開停止) and publish again (公開再開), archive it. The app is shared with the
// other e2e tests, so the fair and the exhibitor's account are this run's own.
const run = Date.now().toString(36);
const SLUG = `lifecycle-${run}`;
const DAYS = [
  { date: '2027-04-02', opens: '10:00', closes: '19:00' },
  { date: '2027-04-03', opens: '10:00', closes: '17:00' },
];
const REP = { email: `lifecycle-${run}@hayakawa.example`, password: 'sanma wo yaku kemuri no naka de' };
/** Every public route of the fair. */
const ROUTES = [
  `/f/${SLUG}`,
  `/en/f/${SLUG}`,
  `/api/public/fairs/${SLUG}`,
  `/api/public/fairs/${SLUG}/days/${DAYS[0].date}`,
  `/api/public/fairs/${SLUG}/calendar.ics`,
  `/api/public/fairs/${SLUG}/exhibitors.csv`,
  `/f/${SLUG}/qr.svg`,
  `/f/${SLUG}/qr.png`,
];

const statuses = () => Promise.all(ROUTES.map(async (path) => (await fetch(`${baseUrl()}${path}`)).status));
const indexed = async () => (await (await fetch(`${baseUrl()}/f`)).text()).includes(`/f/${SLUG}"`);

/** Clicks a fair-page action and its confirmation, waiting for the API's answer. */
async function confirmAction(page: Page, button: string, dialogText: RegExp, confirm: string, path: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(dialogText).waitFor();
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() !== 'GET' && r.url().endsWith(path)),
    dialog.getByRole('button', { name: confirm, exact: true }).click(),
  ]);
  expect(res.status()).toBe(200);
}

describe('a fair’s lifecycle in the browser', () => {
  let browser: Browser;
  let fairId: string;
  let applicationId: string;
  let rep: Record<string, string>;
  const application = (days: string[]) => ({
    days,
    products: [{ name: 'さんま寿司', category: 'seafood', priceMin: 800, priceMax: 800, food: true, alcohol: false }],
    needs: { minAreaM2: null, powerWatts: 0, fridge: true, freezer: false, water: false },
    permit: { status: 'held', number: '山梨第456号', healthCentre: '峡南保健所' },
    staffCount: 2,
    staff: [{ name: '早川 花子', phone: '090-3333-4444' }],
    vehicle: null,
    loadInTime: null,
    note: null,
  });

  beforeAll(async () => {
    browser = await launchBrowser();
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues');
    const now = Date.now();
    fairId = (
      await api<{ id: string }>(
        'POST',
        '/fairs',
        {
          title: 'ライフサイクル物産展',
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
    // 早川町, which no other test applies for: acceptance mails go to every representative of the
    // municipality, and the demo 宮古市 account's mailbox and application list belong to other tests.
    rep = await createRepresentative('早川町', REP, '早川 花子');
    applicationId = (await api<{ id: string }>('POST', `/my/fairs/${fairId}/application`, application([DAYS[0].date]), 201, rep)).id;
  });
  afterAll(() => browser?.close());

  it('closing an attended day names who it strands and drops it after a confirmation; a withdrawal reaches the organizers', async () => {
    // A second fair of this run: 早川町 accepted on both days, a guest visiting on the second, published.
    const slug = `${SLUG}-days`;
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues');
    const now = Date.now();
    const window = { applicationsOpenAt: new Date(now - 86_400_000).toISOString(), applicationsCloseAt: new Date(now + 30 * 86_400_000).toISOString() };
    const id = (await api<{ id: string }>('POST', '/fairs', { title: '日程変更テスト物産展', slug, roomId: venues[0].rooms[0].id, days: DAYS, ...window }, 201))
      .id;
    await api('POST', `/fairs/${id}/status`, { status: 'accepting' });
    const applied = (await api<{ id: string }>('POST', `/my/fairs/${id}/application`, application(DAYS.map((d) => d.date)), 201, rep)).id;
    await api('POST', `/applications/${applied}/decision`, { status: 'accepted', message: null });
    const guestId = (
      await api<{ id: string }>(
        'POST',
        '/guests',
        { name: `日程テストの龍馬${run}`, nameEn: null, kind: 'mascot', ownerMunicipalityId: null, profile: null, profileEn: null, contact: null },
        201,
      )
    ).id;
    await api(
      'POST',
      `/fairs/${id}/appearances/repeat`,
      {
        guestId,
        date: DAYS[1].date,
        durationMinutes: 30,
        approximate: false,
        location: { kind: 'venue' },
        status: 'confirmed',
        publicNote: null,
        starts: ['13:30'],
      },
      201,
    );
    await api('POST', `/fairs/${id}/releases`, { note: null }, 201);

    const { page, errors } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER, `/fairs/${id}/edit`);
    await page.getByRole('checkbox', { name: /4月3日.*休業/ }).check();
    await page.getByRole('button', { name: '変更を保存' }).click();
    const panel = page.getByRole('region', { name: 'この変更で影響を受ける申込・来場予定' });
    await panel.getByText(/早川町（申込 /).waitFor();
    await panel.getByText(new RegExp(`日程テストの龍馬${run} .*13:30〜14:00 — 休業にする日`)).waitFor();
    await panel.getByRole('checkbox', { name: 'これらの申込からこの日を外す' }).check();
    await panel.getByRole('checkbox', { name: 'これらの来場予定を取り消す' }).check();
    await panel.getByRole('button', { name: '選んだ内容で保存し直す' }).click();
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/api/fairs/${id}`)),
      page.getByRole('dialog').getByRole('button', { name: '保存してメールを送る' }).click(),
    ]);
    expect(saved.status()).toBe(200);
    await page.waitForURL((url) => url.pathname === `/fairs/${id}`);
    expect((await api<{ days: string[] }>('GET', `/my/applications/${applied}`, undefined, 200, rep)).days).toEqual([DAYS[0].date]);
    const mail = await waitForMail((m) => m.to.includes(REP.email) && m.subject.includes('開催日の変更') && m.subject.includes('日程変更テスト物産展'));
    expect(mail.text).toContain('出展日から外した日');

    // The exhibitor withdraws: the organizers are mailed, the fair page says so, the next release drops it.
    await api('POST', `/my/applications/${applied}/withdraw`, undefined, 200, rep);
    await waitForMail((m) => m.to.includes(DEMO_ORGANIZER.email) && m.text.includes('日程変更テスト物産展') && m.text.includes('早川町'));
    await page.reload();
    const withdrawals = page.getByRole('region', { name: '申込の取り下げ・出展辞退' });
    await withdrawals.getByText('早川町').first().waitFor();
    await withdrawals.getByText('まだ掲載中').waitFor();
    await page.goto(`${baseUrl()}/fairs/${id}/releases`);
    await page.getByRole('region', { name: '変更点のプレビュー' }).getByText('早川町が出展を取りやめました').waitFor();
    expect(errors).toEqual([]);
  });

  it('publishes while accepting, stops and restarts the publication, and keeps an archived fair readable', async () => {
    const { page, errors } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER, `/fairs/${fairId}/releases`);

    // Announcing early: the confirmation says the applications stay open, and they do.
    await page.getByRole('button', { name: '公開する', exact: true }).click();
    await page
      .getByRole('dialog')
      .getByText(/申込の受付状況（申込受付中）は変わりません/)
      .waitFor();
    const [published] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/fairs/${fairId}/releases`)),
      page.getByRole('button', { name: 'この内容で公開する' }).click(),
    ]);
    expect(published.status()).toBe(201);
    await page.goto(`${baseUrl()}/fairs/${fairId}`);
    const visibility = page.getByRole('region', { name: '公開ページ' });
    await visibility.getByText('公開中').waitFor();
    await page.getByRole('region', { name: '状態' }).getByText('申込受付中').waitFor();
    expect(await statuses()).toEqual(ROUTES.map(() => 200));
    expect(await indexed()).toBe(true);
    await api('PUT', `/my/applications/${applicationId}`, application(DAYS.map((d) => d.date)), 200, rep);

    // 公開停止: the dialog says what goes dark and that applications are untouched; then every route is 410.
    await confirmAction(page, '公開停止', /410.*申込の受付状況（申込受付中）/, '公開停止', `/api/fairs/${fairId}/visibility`);
    await visibility.getByText('公開停止', { exact: true }).first().waitFor();
    expect(await statuses()).toEqual(ROUTES.map(() => 410));
    expect(await indexed()).toBe(false);
    const visitor = await newPage(browser);
    const gone = await visitor.page.goto(`${baseUrl()}/f/${SLUG}`);
    expect(gone?.status()).toBe(410);
    await visitor.page.getByRole('heading', { name: '公開を終了しました' }).waitFor();
    await api('PUT', `/my/applications/${applicationId}`, application([DAYS[1].date]), 200, rep);

    // 公開再開: the last release again.
    await confirmAction(page, '公開再開', /第1版/, '公開再開', `/api/fairs/${fairId}/visibility`);
    await visibility.getByText('公開中').waitFor();
    expect(await statuses()).toEqual(ROUTES.map(() => 200));
    expect(await indexed()).toBe(true);

    // Closing applications and archiving say the public page stays, and it does.
    await confirmAction(page, '申込受付を締め切る', /公開ページ .* はこれまでどおり表示されます/, '申込受付を締め切る', `/api/fairs/${fairId}/status`);
    await confirmAction(page, 'アーカイブする', /これまでどおり表示されます/, 'アーカイブする', `/api/fairs/${fairId}/status`);
    await page.getByRole('region', { name: '状態' }).getByText('アーカイブ', { exact: true }).waitFor();
    expect(await statuses()).toEqual(ROUTES.map(() => 200));
    await visitor.page.goto(`${baseUrl()}/f/${SLUG}`);
    await visitor.page.getByRole('heading', { name: 'ライフサイクル物産展', level: 1 }).waitFor();
    expect(errors).toEqual([]);
  });
});
