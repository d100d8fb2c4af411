import type { Browser } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fair, FairDocument } from '@bussanten/contracts';
import { DEMO_ORGANIZER, signInBrowser } from './support/accounts';
import { api } from './support/api';
import { baseUrl, launchBrowser, newPage } from './support/browser';

// 「JSONで書き出す」 on a fair's page and 「JSONから読み込む」 on the fairs list, as an organizer uses them.
describe('moving a fair as JSON in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('exports the seeded fair as a file, imports it under a new address, and refuses the same address twice', async () => {
    const fairs = await api<Fair[]>('GET', '/fairs');
    const seeded = fairs.find((f) => f.slug === 'koryu-toshi-2023') as Fair;
    const { page, errors } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER);

    await page.goto(`${baseUrl()}/fairs/${seeded.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSONで書き出す' }).click()]);
    expect(download.suggestedFilename()).toBe('koryu-toshi-2023.bussanten.json');
    const dir = mkdtempSync(join(tmpdir(), 'fair-transfer-'));
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const document = JSON.parse(readFileSync(saved, 'utf8')) as FairDocument;
    expect(document).toMatchObject({ format: 'bussanten-fair', version: 1, fair: { slug: 'koryu-toshi-2023', title: seeded.title } });
    expect(document.fair.booths.length).toBeGreaterThan(0);
    expect(document.fair.applications.length).toBeGreaterThan(0);

    // The copy leaves out the exhibitors and guests and stays a draft, so that it can be deleted
    // afterwards and the representatives' pages in the other tests stay as the seed made them.
    const copy: FairDocument = { ...document, fair: { ...document.fair, status: 'draft', applications: [], guests: [] } };
    const upload = join(dir, 'copy.bussanten.json');
    writeFileSync(upload, JSON.stringify(copy));

    await page.goto(`${baseUrl()}/fairs`);
    await page.getByLabel('書き出したJSONファイル').setInputFiles(upload);
    await page.getByLabel('公開アドレス（任意）').fill('koryu-toshi-copy');
    await page.getByRole('button', { name: '読み込む' }).click();
    await page.waitForURL((url) => /^\/fairs\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(seeded.id));
    const imported = page.url().split('/').pop() as string;
    await page.getByText(`「${seeded.title}」を読み込みました。`).waitFor();
    const plan = await api<{ booths: unknown[] }>('GET', `/fairs/${imported}/booths`);
    expect(plan.booths).toHaveLength(document.fair.booths.length);

    await page.goto(`${baseUrl()}/fairs`);
    await page.getByLabel('書き出したJSONファイル').setInputFiles(upload);
    await page.getByLabel('公開アドレス（任意）').fill('koryu-toshi-copy');
    await page.getByRole('button', { name: '読み込む' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('このアドレスはほかの物産展で使われています。');
    expect((await api<Fair[]>('GET', '/fairs')).filter((f) => f.slug === 'koryu-toshi-copy')).toHaveLength(1);
    expect(errors).toEqual([]);

    await api('DELETE', `/fairs/${imported}`, undefined, 204);
    rmSync(dir, { recursive: true, force: true });
  });
});
