import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createRepresentative, signInBrowser } from './support/accounts';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage } from './support/browser';

// Hosts in one install: the operator creates a second host and invites its organizer, who sees
// nothing of 品川区; a person who speaks for 宮古市 to both hosts switches between them and sees
// each host's data only in that membership. The app and database are shared with the other e2e
// tests running at the same time, so every name and address here is this run's own, and the demo
// accounts are left as they are (a session starts in the membership used last: inviting the demo
// 宮古市 account to another host would change where the other tests' sign-ins land).
const run = Date.now().toString(36);
const HOST = `鶴見区${run}`;
const HOST_EN = `Tsurumi ${run}`;
const OPERATOR = { email: `operator-${run}@bussanten.example`, password: 'the operator keeps every host running' };
const ORGANIZER = { email: `organizer-${run}@tsurumi.example`, password: 'tsurumi no umi to yama no ichi' };
const MIYAKO = { email: `sanriku-${run}@miyako.example`, password: 'sanriku no sanma wo tokyo he' };
const FAIR_2023 = '交流都市地方物産展';

/** `npm run create-operator` on the e2e app's embedded database (found under its DATA_DIR). */
function createOperator(): void {
  const dataDir = process.env['E2E_DATA_DIR'];
  if (!dataDir) throw new Error('E2E_DATA_DIR is not set: this test creates the operator with the CLI on the e2e app started by the global setup');
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ORGANIZER_PASSWORD: OPERATOR.password };
  delete env['DATABASE_URL'];
  const cli = join(resolve(__dirname, '..'), 'dist/apps/api/create-organizer.js');
  const result = spawnSync(process.execPath, [cli, '--operator', '--email', OPERATOR.email, '--name', '運用 太郎'], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`create-operator failed (${result.status}): ${result.stderr}`);
}

/** The id of 品川区's 2023 fair, to visit its page as someone of another host. */
async function fair2023Id(): Promise<string> {
  const fairs = await api<{ id: string; slug: string }[]>('GET', '/fairs');
  const fair = fairs.find((f) => f.slug === 'koryu-toshi-2023');
  if (!fair) throw new Error('the 2023 demo fair is missing');
  return fair.id;
}

const mainText = (page: Page) => page.locator('main').innerText();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A row's button: its words, then (for screen readers) whom it acts on. */
const action = (words: string, on: string) => new RegExp(`^${escape(words)}\\s*:\\s*${escape(on)}$`);

/** Opens the user menu (named by the membership acted within) and switches to the membership labelled `label`. */
async function switchTo(page: Page, acting: RegExp, label: string, home: string): Promise<void> {
  await page.getByRole('button', { name: acting }).click();
  await page.getByLabel('立場を切り替える').selectOption({ label });
  await page.getByRole('button', { name: '切り替える' }).click();
  await page.waitForURL((url) => url.pathname === home);
  await page.getByRole('button', { name: new RegExp(label) }).waitFor();
}

describe('hosts and memberships in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    createOperator();
    await createRepresentative('宮古市', MIYAKO, '三陸 さんま');
  });
  afterAll(() => browser?.close());

  it('the operator creates a host; its organizer sees none of 品川区; a person of both hosts switches between them', async () => {
    const shinagawaFair = await fair2023Id();

    // The operator sees the hosts (counts only) and creates one, inviting its first organizer.
    const operator = await newPage(browser, 'ja-JP', { bypassCSP: true });
    await signInBrowser(operator.page, OPERATOR, '/operator');
    await operator.page.getByRole('heading', { level: 1, name: 'ホスト' }).waitFor();
    await operator.page.getByRole('rowheader', { name: /品川区/ }).waitFor();
    expect(await operator.page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link').allInnerTexts()).toEqual(['ホスト']);
    expect(await operator.page.getByRole('button', { name: /運用者/ }).count()).toBe(1);
    await operator.page.getByLabel('ホストの名称').fill(HOST);
    await operator.page.getByLabel('英語の名称（任意）').fill(HOST_EN);
    await operator.page.getByLabel('最初の主催者のメールアドレス').fill(ORGANIZER.email);
    await operator.page.getByRole('button', { name: 'ホストを作成して主催者を招待' }).click();
    const organizerLink = await operator.page.getByLabel('招待リンク').inputValue();
    expect(organizerLink).toMatch(/\/invitations\/[\w-]+$/);
    await operator.page.getByRole('rowheader', { name: new RegExp(HOST) }).waitFor();
    expect(await axeViolations(operator.page)).toEqual([]);
    // A second host of the same name is refused at the name field.
    await operator.page.getByLabel('ホストの名称').fill(HOST);
    await operator.page.getByLabel('最初の主催者のメールアドレス').fill(`other-${run}@tsurumi.example`);
    await operator.page.getByRole('button', { name: 'ホストを作成して主催者を招待' }).click();
    await operator.page.locator('#host-name-error').getByText('同じ名称のホストがすでにあります。').waitFor();
    expect(await axeViolations(operator.page)).toEqual([]);

    // The new organizer sets a name and password, signs out and in again.
    const organizer = await newPage(browser);
    await organizer.page.goto(organizerLink);
    await organizer.page.getByText(HOST).first().waitFor();
    await organizer.page.getByLabel('表示名').fill('鶴見 一郎');
    await organizer.page.getByLabel('パスワード', { exact: true }).fill(ORGANIZER.password);
    await organizer.page.getByLabel('パスワード（確認）').fill(ORGANIZER.password);
    await organizer.page.getByRole('button', { name: 'パスワードを設定して始める' }).click();
    // A new host has no fairs: its home page says how to begin.
    await organizer.page.waitForURL((url) => url.pathname === '/home');
    await organizer.page.getByRole('link', { name: '最初の物産展を作成する' }).waitFor();
    await organizer.page.getByRole('button', { name: /鶴見 一郎/ }).click();
    await organizer.page.getByRole('button', { name: 'ログアウト' }).click();
    await organizer.page.waitForURL((url) => url.pathname === '/sign-in');
    await signInBrowser(organizer.page, ORGANIZER, '/fairs');
    await organizer.page.getByRole('button', { name: new RegExp(`鶴見 一郎.*${HOST} · 主催者`) }).waitFor();

    // None of 品川区's fairs: an empty list, and the 2023 fair's own page is not found.
    await organizer.page.getByText('まだ物産展はありません。').waitFor();
    expect(await mainText(organizer.page)).not.toContain(FAIR_2023);
    await organizer.page.goto(`${baseUrl()}/fairs/${shinagawaFair}`);
    await organizer.page.getByText('この物産展は見つかりませんでした。').waitFor();
    expect(await mainText(organizer.page)).not.toContain(FAIR_2023);

    // The organizer invites the person who speaks for 宮古市 to 品川区 (an account already).
    await organizer.page.getByRole('link', { name: '関係者' }).click();
    await organizer.page.getByLabel('メールアドレス').fill(MIYAKO.email);
    await organizer.page.getByLabel('役割').selectOption({ label: '自治体担当者' });
    await organizer.page.getByLabel('担当する自治体を検索').fill('みやこ');
    await organizer.page.getByRole('button', { name: /選ぶ.*宮古市/ }).click();
    await organizer.page.getByRole('button', { name: '招待する' }).click();
    const miyakoLink = await organizer.page.getByLabel('招待リンク').inputValue();

    // They accept with the password they have: no name, no new password.
    const miyako = await newPage(browser, 'ja-JP', { bypassCSP: true });
    await miyako.page.goto(miyakoLink);
    await miyako.page.getByText(`${MIYAKO.email} はすでに Bussanten のアカウントをお持ちです。`, { exact: false }).waitFor();
    expect(await miyako.page.getByLabel('表示名').count()).toBe(0);
    expect(await miyako.page.getByLabel('パスワード（確認）').count()).toBe(0);
    expect(await axeViolations(miyako.page)).toEqual([]);
    await miyako.page.getByLabel('アカウントのパスワード').fill('not the password at all');
    await miyako.page.getByRole('button', { name: '承諾する' }).click();
    await miyako.page.locator('#invitation-password-error').getByText('パスワードが正しくありません。').waitFor();
    await miyako.page.getByLabel('アカウントのパスワード').fill(MIYAKO.password);
    await miyako.page.getByRole('button', { name: '承諾する' }).click();
    await miyako.page.waitForURL((url) => url.pathname === '/my');

    // Acting for 宮古市 towards the new host: its fair list, which is empty.
    const atHost = `${HOST} · 宮古市の担当者`;
    const atShinagawa = '品川区 · 宮古市の担当者';
    await miyako.page.getByRole('button', { name: new RegExp(atHost) }).waitFor();
    await miyako.page.getByRole('link', { name: '出展申込' }).click();
    await miyako.page.getByText('まだ申し込んでいません。').waitFor();
    expect(await mainText(miyako.page)).not.toContain(FAIR_2023);

    // The switcher in the open user menu, for axe too.
    await miyako.page.getByRole('button', { name: new RegExp(atHost) }).click();
    await miyako.page.getByLabel('立場を切り替える').waitFor();
    expect(await axeViolations(miyako.page)).toEqual([]);
    await miyako.page.keyboard.press('Escape');

    // Switched to 品川区: the 2023 fair's application; and back: nothing of it.
    await switchTo(miyako.page, new RegExp(atHost), atShinagawa, '/my');
    await miyako.page.getByRole('link', { name: '出展申込' }).click();
    await miyako.page.getByRole('link', { name: FAIR_2023 }).first().waitFor();
    await switchTo(miyako.page, new RegExp(atShinagawa), atHost, '/my');
    await miyako.page.getByRole('link', { name: '出展申込' }).click();
    await miyako.page.getByText('まだ申し込んでいません。').waitFor();
    expect(await mainText(miyako.page)).not.toContain(FAIR_2023);
    await switchTo(miyako.page, new RegExp(atHost), atShinagawa, '/my');

    // Inviting them again to the very same membership is refused at the e-mail field.
    await organizer.page.reload();
    await organizer.page.getByLabel('メールアドレス').fill(MIYAKO.email);
    await organizer.page.getByLabel('役割').selectOption({ label: '自治体担当者' });
    await organizer.page.getByLabel('担当する自治体を検索').fill('みやこ');
    await organizer.page.getByRole('button', { name: /選ぶ.*宮古市/ }).click();
    await organizer.page.getByRole('button', { name: '招待する' }).click();
    await organizer.page.locator('#invite-email-error').getByText('この人はすでに同じ役割（同じ担当自治体）でこの区に参加しています。').waitFor();

    // Another invitation, revoked before anyone uses it.
    const nobody = `nobody-${run}@tsurumi.example`;
    await organizer.page.getByLabel('メールアドレス').fill(nobody);
    await organizer.page.getByLabel('役割').selectOption({ label: '主催者' });
    await organizer.page.getByRole('button', { name: '招待する' }).click();
    await organizer.page.getByRole('button', { name: action('招待を取り消す', nobody) }).click();
    const revokeDialog = organizer.page.getByRole('dialog');
    await revokeDialog.getByText('取り消すと、この招待リンクは使えなくなります。').waitFor();
    await revokeDialog.getByRole('button', { name: '招待を取り消す' }).click();
    await organizer.page.getByText(`${nobody} さんへの招待を取り消しました。`).waitFor();
    await organizer.page.getByRole('row', { name: new RegExp(`${nobody}.*取り消し済み`) }).waitFor();

    // The organizer revokes 宮古市's access at this host: 品川区's stays, so the switcher goes.
    await organizer.page.getByRole('button', { name: action('この区での権限を停止', '三陸 さんま') }).click();
    const dialog = organizer.page.getByRole('dialog');
    await dialog.getByText('ほかのホストでの権限はそのままです。', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'この区での権限を停止' }).click();
    await organizer.page.getByRole('button', { name: action('再開', '三陸 さんま') }).waitFor();
    await miyako.page.reload();
    await miyako.page.getByRole('link', { name: '出展申込' }).click();
    await miyako.page.getByRole('link', { name: FAIR_2023 }).first().waitFor();
    await miyako.page.getByRole('button', { name: new RegExp(atShinagawa) }).click();
    expect(await miyako.page.getByLabel('立場を切り替える').count()).toBe(0);
    await organizer.page.getByRole('button', { name: action('再開', '三陸 さんま') }).click();
    await organizer.page.getByRole('button', { name: action('この区での権限を停止', '三陸 さんま') }).waitFor();

    // The operator disables the host: its organizer can no longer sign in through it, until enabled.
    await operator.page.reload();
    await operator.page.getByRole('button', { name: action('利用を停止', HOST) }).click();
    const hostDialog = operator.page.getByRole('dialog');
    await hostDialog.getByText('このホストの主催者・担当者はこのホストの権限で利用できなくなります。公開ページはそのままです。').waitFor();
    await hostDialog.getByRole('button', { name: '利用を停止' }).click();
    await operator.page.getByRole('row', { name: new RegExp(`${HOST}.*停止中`) }).waitFor();
    const signedOut = await newPage(browser);
    await signedOut.page.goto(`${baseUrl()}/sign-in`);
    await signedOut.page.getByLabel('メールアドレス').fill(ORGANIZER.email);
    await signedOut.page.getByLabel('パスワード', { exact: true }).fill(ORGANIZER.password);
    await signedOut.page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await signedOut.page.getByRole('alert').getByText('このアカウントには、現在使える権限がありません。', { exact: false }).waitFor();
    await operator.page.getByRole('button', { name: action('利用を再開', HOST) }).click();
    await operator.page.getByRole('dialog').getByRole('button', { name: '利用を再開' }).click();
    await operator.page.getByRole('row', { name: new RegExp(`${HOST}.*利用中`) }).waitFor();
    await signedOut.page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await signedOut.page.waitForURL((url) => url.pathname === '/home');

    for (const p of [operator, organizer, miyako, signedOut]) expect(p.errors).toEqual([]);
  });
});
