import type { Browser } from 'playwright-core';
import { DEMO_ORGANIZER, signInBrowser, signInHttp } from './support/accounts';
import { api } from './support/api';
import { baseUrl, launchBrowser, newPage } from './support/browser';

async function count(q: string): Promise<number> {
  const res = await fetch(`${baseUrl()}/api/municipalities?q=${encodeURIComponent(q)}`, { headers: await signInHttp(DEMO_ORGANIZER) });
  return ((await res.json()) as { total: number }).total;
}

describe('registry forms in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('shows the server refusing a second 宮古市 next to the name field, and saves nothing', async () => {
    const { page, errors } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER);
    await page.goto(`${baseUrl()}/registry/municipalities/new`);
    await page.getByLabel('名称').fill('宮古市');
    await page.getByLabel('よみがな').fill('みやこし');
    await page.getByLabel('都道府県').selectOption({ label: '岩手県' });
    await page.getByLabel('種別').selectOption({ value: 'city' });
    await page.getByRole('button', { name: '登録する' }).click();
    const name = page.getByLabel('名称');
    await name.and(page.locator('[aria-invalid="true"]')).waitFor();
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`#${id}`).innerText()),
    );
    expect(messages.join(' ')).toContain('すでに登録されています');
    expect(await page.getByRole('alert').first().innerText()).toContain('名称');
    expect(await name.inputValue()).toBe('宮古市'); // what the user typed is kept
    expect(await count('みやこし')).toBe(1); // 宮古 alone also finds 宮古島市 (沖縄県) on the official list
    expect(errors).toEqual([]);
  });

  it('registers a new municipality and opens its page, then deletes it after confirmation', async () => {
    const { page } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER);
    await page.goto(`${baseUrl()}/registry/municipalities/new`);
    await page.getByLabel('名称').fill('早池峰村');
    await page.getByLabel('よみがな').fill('はやちねむら');
    await page.getByLabel('都道府県').selectOption({ label: '岩手県' });
    await page.getByLabel('種別').selectOption({ value: 'village' });
    await page.getByLabel('人口').fill('1234');
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('heading', { name: '早池峰村' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('1,234');
    expect(await count('はやちね')).toBe(1);

    await page.getByRole('button', { name: '削除' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '削除する' }).click();
    await page.waitForURL((url) => url.pathname === '/registry');
    expect(await count('はやちね')).toBe(0);
  });

  it('refuses to delete a municipality that sends a guest, saying what refers to it, and keeps it', async () => {
    const town = await api<{ id: string }>(
      'POST',
      '/municipalities',
      { name: '遠野物語町', reading: 'とおのものがたりまち', prefectureCode: 3, kind: 'town' },
      201,
    );
    const guest = await api<{ id: string }>(
      'POST',
      '/guests',
      { name: 'カッパ君', nameEn: null, kind: 'mascot', ownerMunicipalityId: town.id, profile: null, profileEn: null, contact: null },
      201,
    );
    const { page, errors } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER);
    await page.goto(`${baseUrl()}/registry/municipalities/${town.id}`);
    await page.getByRole('button', { name: '削除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '削除する' }).click();
    const explained = page.getByText('「遠野物語町」は次のデータから参照されているため削除できません。');
    await explained.waitFor();
    expect(await page.locator('main').innerText()).toContain('出演ゲスト 1組');
    expect(await count('遠野物語')).toBe(1);
    expect(errors).toEqual([]);
    await api('DELETE', `/guests/${guest.id}`, undefined, 204);
    await api('DELETE', `/municipalities/${town.id}`, undefined, 204);
  });
});
