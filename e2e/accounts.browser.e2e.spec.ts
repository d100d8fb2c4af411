import type { Browser } from 'playwright-core';
import { DEMO_ORGANIZER, signInBrowser } from './support/accounts';
import { baseUrl, launchBrowser, newPage } from './support/browser';

describe('accounts in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('an organizer invites 宮古市 staff, who set a password, sign in and see only 宮古市', async () => {
    // The organizer invites.
    const organizer = await newPage(browser);
    await signInBrowser(organizer.page, DEMO_ORGANIZER);
    await organizer.page.getByRole('link', { name: '関係者' }).click();
    await organizer.page.getByLabel('メールアドレス').fill('sanma@miyako.example');
    await organizer.page.getByLabel('役割').selectOption({ label: '自治体担当者' });
    await organizer.page.getByLabel('担当する自治体を検索').fill('みやこ');
    await organizer.page.getByRole('button', { name: /選ぶ.*宮古市/ }).click();
    await organizer.page.getByRole('button', { name: '招待する' }).click();
    const link = await organizer.page.getByLabel('招待リンク').inputValue();
    expect(link).toMatch(/\/invitations\/[\w-]+$/);
    // The e2e app sends mail (to the loopback sink), so the panel says the mail is on its way.
    await organizer.page.getByText('sanma@miyako.example さんに招待メールを送ります。').waitFor();

    // The representative opens the link in another browser, sets a password and is signed in.
    const rep = await newPage(browser);
    await rep.page.goto(link);
    await rep.page.getByText('宮古市').first().waitFor();
    await rep.page.getByLabel('表示名').fill('宮古 さんま');
    await rep.page.getByLabel('パスワード', { exact: true }).fill('meguro no aki matsuri');
    await rep.page.getByLabel('パスワード（確認）').fill('meguro no aki matsuri');
    await rep.page.getByRole('button', { name: 'パスワードを設定して始める' }).click();
    await rep.page.waitForURL((url) => url.pathname === '/my');

    // Signed out and in again with the new password, they see 宮古市 and nothing else.
    await rep.page.getByRole('button', { name: '宮古 さんま' }).click();
    await rep.page.getByRole('button', { name: 'ログアウト' }).click();
    await rep.page.waitForURL((url) => url.pathname === '/sign-in');
    await signInBrowser(rep.page, { email: 'sanma@miyako.example', password: 'meguro no aki matsuri' }, '/my');
    await rep.page.getByRole('heading', { name: '宮古市' }).waitFor();
    const text = await rep.page.locator('main').innerText();
    expect(text).toContain('44,905');
    expect(text).not.toContain('山北町');
    expect(await rep.page.getByRole('link', { name: '関係者' }).count()).toBe(0);
    await rep.page.goto(`${baseUrl()}/registry`);
    await rep.page.waitForURL((url) => url.pathname === '/my');
    const api = await rep.page.evaluate(async () => (await fetch('/api/municipalities')).status);
    expect(api).toBe(403);

    // The organizer's audit log shows the invitation and its acceptance, with who did it.
    await organizer.page.goto(`${baseUrl()}/audit`);
    const log = organizer.page.locator('main');
    await log.getByText('宮古 さんま').first().waitFor();
    expect(await log.innerText()).toContain('品川 花子');
    expect(rep.errors).toEqual([]);
    expect(organizer.errors).toEqual([]);
  });

  it('sends a signed-out visitor to the sign-in page and back', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${baseUrl()}/registry/agreements`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByLabel('メールアドレス').fill(DEMO_ORGANIZER.email);
    await page.getByLabel('パスワード', { exact: true }).fill('wrong password entirely');
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByRole('alert').first().waitFor();
    await page.getByLabel('パスワード', { exact: true }).fill(DEMO_ORGANIZER.password);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/registry/agreements');
  });
});
