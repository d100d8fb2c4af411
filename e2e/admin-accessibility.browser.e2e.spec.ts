import type { Browser } from 'playwright-core';
import type { AgreementSummary, ApplicationSummary, FairSummary, Guest, MunicipalitySummary } from '@bussanten/contracts';
import { DEMO_MIYAKO, DEMO_ORGANIZER, signInBrowser, signInHttp } from './support/accounts';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { baseUrl, launchBrowser } from './support/browser';

// The signed-in pages, as organizers and representatives use them, checked by axe-core on the
// seeded data: a desktop and a phone width, since the layouts differ. The public page has its own
// check in public-page.browser.e2e.spec.ts.
describe('accessibility of the signed-in pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  /**
   * Every page's findings, by path, signed in as `account` (who lands on `home`) in a context that
   * lets axe in past the CSP. Each page is read once its data has arrived.
   */
  async function findings(account: { email: string; password: string }, home: string, width: number, paths: string[]): Promise<Record<string, string[]>> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'ja-JP', viewport: { width, height: 900 } });
    try {
      const page = await context.newPage();
      await signInBrowser(page, account, home);
      const found: Record<string, string[]> = {};
      for (const path of paths) {
        await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
        await page
          .locator('main h1')
          .first()
          .waitFor({ timeout: 10_000 })
          .catch(() => Promise.reject(new Error(`${path}: no heading in main`)));
        expect([path, await page.getByRole('alert').count()]).toEqual([path, 0]);
        found[path] = await axeViolations(page);
      }
      return found;
    } finally {
      await context.close();
    }
  }
  const none = (paths: string[]) => Object.fromEntries(paths.map((p) => [p, []]));

  /** The organizer's pages of the seeded fair and registry, found through the API. */
  async function organizerPaths(): Promise<string[]> {
    const organizer = await signInHttp(DEMO_ORGANIZER);
    const fair = (await api<FairSummary[]>('GET', '/fairs', undefined, 200, organizer)).find((f) => f.slug === 'koryu-toshi-2023') as FairSummary;
    const [application] = await api<ApplicationSummary[]>('GET', `/fairs/${fair.id}/applications`, undefined, 200, organizer);
    const found = await api<{ items: MunicipalitySummary[] }>('GET', `/municipalities?q=${encodeURIComponent('宮古市')}`, undefined, 200, organizer);
    const municipality = found.items.find((m) => m.name === '宮古市') as MunicipalitySummary;
    const [agreement] = await api<AgreementSummary[]>('GET', '/agreements', undefined, 200, organizer);
    const [guest] = await api<Guest[]>('GET', '/guests', undefined, 200, organizer);
    const f = `/fairs/${fair.id}`;
    // 申込を代理入力: a fair taking applications, and an application entered there for 東金市 (no account) to change.
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues', undefined, 200, organizer);
    const open = await api<{ id: string }>(
      'POST',
      '/fairs',
      {
        title: 'アクセシビリティ確認用物産展（代理入力）',
        slug: `a11y-enter-${Date.now()}`,
        roomId: venues[0].rooms[0].id,
        days: [{ date: '2027-03-05', opens: '10:00', closes: '18:00' }],
        applicationsOpenAt: new Date(Date.now() - 86_400_000).toISOString(),
        applicationsCloseAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      201,
      organizer,
    );
    await api('POST', `/fairs/${open.id}/status`, { status: 'accepting' }, 200, organizer);
    const togane = (
      await api<{ items: MunicipalitySummary[] }>('GET', `/municipalities?q=${encodeURIComponent('東金市')}`, undefined, 200, organizer)
    ).items.find((m) => m.name === '東金市') as MunicipalitySummary;
    const entered = await api<{ id: string }>(
      'POST',
      `/fairs/${open.id}/municipalities/${togane.id}/application`,
      {
        days: ['2027-03-05'],
        products: [{ name: '東金のいちご', category: 'produce', priceMin: 500, priceMax: 1200, food: true, alcohol: false }],
        needs: { minAreaM2: null, powerWatts: 0, fridge: true, freezer: false, water: false },
        permit: { status: 'toBeArranged', number: null, healthCentre: null },
        staffCount: 2,
        staff: [],
        vehicle: null,
        loadInTime: null,
        note: null,
      },
      201,
      organizer,
    );
    return [
      '/home',
      '/registry',
      `/registry/municipalities/${municipality.id}`,
      '/registry/municipalities/new',
      '/registry/agreements',
      `/registry/agreements/${agreement.id}`,
      `/registry/agreements/${agreement.id}/edit`,
      '/fairs',
      '/fairs/new',
      f,
      `${f}/edit`,
      `${f}/booths`,
      `${f}/applications`,
      `${f}/applications/${application.id}`,
      `/fairs/${open.id}/applications/enter`,
      `/fairs/${open.id}/applications/${entered.id}/edit`,
      `${f}/assign`,
      `${f}/day-sheet`,
      `${f}/timetable`,
      `${f}/releases`,
      '/venues',
      '/guests',
      `/guests/${guest.id}/edit`,
      '/people',
      '/audit',
      '/outbox',
      '/webhooks',
      '/account/password',
      '/account/sessions',
      '/account/security',
    ];
  }

  it('has no axe-core violations on the organizer pages at desktop width', async () => {
    const paths = await organizerPaths();
    expect(await findings(DEMO_ORGANIZER, '/home', 1280, paths)).toEqual(none(paths));
  }, 180_000);

  // On a phone the tables, the plan and the timetable lay out differently: those pages again.
  it('has no axe-core violations on the organizer pages with their own phone layout', async () => {
    const paths = (await organizerPaths()).filter((p) => /^\/(home|registry|fairs|guests)$|\/(booths|applications|assign|timetable|releases)$/.test(p));
    expect(paths).toHaveLength(9);
    expect(await findings(DEMO_ORGANIZER, '/home', 390, paths)).toEqual(none(paths));
  }, 120_000);

  it("has no axe-core violations on a representative's pages", async () => {
    const miyako = await signInHttp(DEMO_MIYAKO);
    const mine = await api<ApplicationSummary[]>('GET', '/my/applications', undefined, 200, miyako);
    const [own] = mine;
    // The placed one shows its booth on the plan, its days, the .ics and the host's contact.
    const placed = mine.find((a) => a.status === 'accepted' && a.assignments.length > 0) ?? own;
    // A fair taking applications: the form with "select all days", the draft button and the offer to copy the 2023 application.
    const organizer = await signInHttp(DEMO_ORGANIZER);
    const venues = await api<{ rooms: { id: string }[] }[]>('GET', '/venues', undefined, 200, organizer);
    const open = await api<{ id: string }>(
      'POST',
      '/fairs',
      {
        title: 'アクセシビリティ確認用物産展',
        slug: `a11y-apply-${Date.now()}`,
        roomId: venues[0].rooms[0].id,
        days: [{ date: '2027-03-05', opens: '10:00', closes: '18:00' }],
        applicationsOpenAt: new Date(Date.now() - 86_400_000).toISOString(),
        applicationsCloseAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      201,
      organizer,
    );
    await api('POST', `/fairs/${open.id}/status`, { status: 'accepting' }, 200, organizer);
    const paths = [
      '/my',
      '/my/fairs',
      `/my/applications/${own.id}`,
      `/my/applications/${own.id}/edit`,
      ...(placed.id === own.id ? [] : [`/my/applications/${placed.id}`]),
      `/my/fairs/${open.id}/apply`,
    ];
    expect(await findings(DEMO_MIYAKO, '/my', 390, paths)).toEqual(none(paths));
  });
});
