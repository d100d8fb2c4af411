import type { Browser } from 'playwright-core';
import type { Assignment, FairDocumentApplication, FairDocumentBooth, MunicipalityKey, MunicipalitySummary } from '@bussanten/contracts';
import { generateBigFair } from '@bussanten/domain';
import { DEMO_ORGANIZER, signInBrowser } from './support/accounts';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage } from './support/browser';

// The generated big fair (320 booths, 300 applications, 10 days) of this file's own: a unique slug.
const RUN = Date.now();

/** The first 300 municipalities of the registry (the official list the e2e server loads), as the document names them. */
async function municipalityKeys(count: number): Promise<MunicipalityKey[]> {
  const keys: MunicipalityKey[] = [];
  for (let page = 1; keys.length < count; page += 1) {
    const { items } = await api<{ items: MunicipalitySummary[] }>('GET', `/municipalities?sort=name&pageSize=100&page=${page}`);
    if (items.length === 0) break;
    for (const m of items) if (m.kind !== 'prefecture' && keys.length < count) keys.push({ prefectureCode: m.prefectureCode, name: m.name });
  }
  return keys;
}

const fits = (a: FairDocumentApplication, b: FairDocumentBooth) =>
  b.powerWatts >= a.needs.powerWatts &&
  (!a.needs.fridge || b.fridge) &&
  (!a.needs.freezer || b.freezer) &&
  (!a.needs.water || b.water) &&
  (!a.needs.cooking || b.cookingAllowed);

describe('the assignment view of a 320-booth fair', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('finds a booth by search and zooms to it, takes a waiting exhibitor dropped on it, and undoes the placement', async () => {
    const municipalities = await municipalityKeys(300);
    expect(municipalities).toHaveLength(300);
    const doc = generateBigFair({ slug: `big-plan-${RUN}`, title: `大規模配置図の試験${RUN}`, municipalities });
    const { id: fairId } = await api<{ id: string }>('POST', '/fairs/import', doc, 201);

    // A waiting exhibitor (one of the 30 applications left waiting, accepted now, no booth) with a
    // name of its own, and a booth far from the entrance (the last rows, off-screen at first) that
    // meets its needs; whoever holds that booth on its days is removed first, so the drop fits.
    const names = doc.fair.applications.map((a) => a.municipality.name);
    const waiting = doc.fair.applications.find((a) => a.status === 'submitted' && names.filter((n) => n === a.municipality.name).length === 1);
    if (!waiting) throw new Error('the generated fair has no waiting exhibitor');
    const target = [...doc.fair.booths].reverse().find((b) => fits(waiting, b));
    if (!target) throw new Error(`no booth fits ${waiting.municipality.name}`);
    const applications = await api<{ id: string; municipality: { name: string } }[]>('GET', `/fairs/${fairId}/applications`);
    const applicationId = applications.find((a) => a.municipality.name === waiting.municipality.name)?.id;
    await api('POST', `/applications/${applicationId}/decision`, { status: 'accepted', message: null });
    const [first, last] = [waiting.days[0] as string, waiting.days[waiting.days.length - 1] as string];
    for (const a of await api<Assignment[]>('GET', `/fairs/${fairId}/assignments`)) {
      if (a.boothCode === target.code && a.from <= last && a.to >= first) await api('DELETE', `/assignments/${a.id}`, undefined, 204);
    }
    const name = waiting.municipality.name;
    const boothId = (await api<{ booths: { id: string; code: string }[] }>('GET', `/fairs/${fairId}/booths`)).booths.find((b) => b.code === target.code)?.id;
    if (!boothId) throw new Error(`booth ${target.code} was not imported`);

    const { page, errors } = await newPage(browser, 'ja-JP', { bypassCSP: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInBrowser(page, DEMO_ORGANIZER, `/fairs/${fairId}/assign`);
    await page.goto(`${baseUrl()}/fairs/${fairId}/assign?day=${first}`);
    const card = page.getByRole('button', { name: `${name} を配置`, exact: true });
    await card.waitFor();
    const box = page.locator('.plan-view__box');
    const booth = page.locator(`[data-booth-id="${boothId}"]`);

    // The big plan opens zoomed until the codes are readable (at the entrance); the booth is not in view yet.
    const inView = async () => {
      const [b, v] = [await booth.boundingBox(), await box.boundingBox()];
      return !!b && !!v && b.x >= v.x && b.y >= v.y && b.x + b.width <= v.x + v.width && b.y + b.height <= v.y + v.height;
    };
    expect(await inView()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // Search: the code finds the booth; choosing it zooms and scrolls the plan to it, outlines and focuses it.
    await page.getByLabel('ブース・出展者を探す').fill(target.code);
    await page.getByRole('button', { name: `ブース ${target.code}（${target.zone}）`, exact: true }).click();
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-booth-id') === id, boothId);
    expect(await inView()).toBe(true);
    expect(await booth.getAttribute('class')).toContain('booth--found');
    // Zoomed to read: a 3 m booth is drawn at least 60 px wide (its code at 12 px or more).
    expect((await booth.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(60);

    // Drag the waiting exhibitor's card onto the booth (the plan stays in view beside the list).
    await card.scrollIntoViewIfNeeded();
    const from = await card.boundingBox();
    const to = await booth.locator('rect').first().boundingBox();
    if (!from || !to) throw new Error('card or booth not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
    await page
      .getByRole('status')
      .filter({ hasText: `${target.code}: 割り当てられます` })
      .waitFor();
    await page.mouse.up();
    await booth.locator('text.booth__holder', { hasText: name }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `${name}を${target.code}に割り当てました` })
      .waitFor();
    const placed = (await api<Assignment[]>('GET', `/fairs/${fairId}/assignments`)).filter((a) => a.municipalityName === name);
    expect(placed.map((a) => [a.boothCode, a.from, a.to])).toEqual([[target.code, first, last]]);

    // 元に戻す takes the placement back: the booth is free again and the card waits again.
    await page.getByRole('button', { name: `${name}のブース ${target.code} への配置を元に戻す` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name}のブース ${target.code} への配置を取り消しました。` })
      .waitFor();
    expect(await booth.locator('text.booth__holder').count()).toBe(0);
    await card.waitFor();
    expect((await api<Assignment[]>('GET', `/fairs/${fairId}/assignments`)).filter((a) => a.municipalityName === name)).toEqual([]);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
