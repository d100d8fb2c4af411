import { applicationInput, FAIR_2027_DAYS, openFair } from '../../test/fair-fixtures';
import { DEMO, startTestApp, type TestApp } from '../../test/test-app';

describe('fairs (real PostgreSQL)', () => {
  let t: TestApp;
  let roomId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const venues = await t.http.get('/api/venues').expect(200);
    roomId = venues.body[0].rooms[0].id;
  });
  afterAll(() => t.close());

  const fairCount = async () => (await t.db.query('SELECT count(*)::int AS n FROM fairs'))[0].n;
  const valid = () => ({
    title: '交流都市地方物産展 2024',
    slug: 'koryu-toshi-2024',
    roomId,
    days: [
      { date: '2024-02-16', opens: '10:00', closes: '20:00' },
      { date: '2024-02-17', opens: '10:00', closes: '18:00' },
    ],
  });

  it('has the seeded 2023 fair: five days, 10:00–20:00, the 21st until 18:00', async () => {
    const list = await t.http.get('/api/fairs').expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        slug: 'koryu-toshi-2023',
        firstDay: '2023-02-17',
        lastDay: '2023-02-21',
        venueName: 'イオンスタイル品川シーサイド',
        roomName: '地下1階催事場',
      }),
    ]);
    const fair = await t.http.get(`/api/fairs/${list.body[0].id}`).expect(200);
    expect(fair.body.days).toHaveLength(5);
    expect(fair.body.days[0]).toEqual({ date: '2023-02-17', opens: '10:00', closes: '20:00', holiday: null });
    expect(fair.body.days[4]).toEqual({ date: '2023-02-21', opens: '10:00', closes: '18:00', holiday: null });
    expect(fair.body.room).toEqual({ id: expect.any(String), name: '地下1階催事場', widthM: 30, depthM: 20 });
    expect(fair.body).toMatchObject({ programme: '特別区全国連携プロジェクト', venue: { address: '東京都品川区東品川4-12-5' } });
  });

  it('creates a draft fair with its days', async () => {
    const res = await t.http.post('/api/fairs').send(valid()).expect(201);
    expect(res.body).toMatchObject({ status: 'draft', firstDay: '2024-02-16', lastDay: '2024-02-17' });
    const dup = await t.http
      .post('/api/fairs')
      .send({ ...valid(), title: 'x' })
      .expect(409);
    expect(dup.body.details[0].field).toBe('slug');
  });

  it.each([
    [{ days: [{ date: '2025-02-16', opens: '20:00', closes: '10:00' }] }, 'days.0.closes'],
    [
      {
        days: [
          { date: '2025-02-16', opens: '10:00', closes: '18:00' },
          { date: '2025-02-16', opens: '10:00', closes: '18:00' },
        ],
      },
      'days.1.date',
    ],
    [{ days: [{ date: '2025-02-30', opens: '10:00', closes: '18:00' }] }, 'days.0.date'],
    [{ days: [] }, 'days'],
    [{ slug: 'Not A Slug' }, 'slug'],
    [{ applicationsOpenAt: '2025-01-31T09:00:00+09:00', applicationsCloseAt: '2025-01-10T09:00:00+09:00' }, 'applicationsCloseAt'],
    [{ roomId: '7f000000-0000-4000-8000-000000000000' }, 'roomId'],
  ])('refuses %p naming %s and writes nothing', async (change, field) => {
    const before = await fairCount();
    const res = await t.http
      .post('/api/fairs')
      .send({ ...valid(), slug: 'refused-fair', ...change })
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await fairCount()).toBe(before);
  });

  it('keeps fairs to their host', async () => {
    const rep = await t.signIn('miyako@miyako.example', 'demo-sanma-festival');
    await rep.get('/api/fairs').expect(403);
  });

  it('marks Japanese national holidays on fair days', async () => {
    const res = await t.http
      .post('/api/fairs')
      .send({ ...valid(), slug: 'holiday-2023', days: [{ date: '2023-02-23', opens: '10:00', closes: '18:00' }] })
      .expect(201);
    expect(res.body.days[0].holiday).toEqual({ name: '天皇誕生日', nameEn: "Emperor's Birthday" });
  });

  it('edits a fair and its days, but not away from a day an application attends', async () => {
    const fair = await openFair(t, 'edit-2027');
    const miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    await miyako
      .post(`/api/my/fairs/${fair.id}/application`)
      .send(applicationInput([FAIR_2027_DAYS[4].date]))
      .expect(201);
    const base = { title: '交流都市地方物産展 2027', slug: 'edit-2027', roomId };

    const shorter = await t.http
      .put(`/api/fairs/${fair.id}`)
      .send({ ...base, days: FAIR_2027_DAYS.slice(0, 4) })
      .expect(409);
    expect(shorter.body).toMatchObject({ code: 'FAIR_DAY_IN_USE', details: [{ field: 'days', meta: { days: ['2027-02-23'] } }] });

    const changed = FAIR_2027_DAYS.slice(1).map((d) => ({ ...d, opens: '09:30' }));
    const res = await t.http
      .put(`/api/fairs/${fair.id}`)
      .send({ ...base, titleEn: 'Fair 2027', days: changed })
      .expect(200);
    expect(res.body).toMatchObject({ title: '交流都市地方物産展 2027', titleEn: 'Fair 2027', status: 'accepting', firstDay: '2027-02-20' });
    expect(res.body.days.every((d: { opens: string }) => d.opens === '09:30')).toBe(true);
    await t.http
      .put(`/api/fairs/${fair.id}`)
      .send({ ...base, slug: 'koryu-toshi-2023', days: changed })
      .expect(409);
  });

  it('moves through the statuses only as allowed, and deletes only drafts', async () => {
    const draft = await t.http
      .post('/api/fairs')
      .send({ ...valid(), slug: 'status-2025' })
      .expect(201);
    const to = (status: string) => t.http.post(`/api/fairs/${draft.body.id}/status`).send({ status });
    const refused = await to('closed').expect(409);
    expect(refused.body).toMatchObject({
      code: 'FAIR_STATUS_TRANSITION',
      details: [{ field: 'status', meta: { from: 'draft', to: 'closed', allowed: ['accepting', 'archived'] } }],
    });
    // Publishing is not a status any more (visibility is its own state).
    await to('published').expect(400);
    await to('accepting').expect(200);
    await to('closed').expect(200);
    await to('accepting').expect(200);
    expect((await to('closed').expect(200)).body).toMatchObject({ status: 'closed', visible: false, releasedVersion: null });
    await t.http.delete(`/api/fairs/${draft.body.id}`).expect(409);
    await to('archived').expect(200);
    await to('draft').expect(409);
    await to('nonsense').expect(400);

    const other = await t.http
      .post('/api/fairs')
      .send({ ...valid(), slug: 'deleted-2025' })
      .expect(201);
    await t.http.delete(`/api/fairs/${other.body.id}`).expect(204);
    await t.http.get(`/api/fairs/${other.body.id}`).expect(404);
  });

  it('creates and edits venues with rooms', async () => {
    const created = await t.http
      .post('/api/venues')
      .send({ name: '品川区立総合区民会館', address: '東京都品川区東大井5-18-1', rooms: [{ name: '展示ホール', widthM: 40, depthM: 25 }] })
      .expect(201);
    expect(created.body.rooms).toEqual([{ id: expect.any(String), name: '展示ホール', widthM: 40, depthM: 25 }]);
    const room = created.body.rooms[0];
    const edited = await t.http
      .put(`/api/venues/${created.body.id}`)
      .send({
        name: 'きゅりあん',
        address: '東京都品川区東大井5-18-1',
        rooms: [
          { ...room, widthM: 42.5 },
          { name: '小ホール', widthM: 15, depthM: 10 },
        ],
      })
      .expect(200);
    expect(edited.body.name).toBe('きゅりあん');
    expect(edited.body.rooms.map((r: { name: string; widthM: number }) => [r.name, r.widthM])).toEqual([
      ['小ホール', 15],
      ['展示ホール', 42.5],
    ]);
    const bad = await t.http
      .post('/api/venues')
      .send({ name: 'x', address: 'y', rooms: [{ name: 'z', widthM: -1, depthM: 10 }] })
      .expect(400);
    expect(bad.body.details[0].field).toBe('rooms.0.widthM');
    await t.http
      .post('/api/venues')
      .send({ name: 'きゅりあん', address: 'y', rooms: [{ name: 'z', widthM: 1, depthM: 1 }] })
      .expect(409);
  });

  it('keeps a venue address in parts: the postal code as typed, the prefecture from the list', async () => {
    const created = await t.http
      .post('/api/venues')
      .send({
        name: '郵便番号の会場',
        postalCode: '１４０ー００１１',
        prefecture: '東京都',
        city: ' 品川区 ',
        address: '東大井5-18-1',
        rooms: [{ name: 'A', widthM: 10, depthM: 10 }],
      })
      .expect(201);
    expect(created.body).toMatchObject({ postalCode: '140-0011', prefecture: '東京都', city: '品川区', address: '東大井5-18-1' });
    const bad = await t.http
      .post('/api/venues')
      .send({ name: '誤り', postalCode: '140-001', prefecture: '東京', address: 'x', rooms: [{ name: 'A', widthM: 10, depthM: 10 }] })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['postalCode', 'prefecture']);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM venues WHERE name = '誤り'`))[0].n).toBe(0);
    // Saved before the parts existed: the whole address, the parts empty.
    const old = (await t.http.get('/api/venues').expect(200)).body.find(
      (v: { name: string; postalCode: string | null }) => v.name !== '郵便番号の会場' && v.postalCode === null,
    );
    expect(old).toMatchObject({ prefecture: null, city: null, address: expect.any(String) });
  });

  it('looks up a postal code in the data shipped with the server', async () => {
    expect((await t.http.get('/api/postal-codes/1400011').expect(200)).body).toEqual({
      postalCode: '140-0011',
      places: [{ prefecture: '東京都', prefectureCode: 13, city: '品川区', town: '東大井' }],
    });
    expect((await t.http.get(`/api/postal-codes/${encodeURIComponent('０２７－０００１')}`).expect(200)).body.places[0]).toMatchObject({
      prefecture: '岩手県',
      city: '宮古市',
    });
    expect((await t.http.get('/api/postal-codes/498-0000').expect(200)).body.places.map((p: { prefecture: string }) => p.prefecture)).toEqual([
      '愛知県',
      '三重県',
    ]);
    const unknown = await t.http.get('/api/postal-codes/999-9999').expect(404);
    expect(unknown.body.code).toBe('POSTAL_CODE_NOT_FOUND');
    const malformed = await t.http.get('/api/postal-codes/abc').expect(400);
    expect(malformed.body.details).toEqual([expect.objectContaining({ field: 'code', rule: 'matches' })]);
  });
});
