import type { Browser } from 'playwright-core';
import { DEMO_ORGANIZER, signInBrowser } from './support/accounts';
import { baseUrl, launchBrowser, newPage } from './support/browser';

// Real Chromium against the running app, as a ward officer would use it on a phone.
describe('registry in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('search 宮古 → detail shows 岩手県, 44,905 people, 1,259.89 km², disaster aid since 平成14年', async () => {
    const { page, errors } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER);
    await page.goto(`${baseUrl()}/registry`);
    await page.getByLabel('検索').fill('宮古');
    await page.getByRole('link', { name: '宮古市' }).click();
    await page.getByRole('heading', { name: '宮古市' }).waitFor();
    const text = await page.locator('main').innerText();
    for (const expected of ['岩手県', '44,905', '1,259.89', '災害時相互援助協定', '平成14年']) {
      expect(text).toContain(expected);
    }
    expect(errors).toEqual([]);
  });

  it('finds 宮古市 by half-width katakana and keeps the search in the address', async () => {
    const { page } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER);
    await page.goto(`${baseUrl()}/registry`);
    await page.getByLabel('検索').fill('ﾐﾔｺ');
    await page.getByRole('link', { name: '宮古市' }).waitFor();
    await page.waitForURL(/q=/);
    await page.reload();
    await page.getByRole('link', { name: '宮古市' }).waitFor();
    expect(await page.getByLabel('検索').inputValue()).toBe('ﾐﾔｺ');
  });

  it('switches to English and back', async () => {
    const { page } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER);
    await page.goto(`${baseUrl()}/registry`);
    await page.getByRole('button', { name: /English/ }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('button', { name: /日本語/ }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
  });
});
