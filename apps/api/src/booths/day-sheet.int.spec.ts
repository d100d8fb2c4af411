import type { DaySheet } from '@bussanten/contracts';
import { acceptedApplication, applicationInput, openFair } from '../../test/fair-fixtures';
import { addMember, createHost, DEMO, startTestApp, type Client, type TestApp } from '../../test/test-app';

// Two open days, a closed day (休業日, which is also 春分の日) and an open day again.
const DAYS = [
  { date: '2027-03-19', opens: '10:00', closes: '20:00' },
  { date: '2027-03-20', opens: '10:00', closes: '19:00' },
  { date: '2027-03-21', opens: null, closes: null },
  { date: '2027-03-22', opens: '10:00', closes: '18:00' },
];

/** GET /api/fairs/:id/day-sheet: one day of a fair in one answer, for the fair's own organizers only (real PostgreSQL). */
describe('day sheet', () => {
  let t: TestApp;
  let miyako: Client;
  let fair: { id: string; boothIds: Record<string, string> };
  let miyakoApp: string;
  let yamakitaApp: string;
  const sheet = async (day: string, status = 200) => (await t.http.get(`/api/fairs/${fair.id}/day-sheet?day=${day}`).expect(status)).body;

  beforeAll(async () => {
    t = await startTestApp();
    miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const yamakita = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    fair = await openFair(t, 'day-sheet-2027', DAYS);
    miyakoApp = await acceptedApplication(
      t,
      miyako,
      fair.id,
      applicationInput(['2027-03-19', '2027-03-20'], {
        staffCount: 3,
        staff: [
          { name: '宮古 一郎', phone: '090-1111-2222' },
          { name: '宮古 花子', phone: '080-3333-4444' },
        ],
        vehicle: '軽トラック 1台',
        loadInTime: '08:30',
      }),
    );
    yamakitaApp = await acceptedApplication(
      t,
      yamakita,
      fair.id,
      applicationInput(['2027-03-20'], { staffCount: 1, staff: [{ name: '山北 次郎', phone: '0465-00-1234' }], vehicle: null, loadInTime: null }),
    );
    // A booth numbered past 9, to see the codes in reading order.
    const a10 = await t.http
      .post(`/api/fairs/${fair.id}/booths`)
      .send({ code: 'A10', x: 13, y: 15.5, width: 4, depth: 3, powerWatts: 0, fridge: false, freezer: false, water: false, cookingAllowed: false, tags: [] })
      .expect(201);
    fair.boothIds['A10'] = a10.body.id;
    await t.http.post(`/api/applications/${miyakoApp}/assignments`).send({ boothId: fair.boothIds['A1'], from: '2027-03-19', to: '2027-03-20' }).expect(201);
    await t.http.post(`/api/applications/${yamakitaApp}/assignments`).send({ boothId: fair.boothIds['A10'], from: '2027-03-20', to: '2027-03-20' }).expect(201);

    const guest = await t.http
      .post('/api/guests')
      .send({ name: '宮古の鮭太郎', nameEn: 'Sake Taro', kind: 'mascot', ownerMunicipalityId: null, profile: null, profileEn: null, contact: '内線 123' })
      .expect(201);
    const stage = await t.http.post(`/api/fairs/${fair.id}/stages`).send({ name: '特設ステージ', nameEn: 'Stage', shared: false }).expect(201);
    const visit = (date: string, start: string, location: object, status = 'confirmed') =>
      t.http
        .post(`/api/fairs/${fair.id}/appearances`)
        .send({ guestId: guest.body.id, date, start, end: null, durationMinutes: 30, approximate: false, location, status, publicNote: null })
        .expect(201);
    // 10:00 in Tokyo is 01:00 UTC: the day is Japan's whatever the server's zone.
    await visit('2027-03-20', '10:00', { kind: 'booth', boothId: fair.boothIds['A1'] });
    await visit('2027-03-20', '13:00', { kind: 'stage', stageId: stage.body.id });
    await visit('2027-03-20', '16:00', { kind: 'venue' }, 'mayChange');
    await visit('2027-03-20', '17:30', { kind: 'venue' }, 'cancelled');
    await visit('2027-03-19', '11:00', { kind: 'venue' });
  });
  afterAll(() => t.close());

  it('answers the fair, the day’s hours, every booth with its holder and on-site staff, and the day’s guest visits', async () => {
    const body: DaySheet = await sheet('2027-03-20');
    expect(body.fair).toMatchObject({ id: fair.id, title: 'テスト物産展 day-sheet-2027', venueName: expect.any(String), roomName: expect.any(String) });
    expect(body.room).toEqual({ widthM: expect.any(Number), depthM: expect.any(Number) });
    expect(body.day).toEqual({ date: '2027-03-20', opens: '10:00', closes: '19:00', closed: false, holiday: null });

    // Every booth of the plan, in the order people read codes (A2 before A10).
    const codes = body.booths.map((b) => b.code);
    expect(codes).toHaveLength(Object.keys(fair.boothIds).length);
    expect(codes.indexOf('A2')).toBeLessThan(codes.indexOf('A10'));
    const a1 = body.booths.find((b) => b.code === 'A1');
    expect(a1).toMatchObject({ id: fair.boothIds['A1'], x: expect.any(Number), y: expect.any(Number), width: expect.any(Number), depth: expect.any(Number) });
    expect(a1?.exhibitor).toEqual({
      applicationId: miyakoApp,
      municipalityName: '宮古市',
      prefecture: '岩手県',
      productNames: ['さんま加工品'],
      needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false, cooking: false },
      staffCount: 3,
      staff: [
        { name: '宮古 一郎', phone: '090-1111-2222' },
        { name: '宮古 花子', phone: '080-3333-4444' },
      ],
      loadsIn: false, // in since the 19th
      loadInTime: '08:30',
      vehicle: '軽トラック 1台',
    });
    expect(body.booths.find((b) => b.code === 'A10')?.exhibitor).toMatchObject({
      applicationId: yamakitaApp,
      municipalityName: '山北町',
      staffCount: 1,
      staff: [{ name: '山北 次郎', phone: '0465-00-1234' }],
      loadsIn: true,
      loadInTime: null,
      vehicle: null,
    });
    expect(body.booths.filter((b) => b.exhibitor).map((b) => b.code)).toEqual(['A1', 'A10']);

    // The cancelled visit and the 19th's are not on the 20th's sheet; the guest's private contact is not either.
    expect(body.visits.map(({ id: _id, ...v }) => v)).toEqual([
      {
        start: '10:00',
        end: '10:30',
        approximate: false,
        status: 'confirmed',
        guest: { name: '宮古の鮭太郎', nameEn: 'Sake Taro' },
        place: { kind: 'booth', boothCode: 'A1', holder: '宮古市' },
      },
      {
        start: '13:00',
        end: '13:30',
        approximate: false,
        status: 'confirmed',
        guest: { name: '宮古の鮭太郎', nameEn: 'Sake Taro' },
        place: { kind: 'stage', name: '特設ステージ', nameEn: 'Stage' },
      },
      { start: '16:00', end: '16:30', approximate: false, status: 'mayChange', guest: { name: '宮古の鮭太郎', nameEn: 'Sake Taro' }, place: { kind: 'venue' } },
    ]);
    expect(JSON.stringify(body)).not.toContain('内線 123');
  });

  it('loads in on the first day held, and shows nobody on a booth nobody holds that day', async () => {
    const body: DaySheet = await sheet('2027-03-19');
    expect(body.booths.find((b) => b.code === 'A1')?.exhibitor).toMatchObject({ municipalityName: '宮古市', loadsIn: true });
    expect(body.booths.find((b) => b.code === 'A10')?.exhibitor).toBeNull();
    expect(body.visits.map((v) => v.start)).toEqual(['11:00']);
  });

  it('says a closed day is closed, with nobody on the floor', async () => {
    const body: DaySheet = await sheet('2027-03-21');
    expect(body.day).toEqual({ date: '2027-03-21', opens: null, closes: null, closed: true, holiday: { name: '春分の日', nameEn: 'Vernal Equinox Day' } });
    expect(body.booths.every((b) => b.exhibitor === null)).toBe(true);
    expect(body.visits).toEqual([]);
  });

  it('refuses, naming day, a day that is not a date or not a day of the fair', async () => {
    for (const [query, rule] of [
      ['?day=2027-03-23', 'fairDay'],
      ['?day=2027-02-30', 'isCalendarDate'],
      ['?day=tomorrow', 'isCalendarDate'],
      ['?day=2027-03-20&day=2027-03-22', 'isCalendarDate'],
      ['', 'isCalendarDate'],
    ]) {
      const res = await t.http.get(`/api/fairs/${fair.id}/day-sheet${query}`).expect(400);
      expect([query, res.body.code, res.body.details.map((d: { field: string; rule: string }) => `${d.field}:${d.rule}`)]).toEqual([
        query,
        'VALIDATION_FAILED',
        [`day:${rule}`],
      ]);
    }
    const unknown = await t.http.get(`/api/fairs/${fair.id}/day-sheet?day=2027-03-20&staff=all`).expect(400);
    expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'staff', rule: 'whitelist' })]);
  });

  it('is not for another host (404, whatever the day), nor for representatives (403)', async () => {
    const other = await createHost(t, '当日区');
    await addMember(t, { email: 'organizer@toujitsu.example', password: 'a long enough passphrase 7', role: 'organizer', hostId: other });
    const stranger = await t.signIn('organizer@toujitsu.example', 'a long enough passphrase 7');
    for (const query of ['?day=2027-03-20', '?day=nope', '']) {
      const res = await stranger.get(`/api/fairs/${fair.id}/day-sheet${query}`).expect(404);
      expect(JSON.stringify(res.body)).not.toMatch(/宮古|090-1111/);
    }
    const refused = await miyako.get(`/api/fairs/${fair.id}/day-sheet?day=2027-03-20`).expect(403);
    expect(JSON.stringify(refused.body)).not.toContain('090-1111');
  });
});
