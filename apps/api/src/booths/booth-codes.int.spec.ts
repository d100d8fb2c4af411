import { startTestApp, type TestApp } from '../../test/test-app';

const MIGRATION = 'BoothCodesNormalised1797100000100';

/** Booth codes typed with the IME on are one code with the ASCII ones (real PostgreSQL). */
describe('booth codes, normalised', () => {
  let t: TestApp;
  let fairId: string;
  let hostId: string;
  const booth = (code: string, x: number) => ({
    code,
    x,
    y: 1,
    width: 2,
    depth: 2,
    powerWatts: 0,
    fridge: false,
    freezer: false,
    water: false,
    cookingAllowed: false,
    tags: [],
  });
  const codes = async () => (await t.db.query('SELECT code FROM booths WHERE fair_id = $1 ORDER BY code', [fairId])).map((r: { code: string }) => r.code);

  beforeAll(async () => {
    t = await startTestApp();
    const venues = await t.http.get('/api/venues').expect(200);
    const created = await t.http
      .post('/api/fairs')
      .send({
        title: 'コード表記テスト',
        slug: 'codes-2026',
        roomId: venues.body[0].rooms[0].id,
        days: [{ date: '2026-12-01', opens: '10:00', closes: '18:00' }],
      })
      .expect(201);
    fairId = created.body.id;
    hostId = (await t.db.query('SELECT host_id FROM fairs WHERE id = $1', [fairId]))[0].host_id;
  });
  afterAll(() => t.close());

  it('stores Ａ１ as A1 and refuses ａ１ and a1 beside it with 409, writing nothing', async () => {
    const saved = await t.http.post(`/api/fairs/${fairId}/booths`).send(booth('Ａ１', 1)).expect(201);
    expect(saved.body.code).toBe('A1');
    for (const code of ['A1', 'a1', 'ａ１', ' Ａ1 ']) {
      const dup = await t.http.post(`/api/fairs/${fairId}/booths`).send(booth(code, 10)).expect(409);
      expect(dup.body).toMatchObject({ code: 'DUPLICATE_BOOTH_CODE', details: [{ field: 'code' }] });
    }
    const moved = await t.http.post(`/api/fairs/${fairId}/booths`).send(booth('ｂ－１２', 10)).expect(201);
    expect(moved.body.code).toBe('B-12');
    expect(await codes()).toEqual(['A1', 'B-12']);
  });

  it('the migration upper-cases old codes; of two that meet, the later booth gets the next free suffix, in the audit log', async () => {
    await t.db.query('DELETE FROM booths WHERE fair_id = $1', [fairId]);
    // As booths could be saved before: lower case allowed, so a1 and A1 were two booths.
    const insert = async (code: string, x: number, minutesAgo: number) =>
      (
        await t.db.query(
          `INSERT INTO booths (fair_id, code, x, y, width, depth, created_at) VALUES ($1, $2, $3, 1, 1, 1, now() - make_interval(mins => $4)) RETURNING id`,
          [fairId, code, x, minutesAgo],
        )
      )[0].id as string;
    const first = await insert('a1', 1, 30);
    const second = await insert('A1', 3, 20);
    const third = await insert('a1-2'.toUpperCase(), 5, 25); // holds A1-2 already
    const fourth = await insert('abcdefghij', 7, 10);
    const fifth = await insert('ABCDEFGHIJ', 9, 40);
    const kept = await insert('C3', 11, 5);
    const applied = async () => (await t.db.query('SELECT name FROM migrations WHERE name = $1', [MIGRATION])).length > 0;
    while (await applied()) await t.db.undoLastMigration({ transaction: 'each' });
    await t.db.runMigrations({ transaction: 'each' });

    const codeOf = async (id: string) => (await t.db.query('SELECT code FROM booths WHERE id = $1', [id]))[0].code;
    expect(await codeOf(first)).toBe('A1');
    expect(await codeOf(second)).toBe('A1-3');
    expect(await codeOf(third)).toBe('A1-2');
    expect(await codeOf(fifth)).toBe('ABCDEFGHIJ');
    expect(await codeOf(fourth)).toBe('ABCDEFGH-2');
    expect(await codeOf(kept)).toBe('C3');
    const audit = await t.db.query(`SELECT host_id, entity_id, changes FROM audit_log WHERE request_id = $1 ORDER BY changes->'code'->>'after'`, [
      `migration:${MIGRATION}`,
    ]);
    expect(audit).toEqual([
      { host_id: hostId, entity_id: first, changes: { code: { before: 'a1', after: 'A1' } } },
      { host_id: hostId, entity_id: second, changes: { code: { before: 'A1', after: 'A1-3' } } },
      { host_id: hostId, entity_id: fourth, changes: { code: { before: 'abcdefghij', after: 'ABCDEFGH-2' } } },
    ]);
  });
});
