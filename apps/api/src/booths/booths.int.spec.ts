import { startTestApp, type TestApp } from '../../test/test-app';

describe('floor plans (real PostgreSQL)', () => {
  let t: TestApp;
  let fairId: string;
  let fair2023: string;
  const booth = (change: Record<string, unknown> = {}) => ({
    code: 'X1',
    x: 1,
    y: 1,
    width: 3,
    depth: 2,
    powerWatts: 500,
    fridge: true,
    freezer: false,
    water: false,
    cookingAllowed: false,
    tags: ['corner'],
    ...change,
  });
  const boothCount = async (id: string) => (await t.db.query('SELECT count(*)::int AS n FROM booths WHERE fair_id = $1', [id]))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    const venues = await t.http.get('/api/venues').expect(200);
    const created = await t.http
      .post('/api/fairs')
      .send({ title: '配置図テスト', slug: 'plan-2026', roomId: venues.body[0].rooms[0].id, days: [{ date: '2026-12-01', opens: '10:00', closes: '18:00' }] })
      .expect(201);
    fairId = created.body.id;
    fair2023 = (await t.http.get('/api/fairs').expect(200)).body.find((f: { slug: string }) => f.slug === 'koryu-toshi-2023').id;
  });
  afterAll(() => t.close());

  it('has the 2023 sample plan: 12 booths, marked as a sample', async () => {
    const plan = await t.http.get(`/api/fairs/${fair2023}/booths`).expect(200);
    expect(plan.body).toMatchObject({ sample: true, room: { widthM: 30, depthM: 20 } });
    expect(plan.body.booths).toHaveLength(12);
    expect(plan.body.booths[0]).toMatchObject({ code: 'A1', x: 1, y: 1, width: 4, depth: 3, areaM2: 12, fridge: true, freezer: true, tags: ['corner'] });
    const assignments = await t.http.get(`/api/fairs/${fair2023}/assignments`).expect(200);
    expect(assignments.body).toHaveLength(8);
  });

  it('draws, moves and deletes a booth', async () => {
    const created = await t.http.post(`/api/fairs/${fairId}/booths`).send(booth()).expect(201);
    expect(created.body).toMatchObject({ code: 'X1', areaM2: 6 });
    const moved = await t.http
      .put(`/api/fairs/${fairId}/booths/${created.body.id}`)
      .send(booth({ x: 10.5, width: 4 }))
      .expect(200);
    expect(moved.body).toMatchObject({ x: 10.5, areaM2: 8 });
    await t.http.delete(`/api/fairs/${fairId}/booths/${created.body.id}`).expect(204);
    expect(await boothCount(fairId)).toBe(0);
  });

  it.each([
    ['outside the room', { x: 28, width: 4 }, 'width', 'insideRoom'],
    ['a negative position', { y: -1 }, 'y', 'min'],
    ['an unknown tag', { tags: ['window'] }, 'tags', 'isIn'],
    ['a bad code', { code: 'A 1' }, 'code', 'matches'],
    ['a zone over 30 characters', { zone: '入口側'.repeat(10) + 'x' }, 'zone', 'maxLength'],
    ['a zone that is not text', { zone: 3 }, 'zone', 'isString'],
  ])('refuses a booth %s with 400 naming the field, and writes nothing', async (_name, change, field, rule) => {
    const res = await t.http.post(`/api/fairs/${fairId}/booths`).send(booth(change)).expect(400);
    expect(res.body.details).toContainEqual(expect.objectContaining({ field, rule }));
    expect(await boothCount(fairId)).toBe(0);
  });

  it('refuses overlapping booths and a repeated code', async () => {
    await t.http.post(`/api/fairs/${fairId}/booths`).send(booth()).expect(201);
    const overlap = await t.http
      .post(`/api/fairs/${fairId}/booths`)
      .send(booth({ code: 'X2', x: 2 }))
      .expect(400);
    expect(overlap.body.details[0]).toMatchObject({ rule: 'overlapsBooth', meta: { code: 'X1' } });
    const dup = await t.http
      .post(`/api/fairs/${fairId}/booths`)
      .send(booth({ x: 10 }))
      .expect(409);
    expect(dup.body).toMatchObject({ code: 'DUPLICATE_BOOTH_CODE', details: [{ field: 'code' }] });
    expect(await boothCount(fairId)).toBe(1);
  });

  it('saves a booth’s zone trimmed, blank as none, audits its change, lists it in the CSV and copies it with the plan', async () => {
    const venues = await t.http.get('/api/venues').expect(200);
    const zoned = await t.http
      .post('/api/fairs')
      .send({ title: '区画テスト', slug: 'zones-2026', roomId: venues.body[0].rooms[0].id, days: [{ date: '2026-12-04', opens: '10:00', closes: '18:00' }] })
      .expect(201);
    const id = zoned.body.id;
    const created = await t.http
      .post(`/api/fairs/${id}/booths`)
      .send(booth({ code: 'Z1', zone: '\u3000 入口側 ' }))
      .expect(201);
    expect(created.body.zone).toBe('入口側');
    const none = await t.http
      .post(`/api/fairs/${id}/booths`)
      .send(booth({ code: 'Z2', x: 6, zone: '   ' }))
      .expect(201);
    expect(none.body.zone).toBeNull();
    const omitted = await t.http
      .post(`/api/fairs/${id}/booths`)
      .send(booth({ code: 'Z3', x: 10 }))
      .expect(201);
    expect(omitted.body.zone).toBeNull();
    const moved = await t.http
      .put(`/api/fairs/${id}/booths/${none.body.id}`)
      .send(booth({ code: 'Z2', x: 6, zone: 'A列' }))
      .expect(200);
    expect(moved.body.zone).toBe('A列');
    const [audit] = await t.db.query(`SELECT changes FROM audit_log WHERE action = 'booth.updated' AND entity_id = $1`, [none.body.id]);
    expect(audit.changes.zone).toEqual({ before: null, after: 'A列' });
    const tooLong = await t.http
      .put(`/api/fairs/${id}/booths/${none.body.id}`)
      .send(booth({ code: 'Z2', x: 6, zone: 'あ'.repeat(31) }))
      .expect(400);
    expect(tooLong.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'zone', rule: 'maxLength' })] });
    expect((await t.http.get(`/api/fairs/${id}/booths`).expect(200)).body.booths.map((b: { zone: string | null }) => b.zone)).toEqual(['入口側', 'A列', null]);

    const csv = await t.http.get(`/api/fairs/${id}/booths.csv`).expect(200);
    const lines = String(csv.text)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0].split(',').slice(0, 2)).toEqual(['ブース / Booth', '区画 / Zone']);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual([
      ['Z1', '入口側'],
      ['Z2', 'A列'],
      ['Z3', ''],
    ]);

    const target = await t.http
      .post('/api/fairs')
      .send({
        title: '区画コピー先',
        slug: 'zones-copy-2026',
        roomId: venues.body[0].rooms[0].id,
        days: [{ date: '2026-12-05', opens: '10:00', closes: '18:00' }],
      })
      .expect(201);
    const copied = await t.http.post(`/api/fairs/${target.body.id}/booths/copy`).send({ fromFairId: id }).expect(200);
    expect(copied.body.booths.map((b: { code: string; zone: string | null }) => [b.code, b.zone])).toEqual([
      ['Z1', '入口側'],
      ['Z2', 'A列'],
      ['Z3', null],
    ]);
  });

  it('copies a plan only into an empty plan, and refuses deleting an assigned booth naming its holders', async () => {
    const refused = await t.http.post(`/api/fairs/${fairId}/booths/copy`).send({ fromFairId: fair2023 }).expect(409);
    expect(refused.body.code).toBe('PLAN_NOT_EMPTY');
    const venues = await t.http.get('/api/venues').expect(200);
    const empty = await t.http
      .post('/api/fairs')
      .send({ title: 'コピー先', slug: 'copy-2026', roomId: venues.body[0].rooms[0].id, days: [{ date: '2026-12-02', opens: '10:00', closes: '18:00' }] })
      .expect(201);
    const copied = await t.http.post(`/api/fairs/${empty.body.id}/booths/copy`).send({ fromFairId: fair2023 }).expect(200);
    expect(copied.body).toMatchObject({ sample: false });
    expect(copied.body.booths.map((b: { code: string }) => b.code)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2']);

    const small = await t.http
      .post('/api/venues')
      .send({ name: '小さな会場', address: '品川区', rooms: [{ name: '会議室', widthM: 9, depthM: 6 }] })
      .expect(201);
    const tiny = await t.http
      .post('/api/fairs')
      .send({ title: '小さな物産展', slug: 'tiny-2026', roomId: small.body.rooms[0].id, days: [{ date: '2026-12-03', opens: '10:00', closes: '18:00' }] })
      .expect(201);
    const tooBig = await t.http.post(`/api/fairs/${tiny.body.id}/booths/copy`).send({ fromFairId: fair2023 }).expect(400);
    expect(tooBig.body.details[0]).toMatchObject({ field: 'fromFairId', rule: 'insideRoom' });
    expect(tooBig.body.details[0].meta.codes).toContain('A6');
    expect(await boothCount(tiny.body.id)).toBe(0);

    const plan2023 = await t.http.get(`/api/fairs/${fair2023}/booths`).expect(200);
    const a1 = plan2023.body.booths.find((b: { code: string }) => b.code === 'A1');
    const inUse = await t.http.delete(`/api/fairs/${fair2023}/booths/${a1.id}`).expect(409);
    expect(inUse.body).toMatchObject({ code: 'BOOTH_IN_USE', details: [{ meta: { holders: [{ municipalityName: '宮古市' }] } }] });
  });
});
