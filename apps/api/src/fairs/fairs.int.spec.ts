import { startTestApp, type TestApp } from '../../test/test-app';

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
    expect(list.body).toEqual([expect.objectContaining({ slug: 'koryu-toshi-2023', firstDay: '2023-02-17', lastDay: '2023-02-21', venueName: 'イオンスタイル品川シーサイド', roomName: '地下1階催事場' })]);
    const fair = await t.http.get(`/api/fairs/${list.body[0].id}`).expect(200);
    expect(fair.body.days).toHaveLength(5);
    expect(fair.body.days[0]).toEqual({ date: '2023-02-17', opens: '10:00', closes: '20:00' });
    expect(fair.body.days[4]).toEqual({ date: '2023-02-21', opens: '10:00', closes: '18:00' });
    expect(fair.body).toMatchObject({ programme: '特別区全国連携プロジェクト', venue: { address: '東京都品川区東品川4-12-5' } });
  });

  it('creates a draft fair with its days', async () => {
    const res = await t.http.post('/api/fairs').send(valid()).expect(201);
    expect(res.body).toMatchObject({ status: 'draft', firstDay: '2024-02-16', lastDay: '2024-02-17' });
    const dup = await t.http.post('/api/fairs').send({ ...valid(), title: 'x' }).expect(409);
    expect(dup.body.details[0].field).toBe('slug');
  });

  it.each([
    [{ days: [{ date: '2025-02-16', opens: '20:00', closes: '10:00' }] }, 'days.0.closes'],
    [{ days: [{ date: '2025-02-16', opens: '10:00', closes: '18:00' }, { date: '2025-02-16', opens: '10:00', closes: '18:00' }] }, 'days.1.date'],
    [{ days: [{ date: '2025-02-30', opens: '10:00', closes: '18:00' }] }, 'days.0.date'],
    [{ days: [] }, 'days'],
    [{ slug: 'Not A Slug' }, 'slug'],
    [{ applicationsOpenAt: '2025-01-31T09:00:00+09:00', applicationsCloseAt: '2025-01-10T09:00:00+09:00' }, 'applicationsCloseAt'],
    [{ roomId: '7f000000-0000-4000-8000-000000000000' }, 'roomId'],
  ])('refuses %p naming %s and writes nothing', async (change, field) => {
    const before = await fairCount();
    const res = await t.http.post('/api/fairs').send({ ...valid(), slug: 'refused-fair', ...change }).expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await fairCount()).toBe(before);
  });

  it('keeps fairs to their host', async () => {
    const rep = await t.signIn('miyako@miyako.example', 'demo-sanma-festival');
    await rep.get('/api/fairs').expect(403);
  });
});
