import type { Browser } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, launchBrowser } from './support/browser';

// The public schedule of the seeded 2023 fair (its first release is part of the demo data), as a
// visitor's phone gets it: server-rendered HTML that needs no JavaScript, checked by axe-core
// (finding things with the page's own script: public-find.browser.e2e.spec.ts).
const SLUG = 'koryu-toshi-2023';
const EXHIBITORS = ['宮古市', '成田市', '東金市', '山北町', '十日町市', '坂井市', '飯田市', '福山市'];

describe('public page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('shows the 8 exhibitors and the three visits of ハタチの龍馬 with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP', viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const res = await page.goto(`${baseUrl()}/f/${SLUG}`);
      expect(res?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe('ja');
      // Its one script is the app's own, deferred; with JavaScript off it does not run, and nothing needs it.
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.locator('script').getAttribute('src')).toMatch(/^\/f\/_\/find\.[\w-]{10}\.js$/);
      expect(await page.locator('script[defer]').count()).toBe(1);
      await page.getByRole('heading', { level: 1, name: '交流都市地方物産展' }).waitFor();

      const exhibitors = page.getByRole('region', { name: /出店自治体/ }).getByRole('heading', { level: 3 });
      const names = (await exhibitors.allTextContents()).map((t) => t.trim().split(/\s/)[0]);
      expect(names).toHaveLength(8);
      expect([...names].sort()).toEqual([...EXHIBITORS].sort());
      expect([names[0], names[7]]).toEqual(['宮古市', '福山市']);

      const visits = await page.getByRole('region', { name: 'ゲスト来場' }).getByRole('listitem').allTextContents();
      const ryoma = visits.filter((v) => v.includes('ハタチの龍馬'));
      expect(ryoma.map((v) => /\d\d:\d\d/.exec(v)?.[0])).toEqual(['13:30', '14:30', '15:30']);
      for (const v of ryoma) expect(v).toContain('変更の可能性あり');

      // The ties open without script (<details>), and the booth map has its accessible name.
      await page.locator('summary', { hasText: '災害協定' }).first().click();
      await page.getByRole('img', { name: /会場マップ/ }).waitFor();
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`**/en/f/${SLUG}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      // English names from the registry: the tie's kind, the place of a visit, the booth's holder.
      await page.locator('summary', { hasText: 'Disaster mutual-aid agreement (災害協定)' }).first().waitFor();
      const visitsEn = await page.getByRole('region', { name: 'Guest visits' }).innerText();
      expect(visitsEn).toContain('Hatachi no Ryoma Whole venue');
      expect(await page.locator('table.booth-table tr', { hasText: 'A1' }).innerText()).toContain('Miyako');
    } finally {
      await context.close();
    }
  });

  it('has no axe-core violations on /f/:slug, /en/f/:slug and /f', async () => {
    // The CSP forbids every script but the page's own, axe included: this context alone ignores it, to inject axe.
    const context = await browser.newContext({ bypassCSP: true, locale: 'ja-JP', viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const path of [`/f/${SLUG}`, `/en/f/${SLUG}`, '/f']) {
        await page.goto(`${baseUrl()}${path}`);
        found[path] = await axeViolations(page);
      }
      expect(found).toEqual({ [`/f/${SLUG}`]: [], [`/en/f/${SLUG}`]: [], '/f': [] });
    } finally {
      await context.close();
    }
  });

  it('serves a PNG QR code, 304 for a matching ETag, and a 404 HTML page for an unknown fair', async () => {
    const qr = await fetch(`${baseUrl()}/f/${SLUG}/qr.png`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await qr.arrayBuffer()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    const page = await fetch(`${baseUrl()}/f/${SLUG}`);
    const etag = page.headers.get('etag');
    // Node's fetch asks for br and gzip: the ETag names the encoding it got (public-body.ts).
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}(-br|-gz)?"$/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const again = await fetch(`${baseUrl()}/f/${SLUG}`, { headers: { 'If-None-Match': etag as string } });
    expect(again.status).toBe(304);

    const missing = await fetch(`${baseUrl()}/f/no-such-fair-here`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await missing.text()).toContain('<h1>ページが見つかりません</h1>');
  });
});
