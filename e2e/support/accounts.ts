import type { Invitation, MunicipalitySummary } from '@bussanten/contracts';
import type { Page } from 'playwright-core';
import { api } from './api';
import { baseUrl } from './browser';

// The demo accounts that `npm start` prints while SEED_DEMO is on (see README); a black-box test
// knows them the way a person trying the app does.
export const DEMO_ORGANIZER = { email: 'organizer@shinagawa.example', password: 'demo-seaside-fair' };
export const DEMO_MIYAKO = { email: 'miyako@miyako.example', password: 'demo-sanma-festival' };

/** Signs in over HTTP; returns the headers a cookie-authenticated request needs. */
export async function signInHttp(account: { email: string; password: string }, base = baseUrl()): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/** Signs in through the sign-in page, as a person would. */
export async function signInBrowser(page: Page, account: { email: string; password: string }, next = '/registry'): Promise<void> {
  await page.goto(`${baseUrl()}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('メールアドレス').fill(account.email);
  await page.getByLabel('パスワード', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/**
 * A representative of `municipality` for 品川区 of a test's own (invited by the demo organizer and
 * accepted over HTTP), so a test can act as an exhibitor without changing the shared demo accounts.
 */
export async function createRepresentative(
  municipality: string,
  account: { email: string; password: string },
  displayName: string,
): Promise<Record<string, string>> {
  const organizer = await signInHttp(DEMO_ORGANIZER);
  const { items } = await api<{ items: MunicipalitySummary[] }>('GET', `/municipalities?q=${encodeURIComponent(municipality)}`, undefined, 200, organizer);
  const found = items.find((m) => m.name === municipality);
  if (!found) throw new Error(`${municipality} is not in the demo registry`);
  const invitation = await api<Invitation>(
    'POST',
    '/people/invitations',
    { email: account.email, role: 'representative', municipalityId: found.id },
    201,
    organizer,
  );
  const token = invitation.link?.split('/').pop() ?? '';
  await api('POST', `/invitations/${token}/accept`, { displayName, password: account.password }, 200, {});
  return signInHttp(account);
}
