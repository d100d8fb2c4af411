import type { Browser, Page } from 'playwright-core';
import type { Invitation, MunicipalitySummary } from '@bussanten/contracts';
import { generate } from 'otplib';
import { createRepresentative } from './support/accounts';
import { api } from './support/api';
import { baseUrl, launchBrowser, newPage } from './support/browser';

// Accounts of this file's own, for municipalities no other e2e file uses (the app is shared by files running in parallel).
const PASSKEY_PERSON = { email: 'passkey-e2e@yamatsuri.example', password: 'yamatsuri no kaki to kagi' };
const TOTP_PERSON = { email: 'totp-e2e@ibarakimachi.example', password: 'hinuma no shijimi wo jikan de' };

/**
 * WebAuthn refuses IP addresses: the browser opens the app at localhost, the API's relying party
 * (its expected origin is http://localhost:PORT while PUBLIC_URL is unset). The global setup gives
 * that address already; an E2E_BASE_URL of 127.0.0.1 (an app started by hand) is opened as localhost too.
 */
const origin = () => baseUrl().replace('127.0.0.1', 'localhost');

async function signInWithPassword(page: Page, account: { email: string; password: string }, next = '/my'): Promise<void> {
  await page.goto(`${origin()}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('メールアドレス').fill(account.email);
  await page.getByLabel('パスワード', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

async function signOut(page: Page, displayName: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(displayName) }).click();
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
}

const path = (page: Page) => new URL(page.url()).pathname;
const TOTP_PERIOD = 30;
const stepOf = (seconds: number) => Math.floor(seconds / TOTP_PERIOD);
const nowSeconds = () => Date.now() / 1000;

/** A code of a time step after `used` (a code is accepted once per step): waits for the next step when needed. */
async function freshCode(secret: string, used: number): Promise<{ code: string; step: number }> {
  while (stepOf(nowSeconds()) <= used) await new Promise((r) => setTimeout(r, 250));
  const epoch = Math.floor(nowSeconds());
  return { code: await generate({ secret, epoch }), step: stepOf(epoch) };
}

describe('second factors in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await createRepresentative('矢祭町', PASSKEY_PERSON, '矢祭 かぎ');
    await createRepresentative('茨城町', TOTP_PERSON, '茨城 とき');
  });
  afterAll(() => browser?.close());

  it('adds a passkey on the security page, sees the recovery codes once, and signs in with the passkey alone', async () => {
    const { page, errors } = await newPage(browser);
    // Chromium's virtual authenticator stands in for the device's (it belongs to this page).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
    });

    await signInWithPassword(page, PASSKEY_PERSON, '/account/security');
    await page.waitForURL((url) => url.pathname === '/account/security');
    await page.getByRole('heading', { name: '二要素認証', level: 1 }).waitFor();
    await page.getByText('パスキーはまだ登録されていません。').waitFor();

    await page.getByLabel('パスキーの名前').fill('検証用の仮想キー');
    await page.getByRole('button', { name: 'パスキーを追加' }).click();
    // The first factor brings the ten recovery codes, shown this once.
    const panel = page.locator('section.recovery-codes');
    await panel.getByRole('heading', { name: 'リカバリーコード' }).waitFor();
    expect(await panel.locator('li code').count()).toBe(10);
    const close = panel.getByRole('button', { name: '保存したので閉じる' });
    expect(await close.isDisabled()).toBe(true);
    await panel.getByLabel('リカバリーコードを安全な場所に保存しました').check();
    await close.click();
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /検証用の仮想キー/ }).waitFor();
    await page.getByText('使えるコードは残り10個です', { exact: false }).waitFor();

    await signOut(page, '矢祭 かぎ');

    // No address, no password: the passkey alone. Its library is downloaded on the click, not with the page.
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.url());
    });
    await page.getByRole('button', { name: 'パスキーでログイン' }).click();
    await page.waitForURL((url) => url.pathname === '/my');
    await page.getByRole('button', { name: /矢祭 かぎ/ }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('sets up an authenticator app, signs in with password and code, then with a recovery code that works once, and is asked for it after accepting an invitation', async () => {
    const { page, errors } = await newPage(browser);
    await signInWithPassword(page, TOTP_PERSON, '/account/security');
    await page.waitForURL((url) => url.pathname === '/account/security');

    await page.getByRole('button', { name: '認証アプリを設定する' }).click();
    await page.getByRole('img', { name: /認証アプリで読み取るQRコード/ }).waitFor();
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const first = await freshCode(secret, -1);
    await page.getByLabel('認証アプリに表示されたコード').fill(first.code);
    await page.getByRole('button', { name: '確認して有効にする' }).click();
    const panel = page.locator('section.recovery-codes');
    await panel.getByRole('heading', { name: 'リカバリーコード' }).waitFor();
    const codes = await panel.locator('li code').allInnerTexts();
    expect(codes).toHaveLength(10);
    await panel.getByLabel('リカバリーコードを安全な場所に保存しました').check();
    await panel.getByRole('button', { name: '保存したので閉じる' }).click();
    await page.getByText('設定済み', { exact: true }).waitFor();
    await signOut(page, '茨城 とき');

    // Password, then a code of a later time step.
    await signInWithPassword(page, TOTP_PERSON);
    await page.waitForURL((url) => url.pathname === '/sign-in/verify');
    // Any other page sends a waiting sign-in back to its step; a reload of the step asks the API again.
    await page.goto(`${origin()}/my`);
    await page.waitForURL((url) => url.pathname === '/sign-in/verify');
    await page.reload();
    const codeField = page.getByLabel('認証アプリのコード');
    await codeField.waitFor();
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await page.getByRole('button', { name: 'パスキーで確認' }).count()).toBe(0);
    const second = await freshCode(secret, first.step);
    await codeField.fill(second.code);
    await page.getByRole('button', { name: '確認', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/my');
    await signOut(page, '茨城 とき');

    // Password, then one recovery code.
    await signInWithPassword(page, TOTP_PERSON);
    await page.waitForURL((url) => url.pathname === '/sign-in/verify');
    await page.getByText('リカバリーコードを使う').click();
    await page.getByLabel('リカバリーコード', { exact: true }).fill(codes[0] as string);
    await page.getByRole('button', { name: 'リカバリーコードで確認' }).click();
    await page.waitForURL((url) => url.pathname === '/my');
    await signOut(page, '茨城 とき');

    // The same code a second time is refused, at the field.
    await signInWithPassword(page, TOTP_PERSON);
    await page.waitForURL((url) => url.pathname === '/sign-in/verify');
    await page.getByText('リカバリーコードを使う').click();
    await page.getByLabel('リカバリーコード', { exact: true }).fill(codes[0] as string);
    await page.getByRole('button', { name: 'リカバリーコードで確認' }).click();
    await page.locator('.field__error', { hasText: 'このリカバリーコードは使えません' }).waitFor();
    expect(path(page)).toBe('/sign-in/verify');
    await page.getByRole('button', { name: 'キャンセルして別のアカウントでログイン' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');

    // Accepting an invitation with this account's password asks for the second factor too.
    const { items } = await api<{ items: MunicipalitySummary[] }>('GET', `/municipalities?q=${encodeURIComponent('長柄町')}`);
    const nagara = items.find((m) => m.name === '長柄町') as MunicipalitySummary;
    const invitation = await api<Invitation>(
      'POST',
      '/people/invitations',
      { email: TOTP_PERSON.email, role: 'representative', municipalityId: nagara.id },
      201,
    );
    await page.goto(`${origin()}/invitations/${invitation.link?.split('/').pop() ?? ''}`);
    await page.getByLabel('アカウントのパスワード').fill(TOTP_PERSON.password);
    await page.getByRole('button', { name: '承諾する' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in/verify');
    await page.getByText('リカバリーコードを使う').click();
    await page.getByLabel('リカバリーコード', { exact: true }).fill((codes[1] as string).toUpperCase());
    await page.getByRole('button', { name: 'リカバリーコードで確認' }).click();
    await page.waitForURL((url) => url.pathname === '/my');
    await page.getByRole('heading', { name: '長柄町' }).waitFor();
    expect(errors).toEqual([]);
  }, 120_000);
});
