import { startTestApp, type TestApp } from '../../../test/test-app';
import { importOfficialList } from './official-list.importer';

// The registry with the official list, as `npm start` builds it: the demo seed, then the list.
describe('registry: the official list of local governments (real PostgreSQL)', () => {
  let t: TestApp;
  const row = async (where: string, params: unknown[]) =>
    (await t.db.query(
      `SELECT name, reading, name_en AS "nameEn", kind, prefecture_code AS "prefectureCode", local_government_code AS code,
                              listed, population, area_km2::float8 AS "areaKm2", notes FROM municipalities WHERE ${where}`,
      params,
    )) as Record<string, unknown>[];

  beforeAll(async () => {
    t = await startTestApp({ officialList: true });
  });
  afterAll(() => t.close());

  it('holds the 47 prefectures and every municipality: 1,700+ rows', async () => {
    const [{ total, listed, prefectures, wards }] = await t.db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE listed)::int AS listed,
              count(*) FILTER (WHERE kind = 'prefecture' AND listed)::int AS prefectures,
              count(*) FILTER (WHERE kind = 'special_ward' AND listed)::int AS wards FROM municipalities`,
    );
    // 1,747 municipalities less the six northern-territory villages, and the 47 prefectures.
    expect(listed).toBe(1741 + 47);
    expect(total).toBeGreaterThanOrEqual(1700);
    expect(prefectures).toBe(47);
    expect(wards).toBe(23);
    const res = await t.http.get('/api/municipalities').expect(200);
    expect(res.body.total).toBe(total);
  });

  it('has 宮古市 with its code and reading, and keeps the seed figures on the matched row', async () => {
    expect(await row('name = $1', ['宮古市'])).toEqual([
      expect.objectContaining({ code: '032026', reading: 'みやこし', kind: 'city', prefectureCode: 3, listed: true, population: 44905, nameEn: 'Miyako' }),
    ]);
    // One row per seed municipality: matched, not duplicated.
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM municipalities WHERE name = '宮古市'`);
    expect(count).toBe(1);
    const [kochi] = await row('name = $1', ['高知県']);
    expect(kochi).toMatchObject({ code: '390003', kind: 'prefecture', listed: true });
    expect(kochi['population']).not.toBeNull();
  });

  it('gives every seed municipality its code', async () => {
    const unlisted = await row('NOT listed', []);
    expect(unlisted).toEqual([]);
  });

  it('tells same-named municipalities apart by code: 北海道 泊村, 府中市 in two prefectures', async () => {
    expect(await row('name = $1 ORDER BY local_government_code', ['泊村'])).toEqual([
      expect.objectContaining({ code: '014036', prefectureCode: 1, kind: 'village' }),
    ]);
    expect((await row('name = $1 ORDER BY local_government_code', ['府中市'])).map((r) => [r['prefectureCode'], r['code']])).toEqual([
      [13, '132063'],
      [34, '342084'],
    ]);
  });

  it('leaves out designated cities’ wards and the northern-territory villages', async () => {
    expect(await row(`name = '中央区' AND prefecture_code <> 13`, [])).toEqual([]);
    expect(await row(`name LIKE '札幌市%' OR local_government_code = '011011'`, [])).toEqual([expect.objectContaining({ name: '札幌市', code: '011002' })]);
    expect(
      await row(
        `local_government_code IN ('016951', '016969', '016977', '016985', '016993', '017001') OR name IN ('色丹村', '留夜別村', '留別村', '紗那村', '蘂取村')`,
        [],
      ),
    ).toEqual([]);
    // The real towns just before them stay.
    expect(await row(`local_government_code = '016942'`, [])).toEqual([expect.objectContaining({ name: '羅臼町' })]);
  });

  it('pages the whole list in kana order, and narrows it to the host’s agreement parties', async () => {
    const first = await t.http.get('/api/municipalities').query({ pageSize: 5 }).expect(200);
    const second = await t.http.get('/api/municipalities').query({ pageSize: 5, page: 2 }).expect(200);
    const readings = [...first.body.items, ...second.body.items].map((m: { reading: string }) => m.reading);
    expect(readings).toEqual([...readings].sort());
    expect(new Set(readings).size).toBe(10);
    const partners = await t.http.get('/api/municipalities').query({ partners: 'true', pageSize: 100 }).expect(200);
    expect(partners.body.total).toBeLessThan(100);
    expect(partners.body.items.every((m: { agreementKinds: string[] }) => m.agreementKinds.length > 0)).toBe(true);
    expect(partners.body.items.map((m: { name: string }) => m.name)).toContain('宮古市');
    const [{ n }] = await t.db.query(`SELECT count(DISTINCT p.municipality_id)::int AS n FROM agreement_parties p`);
    expect(partners.body.total).toBe(n);
  });

  it('changes nothing when imported again: same rows, same updated_at, no history', async () => {
    const snapshot = () => t.db.query(`SELECT id, local_government_code, name, reading, kind, listed, search_text, updated_at FROM municipalities ORDER BY id`);
    const before = await snapshot();
    const result = await importOfficialList(t.db);
    expect(result).toEqual({ inserted: 0, updated: 0, matched: 0, unlisted: 0, skipped: [] });
    expect(await snapshot()).toEqual(before);
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM municipality_changes');
    expect(count).toBe(0);
  });

  it('matches a row a host created before the list knew it, by prefecture and name', async () => {
    const created = await t.http
      .post('/api/municipalities')
      .send({ name: '新十勝村', reading: 'しんとかちむら', nameEn: 'Shin-Tokachi', prefectureCode: 1, kind: 'village', population: 900 })
      .expect(201);
    const entry = { code: '019992', name: '新十勝村', reading: 'しんとかちむら', prefectureCode: 1, kind: 'village' as const };
    const { officialList } = await import('./official-list.importer');
    const result = await importOfficialList(t.db, [...officialList(), entry]);
    expect(result).toMatchObject({ inserted: 0, matched: 1, updated: 1, unlisted: 0, skipped: [] });
    const [matched] = await t.db.query(
      `SELECT id, local_government_code AS code, listed, population, search_text AS "searchText" FROM municipalities WHERE name = '新十勝村'`,
    );
    expect(matched).toMatchObject({ id: created.body.id, code: '019992', listed: true, population: 900 });
    expect(matched.searchText).toContain('shin-tokachi');
    // Dropped from the list again (merged, say): it stays, no longer listed, with its code and figures.
    expect(await importOfficialList(t.db)).toMatchObject({ inserted: 0, unlisted: 1 });
    expect(await row('name = $1', ['新十勝村'])).toEqual([expect.objectContaining({ code: '019992', listed: false, population: 900 })]);
  });
});
