import { openFair } from '../../test/fair-fixtures';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('guest appearances (real PostgreSQL)', () => {
  let t: TestApp;
  let fair2023: string;
  let ryoma: string;
  const appearanceCount = async () => (await t.db.query('SELECT count(*)::int AS n FROM appearances'))[0].n;
  const visit = (change: Record<string, unknown> = {}) => ({
    guestId: ryoma,
    date: '2023-02-19',
    start: '13:30',
    end: null,
    durationMinutes: 30,
    approximate: true,
    location: { kind: 'venue' },
    status: 'planned',
    publicNote: null,
    ...change,
  });

  beforeAll(async () => {
    t = await startTestApp();
    fair2023 = (await t.http.get('/api/fairs').expect(200)).body.find((f: { slug: string }) => f.slug === 'koryu-toshi-2023').id;
    ryoma = (await t.http.get('/api/guests').expect(200)).body.find((g: { name: string }) => g.name === 'ハタチの龍馬').id;
  });
  afterAll(() => t.close());

  it('has ハタチの龍馬 at the 2023 fair on 2/19 at 13:30, 14:30 and 15:30, about 30 min, may change', async () => {
    const res = await t.http.get(`/api/fairs/${fair2023}/appearances`).expect(200);
    expect(res.body.map((a: { start: string; end: string }) => `${a.start}–${a.end}`)).toEqual(['13:30–14:00', '14:30–15:00', '15:30–16:00']);
    expect(res.body[0]).toMatchObject({
      date: '2023-02-19',
      approximate: true,
      status: 'mayChange',
      location: { kind: 'venue' },
      startsAt: '2023-02-19T04:30:00.000Z',
      guest: { name: 'ハタチの龍馬' },
    });
    expect(new Set(res.body.map((a: { id: string }) => a.id)).size).toBe(3);
  });

  it('refuses 17:45–18:15 on the last day, naming the 18:00 closing time, and writes nothing', async () => {
    const before = await appearanceCount();
    const res = await t.http
      .post(`/api/fairs/${fair2023}/appearances`)
      .send(visit({ date: '2023-02-21', start: '17:45' }))
      .expect(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'end', rule: 'outsideHours', meta: { date: '2023-02-21', opens: '10:00', closes: '18:00' } }),
    ]);
    expect(res.body.details[0].message).toContain('18:00');
    expect(await appearanceCount()).toBe(before);
  });

  it('refuses moving the 14:30 visit to 15:15, naming the 15:30 visit it would overlap', async () => {
    const list = (await t.http.get(`/api/fairs/${fair2023}/appearances`).expect(200)).body;
    const [, second, third] = list;
    const body = visit({ start: '15:15', status: 'mayChange' });
    const check = await t.http.post(`/api/fairs/${fair2023}/appearances/check?appearanceId=${second.id}`).send(body).expect(200);
    expect(check.body.problems).toEqual([
      expect.objectContaining({ rule: 'guestBusy', meta: expect.objectContaining({ appearanceId: third.id, start: '15:30', end: '16:00' }) }),
    ]);
    const res = await t.http.put(`/api/appearances/${second.id}`).send(body).expect(409);
    expect(res.body).toMatchObject({ code: 'APPEARANCE_CONFLICT', details: [{ rule: 'guestBusy', meta: { appearanceId: third.id, start: '15:30' } }] });
    expect(res.body.message).toContain('ハタチの龍馬 is at 交流都市地方物産展 2023-02-19 15:30–16:00');
    const moved = await t.http
      .put(`/api/appearances/${second.id}`)
      .send(visit({ start: '14:45', status: 'mayChange' }))
      .expect(200);
    expect(moved.body).toMatchObject({ id: second.id, start: '14:45', end: '15:15' });
  });

  it('creates repeated visits all or nothing, naming the time that clashes', async () => {
    const fair = await openFair(t, 'guests-2027');
    const body = { ...visit({ date: '2027-02-21' }), starts: ['13:30', '14:30', '15:30'] };
    delete (body as Record<string, unknown>).start;
    delete (body as Record<string, unknown>).end;
    const created = await t.http.post(`/api/fairs/${fair.id}/appearances/repeat`).send(body).expect(201);
    expect(created.body.map((a: { start: string }) => a.start)).toEqual(['13:30', '14:30', '15:30']);
    const before = await appearanceCount();
    const clash = await t.http
      .post(`/api/fairs/${fair.id}/appearances/repeat`)
      .send({ ...body, starts: ['11:00', '14:45'] })
      .expect(409);
    expect(clash.body.details).toEqual([expect.objectContaining({ field: 'starts.1', rule: 'guestBusy' })]);
    expect(await appearanceCount()).toBe(before);
  });

  it('keeps a guest out of two fairs at once, across venues with the travel buffer, naming the other fair', async () => {
    const venue = await t.http
      .post('/api/venues')
      .send({ name: '品川区立総合区民会館', address: '東京都品川区東大井5-18-1', rooms: [{ name: '展示ホール', widthM: 40, depthM: 25 }] })
      .expect(201);
    const other = await t.http
      .post('/api/fairs')
      .send({
        title: 'しながわ産業フェア',
        slug: 'sangyo-2023',
        roomId: venue.body.rooms[0].id,
        days: [{ date: '2023-02-19', opens: '10:00', closes: '17:00' }],
      })
      .expect(201);
    // 16:30 is 30 minutes after the 2023 fair's 15:30–16:00 visit: not enough to travel (60 min by default).
    const refused = await t.http
      .post(`/api/fairs/${other.body.id}/appearances`)
      .send(visit({ start: '16:30' }))
      .expect(409);
    expect(refused.body.details[0]).toMatchObject({
      rule: 'guestBusy',
      meta: { fairTitle: '交流都市地方物産展', start: '15:30', end: '16:00', travelBufferMinutes: 60 },
    });
    await t.http
      .post(`/api/fairs/${other.body.id}/appearances`)
      .send(visit({ start: '13:30', end: '14:00', durationMinutes: null, approximate: false }))
      .expect(409);
    await t.http
      .post(`/api/fairs/${other.body.id}/appearances`)
      .send(visit({ start: '11:00' }))
      .expect(201);
  });

  it('stores exactly one of 20 concurrent conflicting requests', async () => {
    const fair = await openFair(t, 'race-2027');
    const guest = await t.http
      .post('/api/guests')
      .send({ name: 'しなぽん', nameEn: null, kind: 'mascot', ownerMunicipalityId: null, profile: null, profileEn: null, contact: '090-0000-0000' })
      .expect(201);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_v, i) =>
        t.http.post(`/api/fairs/${fair.id}/appearances`).send(visit({ guestId: guest.body.id, date: '2027-02-20', start: `13:${String(i).padStart(2, '0')}` })),
      ),
    );
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(19);
    expect(answers.find((r) => r.status === 409)?.body.details[0].meta.guestName).toBe('しなぽん');
    expect((await t.db.query('SELECT count(*)::int AS n FROM appearances WHERE guest_id = $1', [guest.body.id]))[0].n).toBe(1);
    await t.http.delete(`/api/guests/${guest.body.id}`).expect(409);
  });

  it('holds one appearance per unshared stage, several on a shared one, and warns without refusing', async () => {
    const fair = await openFair(t, 'stage-2027');
    const stage = await t.http.post(`/api/fairs/${fair.id}/stages`).send({ name: 'ステージ', nameEn: 'Stage', shared: false }).expect(201);
    const taiko = await t.http
      .post('/api/guests')
      .send({ name: '八潮太鼓之会', nameEn: null, kind: 'performer', ownerMunicipalityId: null, profile: null, profileEn: null, contact: null })
      .expect(201);
    const onStage = { location: { kind: 'stage', stageId: stage.body.id }, date: '2027-02-20' };
    await t.http
      .post(`/api/fairs/${fair.id}/appearances`)
      .send(visit({ guestId: taiko.body.id, ...onStage, start: '13:00' }))
      .expect(201);
    const busy = await t.http
      .post(`/api/fairs/${fair.id}/appearances`)
      .send(visit({ ...onStage, start: '13:15' }))
      .expect(409);
    expect(busy.body.details[0]).toMatchObject({ field: 'location', rule: 'locationBusy', meta: { guestName: '八潮太鼓之会', locationLabel: 'ステージ' } });
    await t.http.put(`/api/fairs/${fair.id}/stages/${stage.body.id}`).send({ name: 'ステージ', nameEn: 'Stage', shared: true }).expect(200);
    await t.http
      .post(`/api/fairs/${fair.id}/appearances`)
      .send(visit({ ...onStage, start: '13:15' }))
      .expect(201);

    // B3 has nobody on it in this fair: allowed, with a warning; and the last 15 minutes before 18:00.
    const atBooth = await t.http
      .post(`/api/fairs/${fair.id}/appearances`)
      .send(visit({ guestId: taiko.body.id, date: '2027-02-23', start: '17:30', location: { kind: 'booth', boothId: fair.boothIds.B3 } }))
      .expect(201);
    expect(atBooth.body.warnings.map((w: { rule: string }) => w.rule)).toEqual(['exhibitorAbsent', 'nearClosing']);

    // The stage and the booth are now referred to by appearances (ON DELETE RESTRICT, SQLSTATE 23001):
    // deleting either is a 409 naming why, not a 500, and deletes nothing.
    const stageRefusal = await t.http.delete(`/api/fairs/${fair.id}/stages/${stage.body.id}`).expect(409);
    expect(stageRefusal.body.details).toEqual([expect.objectContaining({ rule: 'hasAppearances' })]);
    const boothRefusal = await t.http.delete(`/api/fairs/${fair.id}/booths/${fair.boothIds.B3}`).expect(409);
    expect(boothRefusal.body).toMatchObject({ code: 'BOOTH_IN_USE', details: [{ rule: 'hasAppearances', meta: { appearances: 1 } }] });
    expect((await t.http.get(`/api/fairs/${fair.id}/stages`).expect(200)).body).toHaveLength(1);
  });

  it.each([
    ['no end and no duration', { end: null, durationMinutes: null }, 'end', 'endOrDuration'],
    ['a day the fair does not have', { date: '2023-02-22' }, 'date', 'notFairDay'],
    ['a booth of no fair', { location: { kind: 'booth', boothId: '7f000000-0000-4000-8000-000000000000' } }, 'location.boothId', 'unknownBooth'],
    ['a location without its booth', { location: { kind: 'booth' } }, 'location.boothId', 'isUuid'],
    ['no location at all', { location: undefined }, 'location', 'isObject'],
    ['a location that is a list', { location: [] }, 'location', 'isObject'],
    ['a stray booth id that is not an id', { location: { kind: 'venue', boothId: 'A1' } }, 'location.boothId', 'isUuid'],
    ['25:00', { start: '25:00' }, 'start', 'matches'],
    ['an unknown status', { status: 'maybe' }, 'status', 'isIn'],
  ])('refuses %s with 400 naming the field', async (_name, change, field, rule) => {
    const before = await appearanceCount();
    const res = await t.http
      .post(`/api/fairs/${fair2023}/appearances`)
      .send(visit({ start: '11:00', ...change }))
      .expect(400);
    expect(res.body.details).toContainEqual(expect.objectContaining({ field, rule }));
    expect(await appearanceCount()).toBe(before);
  });
});
