import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { signInBrowser, DEMO_ORGANIZER } from './support/accounts';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage } from './support/browser';

// Another site showing the fair widget: two tiny sites on loopback ports (two origins) serve a page
// with the <iframe> code the people page gives; 品川区 lets the first show it and not the second.
// The demo host's sites are shared with other browser tests only through the people page, which
// this test leaves as it found it (no site).
const SLUG = 'koryu-toshi-2023';

/** A site of its own at http://127.0.0.1:PORT that answers every path with `html()`. */
async function hostSite(html: () => string): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** The widget's frame in the host page, once it has loaded (or failed to). */
async function widgetFrame(page: Page): Promise<Frame> {
  await page.waitForFunction(() => (window as unknown as { widgetLoaded?: boolean }).widgetLoaded === true);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('no iframe in the host page');
  return frame;
}

describe('the fair widget on other sites', () => {
  let browser: Browser;
  let snippet = '';
  let allowed: { origin: string; server: Server };
  let other: { origin: string; server: Server };
  const hostPage = () =>
    `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>市のサイト</title></head><body><h1>市のサイト</h1>${snippet.replace(
      '<iframe ',
      '<iframe onload="window.widgetLoaded = true" ',
    )}</body></html>`;

  beforeAll(async () => {
    browser = await launchBrowser();
    allowed = await hostSite(hostPage);
    other = await hostSite(hostPage);
  });
  afterAll(async () => {
    await api('PUT', '/host/embed-origins', { origins: [] }).catch(() => undefined);
    await browser?.close();
    for (const site of [allowed, other]) await new Promise((resolve) => site?.server.close(resolve));
  });

  it('lets the organizer enter a site (a bad one is named on its row) and copy the <iframe> code for a fair', async () => {
    const { page, errors } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER, '/people');
    const section = page.getByRole('region', { name: '物産展ウィジェットの埋め込み' });
    await section.getByText('まだ登録されたサイトはありません。').waitFor();

    await section.getByRole('button', { name: 'サイトを追加' }).click();
    await section.getByLabel('サイト 1', { exact: true }).fill('http://city.example.jp/page');
    await section.getByRole('button', { name: 'サイトを追加' }).click();
    await section.getByLabel('サイト 2', { exact: true }).fill(allowed.origin + '/');
    await section.getByRole('button', { name: 'サイトを保存' }).click();
    // Refused before any request: the problem on its row, in the summary too.
    await section
      .getByRole('alert')
      .getByRole('link', { name: /サイト 1: https:\/\/www\.city\.example\.jp のように/ })
      .waitFor();
    expect(await section.getByLabel('サイト 1', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await section.getByRole('button', { name: /^削除\s*: サイト 1$/ }).click();
    await section.getByRole('button', { name: 'サイトを保存' }).click();
    await section.getByRole('status').filter({ hasText: '保存しました。' }).waitFor();
    // Stored as an origin: without the slash typed after it.
    expect(await section.getByLabel('サイト 1', { exact: true }).inputValue()).toBe(allowed.origin);
    expect(await api<{ origins: string[] }>('GET', '/host/embed-origins')).toEqual({ origins: [allowed.origin] });

    await section.getByLabel('物産展', { exact: true }).selectOption(SLUG);
    snippet = await section.getByLabel('<iframe> のコード', { exact: false }).inputValue();
    expect(snippet).toBe(
      `<iframe src="${baseUrl()}/embed/f/${SLUG}" title="交流都市地方物産展" width="100%" height="480" style="border:0" loading="lazy"></iframe>`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders inside an iframe on the allowed site, and is refused on the other one', async () => {
    // The widget's frame-ancestors follow the setting once every API process has heard of it.
    for (let tries = 0; ; tries++) {
      const csp = (await fetch(`${baseUrl()}/embed/f/${SLUG}`)).headers.get('content-security-policy') ?? '';
      if (csp.includes(`frame-ancestors ${allowed.origin}`) || tries > 100) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const { page, errors } = await newPage(browser);
    await page.goto(`${allowed.origin}/city.html`);
    const shown = await widgetFrame(page);
    await shown.getByRole('heading', { level: 1, name: '交流都市地方物産展' }).waitFor();
    expect(await shown.getByRole('listitem').filter({ hasText: '宮古市' }).count()).toBeGreaterThan(0);
    const full = shown.getByRole('link', { name: '物産展のページを開く（新しいタブ）' });
    expect([await full.getAttribute('href'), await full.getAttribute('target'), await full.getAttribute('rel')]).toEqual([
      `${baseUrl()}/f/${SLUG}`,
      '_blank',
      'noopener',
    ]);
    expect(await shown.locator('script').count()).toBe(0);

    // The same site may read the feeds (CORS): a conditional read asks a preflight first, then gets its 304.
    const feed = await page.evaluate(async (url) => {
      const first = await fetch(url);
      const etag = first.headers.get('ETag') ?? '';
      const again = await fetch(url, { headers: { 'If-None-Match': etag }, cache: 'no-store' });
      return { status: first.status, title: ((await first.json()) as { fair: { title: string } }).fair.title, etag, again: again.status };
    }, `${baseUrl()}/api/public/fairs/${SLUG}`);
    expect(feed).toEqual({ status: 200, title: '交流都市地方物産展', etag: expect.stringMatching(/^"/), again: 304 });

    const refusals: string[] = [];
    const { page: elsewhere } = await newPage(browser);
    elsewhere.on('console', (m) => refusals.push(m.text()));
    await elsewhere.goto(`${other.origin}/city.html`);
    const refused = await widgetFrame(elsewhere);
    await elsewhere.getByRole('heading', { level: 1, name: '市のサイト' }).waitFor();
    expect(refused.url()).not.toContain('/embed/f/');
    expect(await refused.getByRole('heading', { name: '交流都市地方物産展' }).count()).toBe(0);
    expect(refusals.some((text) => text.includes('frame-ancestors'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
    await elsewhere.context().close();
  });

  it('has no axe-core violations in either language', async () => {
    const context = await browser.newContext({ bypassCSP: true, locale: 'ja-JP', viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const path of [`/embed/f/${SLUG}`, `/en/embed/f/${SLUG}`]) {
        await page.goto(`${baseUrl()}${path}`);
        found[path] = await axeViolations(page);
      }
      expect(found).toEqual({ [`/embed/f/${SLUG}`]: [], [`/en/embed/f/${SLUG}`]: [] });
    } finally {
      await context.close();
    }
  });
});
