import type { ApplicationInput, FairDayInput } from '@bussanten/contracts';
import type { Client, TestApp } from './test-app';

export const FAIR_2027_DAYS: FairDayInput[] = [
  { date: '2027-02-19', opens: '10:00', closes: '20:00' },
  { date: '2027-02-20', opens: '10:00', closes: '20:00' },
  { date: '2027-02-21', opens: '10:00', closes: '20:00' },
  { date: '2027-02-22', opens: '10:00', closes: '20:00' },
  { date: '2027-02-23', opens: '10:00', closes: '18:00' },
];

/**
 * A fair taking applications now: created through the API as a person would, with the 2023 fair's
 * sample plan copied in and the status moved to accepting.
 */
export async function openFair(t: TestApp, slug: string, days = FAIR_2027_DAYS): Promise<{ id: string; boothIds: Record<string, string> }> {
  const fairs = await t.http.get('/api/fairs').expect(200);
  const fair2023 = fairs.body.find((f: { slug: string }) => f.slug === 'koryu-toshi-2023');
  const venues = await t.http.get('/api/venues').expect(200);
  const now = Date.now();
  const created = await t.http
    .post('/api/fairs')
    .send({
      title: `テスト物産展 ${slug}`,
      slug,
      roomId: venues.body[0].rooms[0].id,
      days,
      applicationsOpenAt: new Date(now - 86_400_000).toISOString(),
      applicationsCloseAt: new Date(now + 30 * 86_400_000).toISOString(),
    })
    .expect(201);
  const plan = await t.http.post(`/api/fairs/${created.body.id}/booths/copy`).send({ fromFairId: fair2023.id }).expect(200);
  await t.http.post(`/api/fairs/${created.body.id}/status`).send({ status: 'accepting' }).expect(200);
  const boothIds = Object.fromEntries(plan.body.booths.map((b: { code: string; id: string }) => [b.code, b.id]));
  return { id: created.body.id, boothIds };
}

export function applicationInput(days: string[], change: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    days,
    products: [{ name: 'さんま加工品', category: 'seafood', priceMin: 500, priceMax: 1500, food: true, alcohol: false }],
    needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
    permit: { status: 'held', number: '岩手第123号', healthCentre: '宮古保健所' },
    staffCount: 2,
    staff: [{ name: '宮古 一郎', phone: '090-1111-2222' }],
    vehicle: '軽トラック 1台',
    loadInTime: '08:30',
    note: null,
    ...change,
  };
}

/** Applies as `rep` and has the organizer accept it; returns the application id. */
export async function acceptedApplication(t: TestApp, rep: Client, fairId: string, input: ApplicationInput): Promise<string> {
  const applied = await rep.post(`/api/my/fairs/${fairId}/application`).send(input).expect(201);
  await t.http.post(`/api/applications/${applied.body.id}/decision`).send({ status: 'accepted', message: 'ご出展をお待ちしています' }).expect(200);
  return applied.body.id;
}
