import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides where it lives. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: run e2e tests through jest (global setup starts the app)');
  return url;
}

/**
 * A page that fails the test on any uncaught error in the browser. `bypassCSP` lets axe-core in
 * (support/axe.ts), for a test that checks its pages' accessibility on the way.
 */
export async function newPage(browser: Browser, locale = 'ja-JP', { bypassCSP = false } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, timezoneId: 'America/Los_Angeles', viewport: { width: 390, height: 844 }, bypassCSP });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}
