import type { Browser } from 'playwright-core';
import { DEMO_ORGANIZER, signInBrowser, signInHttp } from './support/accounts';
import { api } from './support/api';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { waitForMail } from './support/mail';

/** Unique to this test: mails are told apart by this fair's title and this representative's address. */
const TITLE = '北陸物産展 2027（代理入力）';
const REP = { email: 'kani@sakai-entered.example', password: 'fukui no umi de toreta ebi' };

describe('an application the organizer enters for a municipality without an account, taken over by a new representative', () => {
  let browser: Browser;
  let fairId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    // A fair whose application window closed yesterday: a paper application that came by post is still entered.
    const organizer = await signInHttp(DEMO_ORGANIZER);
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues', undefined, 200, organizer);
    const fair = await api<{ id: string }>(
      'POST',
      '/fairs',
      {
        title: TITLE,
        slug: `hokuriku-entered-${Date.now()}`,
        roomId: venues[0].rooms[0].id,
        days: [
          { date: '2027-03-12', opens: '10:00', closes: '19:00' },
          { date: '2027-03-13', opens: '10:00', closes: '19:00' },
          { date: '2027-03-14', opens: '10:00', closes: '17:00' },
        ],
        applicationsOpenAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
        applicationsCloseAt: new Date(Date.now() - 86_400_000).toISOString(),
      },
      201,
      organizer,
    );
    fairId = fair.id;
    await api('POST', `/fairs/${fairId}/status`, { status: 'accepting' }, 200, organizer);
  });
  afterAll(() => browser?.close());

  it('enters 坂井市 through the form, marks it, and once a representative is invited they see it, and get the acceptance mail', async () => {
    const org = await newPage(browser);
    await signInBrowser(org.page, DEMO_ORGANIZER, `/fairs/${fairId}/applications`);
    await org.page.getByRole('link', { name: '申込を代理入力' }).click();
    await org.page.waitForURL((url) => url.pathname === `/fairs/${fairId}/applications/enter`);
    await org.page.getByLabel('自治体を検索').fill('さかい');
    await org.page.getByRole('button', { name: '検索', exact: true }).click();
    const row = org.page.getByRole('listitem').filter({ hasText: '坂井市' });
    await row.getByText('アカウントなし').waitFor();
    await row.getByRole('button', { name: /選ぶ.*坂井市/ }).click();

    // The representative's own form.
    await org.page.getByRole('heading', { name: /坂井市の申込を代理入力/ }).waitFor();
    await org.page.getByText('メールは送られません').waitFor();
    for (const day of ['3月12日', '3月13日']) await org.page.getByRole('checkbox', { name: new RegExp(`^${day}`) }).check();
    await org.page.getByLabel('商品名').first().fill('越前がに');
    await org.page.getByLabel('カテゴリー').first().selectOption('seafood');
    await org.page.getByRole('checkbox', { name: '冷蔵庫', exact: true }).check();
    await org.page.getByRole('radio', { name: '手配予定' }).check();
    await org.page.getByLabel('人数').fill('2');
    await org.page.getByRole('button', { name: '申し込む' }).click();

    // It lands on the organizer's page of the application, marked, with the history saying who entered it.
    await org.page.waitForURL((url) => /^\/fairs\/[\w-]+\/applications\/[\w-]+$/.test(url.pathname) && !url.pathname.endsWith('/enter'));
    const applicationId = org.page.url().split('/').pop() as string;
    await org.page.getByRole('heading', { name: '坂井市' }).waitFor();
    const history = org.page.locator('section', { has: org.page.getByRole('heading', { name: '履歴' }) });
    await history.getByText('主催者が代理入力').waitFor();
    expect(await org.page.locator('.badge--entered').count()).toBeGreaterThan(0);
    await org.page.goto(`${baseUrl()}/fairs/${fairId}/applications`);
    await org.page
      .getByRole('row', { name: /坂井市/ })
      .getByText('主催者が代理入力')
      .waitFor();

    // The organizer invites 坂井市's new representative; they accept from the link.
    await org.page.goto(`${baseUrl()}/people`);
    await org.page.getByLabel('メールアドレス').fill(REP.email);
    await org.page.getByLabel('役割').selectOption({ label: '自治体担当者' });
    await org.page.getByLabel('担当する自治体を検索').fill('さかい');
    await org.page.getByRole('button', { name: /選ぶ.*坂井市/ }).click();
    await org.page.getByRole('button', { name: '招待する' }).click();
    const link = await org.page.getByLabel('招待リンク').inputValue();

    const rep = await newPage(browser);
    await rep.page.goto(link);
    await rep.page.getByText('坂井市').first().waitFor();
    await rep.page.getByLabel('表示名').fill('坂井 かに');
    await rep.page.getByLabel('パスワード', { exact: true }).fill(REP.password);
    await rep.page.getByLabel('パスワード（確認）').fill(REP.password);
    await rep.page.getByRole('button', { name: 'パスワードを設定して始める' }).click();
    await rep.page.waitForURL((url) => url.pathname === '/my');

    // The application is theirs: listed, marked as entered by the organizer.
    await rep.page.goto(`${baseUrl()}/my/applications`);
    await rep.page.getByText(TITLE).first().waitFor();
    await rep.page.goto(`${baseUrl()}/my/applications/${applicationId}`);
    await rep.page.getByText('主催者が代理入力').first().waitFor();
    await rep.page.getByText('審査中').first().waitFor();

    // The organizer accepts it; the new representative gets the acceptance mail.
    await org.page.goto(`${baseUrl()}/fairs/${fairId}/applications/${applicationId}`);
    await org.page.getByRole('button', { name: '坂井市を承認' }).click();
    await org.page.getByLabel('メッセージ').fill('ご出展をお待ちしています。');
    await org.page.getByRole('button', { name: '承認する' }).click();
    const mail = await waitForMail((m) => m.to.includes(REP.email) && m.subject.includes(TITLE) && m.subject.includes('出展が決まりました'));
    expect(mail.text).toContain('坂井市');
    expect(rep.errors).toEqual([]);
    expect(org.errors).toEqual([]);
  }, 120_000);
});
