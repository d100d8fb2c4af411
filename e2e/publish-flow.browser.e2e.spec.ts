import type { Browser } from 'playwright-core';
import { DEMO_ORGANIZER, signInBrowser } from './support/accounts';
import { api } from './support/api';
import { baseUrl, launchBrowser, newPage } from './support/browser';

const DAYS = [
  { date: '2027-03-05', opens: '10:00', closes: '20:00' },
  { date: '2027-03-06', opens: '10:00', closes: '18:00' },
];
const GUEST = '公開テストの龍馬';

describe('publishing in the browser', () => {
  let browser: Browser;
  let fairId: string;
  let slug: string;
  let visits: { id: string; start: string }[];
  let guestId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues');
    slug = `publish-${Date.now()}`;
    fairId = (await api<{ id: string }>('POST', '/fairs', { title: '公開テスト物産展', slug, roomId: venues[0].rooms[0].id, days: DAYS }, 201)).id;
    guestId = (
      await api<{ id: string }>(
        'POST',
        '/guests',
        { name: GUEST, nameEn: null, kind: 'ambassador', ownerMunicipalityId: null, profile: null, profileEn: null, contact: '090-0000-1111' },
        201,
      )
    ).id;
    const base = { guestId, date: DAYS[0].date, durationMinutes: 30, approximate: true, location: { kind: 'venue' }, status: 'mayChange', publicNote: null };
    visits = await api('POST', `/fairs/${fairId}/appearances/repeat`, { ...base, starts: ['13:30', '14:30', '15:30'] }, 201);
    await api('POST', `/fairs/${fairId}/status`, { status: 'accepting' });
    await api('POST', `/fairs/${fairId}/status`, { status: 'closed' });
  });
  afterAll(() => browser?.close());

  async function publish(note: string): Promise<void> {
    const { page } = await newPage(browser);
    await signInBrowser(page, DEMO_ORGANIZER, `/fairs/${fairId}/releases`);
    await page.getByLabel('公開メモ').fill(note);
    await page.getByRole('button', { name: '公開する', exact: true }).click();
    // The confirmation repeats the note, so waiting for its text proves nothing: wait for the answer.
    const [published] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/fairs/${fairId}/releases`)),
      page.getByRole('button', { name: 'この内容で公開する' }).click(),
    ]);
    expect(published.status()).toBe(201);
    await page.getByRole('heading', { name: '公開履歴' }).waitFor();
    await page.getByText(note).first().waitFor();
    await page.close();
  }

  it('publishes, keeps the page unchanged after a move until the next release, then marks the change', async () => {
    await publish('初回の公開');
    const visitor = await newPage(browser);
    const url = `${baseUrl()}/f/${slug}`;
    await visitor.page.goto(url);
    for (const time of ['13:30', '14:30', '15:30']) await visitor.page.getByText(time, { exact: false }).first().waitFor();

    // The organizer moves the 14:30 visit: the public page does not change.
    await api('PUT', `/appearances/${visits[1]!.id}`, {
      guestId,
      date: DAYS[0].date,
      start: '14:45',
      end: null,
      durationMinutes: 30,
      approximate: true,
      location: { kind: 'venue' },
      status: 'mayChange',
      publicNote: null,
    });
    const before = await (await fetch(url)).text();
    expect(before).toContain('14:30');
    expect(before).not.toContain('14:45');

    // After the next release the page shows the new time, marked, and the change is listed.
    await publish('2回目の来店時間を変更');
    const after = await (await fetch(url)).text();
    expect(after).toContain('14:45');
    // A fresh visitor: the first one's browser may keep the old page for up to max-age (60 s), by design.
    const later = await newPage(browser);
    await later.page.goto(url);
    await later.page.getByRole('heading', { name: '変更点' }).waitFor();
    expect(await later.page.locator('.changed').count()).toBeGreaterThan(0);
    expect(await later.page.textContent('body')).not.toContain('090-0000-1111');
    const history = await api<{ version: number; changes: { kind: string }[] }[]>('GET', `/fairs/${fairId}/releases`);
    expect(history.map((r) => [r.version, r.changes.map((c) => c.kind)])).toEqual([
      [2, ['appearanceMoved']],
      [1, []],
    ]);
    expect([...visitor.errors, ...later.errors]).toEqual([]);
  });
});
