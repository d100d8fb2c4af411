import type { Browser } from 'playwright-core';
import { DEMO_MIYAKO, DEMO_ORGANIZER, signInBrowser, signInHttp } from './support/accounts';
import { api } from './support/api';
import { launchBrowser, newPage } from './support/browser';

/** Japanese input as people type it: full-width digits in a phone field, a postal code filling the address. */
describe('typed input in the browser', () => {
  let browser: Browser;
  let fairId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const organizer = await signInHttp(DEMO_ORGANIZER);
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues', undefined, 200, organizer);
    const fair = await api<{ id: string }>(
      'POST',
      '/fairs',
      {
        title: '全角入力の物産展',
        slug: `typed-input-${Date.now()}`,
        roomId: venues[0].rooms[0].id,
        days: [{ date: '2027-03-05', opens: '10:00', closes: '18:00' }],
        applicationsOpenAt: new Date(Date.now() - 86_400_000).toISOString(),
        applicationsCloseAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      201,
      organizer,
    );
    fairId = fair.id;
    await api('POST', `/fairs/${fairId}/status`, { status: 'accepting' }, 200, organizer);
  });
  afterAll(() => browser?.close());

  it('takes a phone number typed with full-width digits and the long-vowel mark, and stores it as ASCII', async () => {
    const { page, errors } = await newPage(browser);
    await signInBrowser(page, DEMO_MIYAKO, `/my/fairs/${fairId}/apply`);
    await page.getByRole('checkbox', { name: /^3月5日/ }).check();
    await page.getByLabel('商品名').first().fill('さんま加工品');
    await page.getByLabel('カテゴリー').first().selectOption('seafood');
    await page.getByRole('radio', { name: '手配予定' }).check();
    await page.getByLabel('人数').fill('1');
    await page.getByLabel('氏名').first().fill('宮古 一郎');
    await page.getByLabel('電話番号').first().fill('０９０ー１２３４－５６７８');
    await page.getByRole('button', { name: '申し込む' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/my/applications/'));
    const id = page.url().split('/').pop() as string;
    const saved = await api<{ staff: { phone: string }[]; staffCount: number }>('GET', `/my/applications/${id}`, undefined, 200, await signInHttp(DEMO_MIYAKO));
    expect(saved.staff).toEqual([{ name: '宮古 一郎', phone: '090-1234-5678' }]);
    expect(saved.staffCount).toBe(1);
    expect(errors).toEqual([]);
  });

  it('fills the prefecture, city and town of a venue from a postal code typed in full-width digits', async () => {
    const { page, errors } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER, '/venues');
    await page.getByRole('button', { name: '会場を追加' }).click();
    await page.getByLabel('郵便番号').fill('１４０００１１');
    await page.getByRole('button', { name: '住所を検索' }).click();
    await page.getByText('東京都品川区東大井 を入れました。').waitFor();
    expect(await page.getByLabel('都道府県').inputValue()).toBe('東京都');
    expect(await page.getByLabel('市区町村').inputValue()).toBe('品川区');
    expect(await page.getByLabel('住所（町名・番地・建物名）').inputValue()).toBe('東大井');

    // A code with no area says so, and leaves what was filled.
    await page.getByLabel('郵便番号').fill('999-9999');
    await page.getByRole('button', { name: '住所を検索' }).click();
    await page.getByText('この郵便番号は日本郵便のデータにありません。', { exact: false }).first().waitFor();
    expect(await page.getByLabel('市区町村').inputValue()).toBe('品川区');
    expect(errors).toEqual([]);
  });
});
