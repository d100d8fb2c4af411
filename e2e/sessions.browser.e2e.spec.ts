import type { Browser } from 'playwright-core';
import { createRepresentative, signInBrowser, signInHttp } from './support/accounts';
import { axeViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage } from './support/browser';

// An account of this test's own: signing out everywhere else must not touch the shared demo accounts.
const ACCOUNT = { email: 'sessions-e2e@miyako.example', password: 'many devices one person' };

describe("one's sessions in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lists where one is signed in, and signs out everywhere else after a confirmation', async () => {
    // Accepting the invitation signs in once, createRepresentative once more, then one more and the browser: four sessions.
    const elsewhere = await createRepresentative('宮古市', ACCOUNT, '端末 たくさん');
    const another = await signInHttp(ACCOUNT);
    // bypassCSP: axe is injected as an inline script, which the app's CSP refuses.
    const { page, errors } = await newPage(browser, 'ja-JP', { bypassCSP: true });
    await signInBrowser(page, ACCOUNT, '/my');

    await page.getByRole('button', { name: /端末 たくさん/ }).click();
    await page.getByRole('link', { name: 'ログイン中の端末' }).click();
    await page.waitForURL((url) => url.pathname === '/account/sessions');
    await page.getByRole('heading', { name: 'ログイン中の端末', level: 1 }).waitFor();
    const rows = page.locator('tbody tr');
    await rows.nth(3).waitFor();
    expect(await rows.count()).toBe(4);
    // The current session is first and marked; its browser is the headless Chromium of this test.
    expect(await rows.first().innerText()).toMatch(/Headless Chrome[\s\S]*この端末/);
    expect(await rows.first().getByRole('button').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard: the button opens the dialog; focus starts on Cancel; Escape closes it.
    await page.getByRole('button', { name: 'ほかのすべての端末からログアウト' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'ほかのすべての端末からログアウトしますか？' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('3件');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await fetch(`${baseUrl()}/api/auth/me`, { headers: another })).status).toBe(200);

    await page.getByRole('button', { name: 'ほかのすべての端末からログアウト' }).click();
    await dialog.getByRole('button', { name: 'ログアウトさせる' }).click();
    await page.getByText('ほかの端末のログインを3件終了しました。').waitFor();
    await page.getByText('ほかにログイン中の端末はありません。').waitFor();
    expect(await rows.count()).toBe(1);
    for (const headers of [elsewhere, another]) expect((await fetch(`${baseUrl()}/api/auth/me`, { headers })).status).toBe(401);
    expect(errors).toEqual([]);
  });
});
