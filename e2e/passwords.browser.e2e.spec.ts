import type { Browser } from 'playwright-core';
import { createRepresentative, signInBrowser } from './support/accounts';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { waitForMail } from './support/mail';

// An account of this file's own (the e2e app is shared by files running in parallel).
const ACCOUNT = { email: 'forgetful@yamakita.example', password: 'sanriku no sanma wo tokyo he' };
const NEW_PASSWORD = 'tanzawa no mori de ayu wo yaku';

describe('forgot password in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await createRepresentative('山北町', ACCOUNT, '山北 わすれ');
  });
  afterAll(() => browser?.close());

  it('asks for a link from the sign-in page, sets a new password with the strength shown, and signs in with it', async () => {
    const { page, errors } = await newPage(browser);
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.url());
    });
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('link', { name: 'パスワードをお忘れですか？' }).click();
    await page.waitForURL((url) => url.pathname === '/password-reset');
    const signInScripts = [...scripts];
    await page.getByLabel('メールアドレス').fill(ACCOUNT.email);
    await page.getByRole('button', { name: '再設定リンクを送る' }).click();
    await page.getByText(/再設定リンクを送りました（60分間有効）/).waitFor();

    const mail = await waitForMail((m) => m.to.includes(ACCOUNT.email) && m.subject.includes('パスワードの再設定'));
    const link = /https?:\/\/\S+\/password-reset\/[\w-]{43}/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    await page.goto(link as string);
    await page.getByRole('heading', { name: '新しいパスワードの設定' }).waitFor();

    // zxcvbn's estimate and its reasons, in Japanese, as the password is typed.
    await page.getByLabel('新しいパスワード', { exact: true }).fill('password1234');
    const label = page.getByTestId('password-strength-label');
    await label.waitFor();
    expect(await label.innerText()).toMatch(/推定の強さ: [0-2]\/4/);
    expect(await page.locator('.password-strength__reasons').innerText()).toMatch(/よく使われている/);
    await page.getByLabel('新しいパスワード（確認）').fill('password1234');
    await page.getByRole('button', { name: 'パスワードを設定' }).click();
    await page.getByText('このパスワードは推測されやすいため使えません', { exact: false }).first().waitFor();

    await page.getByLabel('新しいパスワード', { exact: true }).fill(NEW_PASSWORD);
    await page.getByText(/推定の強さ: [34]\/4/).waitFor();
    await page.getByLabel('新しいパスワード（確認）').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'パスワードを設定' }).click();
    await page.getByText('パスワードを設定しました。').waitFor();

    // The dictionaries came with the reset page, not with the sign-in page.
    const dictionaryScripts = scripts.filter((s) => !signInScripts.includes(s));
    expect(dictionaryScripts.length).toBeGreaterThan(0);

    // The link works once; the new password signs in.
    await page.goto(link as string);
    await page.getByLabel('新しいパスワード', { exact: true }).fill(`${NEW_PASSWORD} again`);
    await page.getByLabel('新しいパスワード（確認）').fill(`${NEW_PASSWORD} again`);
    await page.getByRole('button', { name: 'パスワードを設定' }).click();
    await page.getByRole('heading', { name: 'このリンクは使えません' }).waitFor();
    await signInBrowser(page, { email: ACCOUNT.email, password: NEW_PASSWORD }, '/my');
    expect(errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
