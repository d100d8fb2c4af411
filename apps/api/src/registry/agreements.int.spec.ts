import { municipalityId, registryCounts, startTestApp, type TestApp } from '../../test/test-app';

describe('registry: agreements (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function agreementId(title: string): Promise<string> {
    const [row] = await t.db.query('SELECT id FROM agreements WHERE title = $1', [title]);
    return row.id;
  }

  it('lists agreements by kind with their party counts', async () => {
    const res = await t.http.get('/api/agreements').query({ kind: 'disaster_aid' }).expect(200);
    const byTitle = Object.fromEntries(res.body.map((a: { title: string; partyCount: number }) => [a.title, a.partyCount]));
    expect(byTitle['東海道五十三次市区町災害時相互援助協定']).toBe(20);
    expect(byTitle['龍馬の絆で結ぶ災害時相互応援協定']).toBe(7);
    expect(byTitle['宮古市との災害時相互援助協定']).toBe(1);
    expect(res.body.every((a: { kind: string }) => a.kind === 'disaster_aid')).toBe(true);
  });

  it('lists the agreements of one municipality', async () => {
    const id = await municipalityId(t, '山北町');
    const res = await t.http.get('/api/agreements').query({ municipalityId: id }).expect(200);
    expect(res.body.map((a: { title: string }) => a.title)).toEqual(['水と緑のふれあい交流協定', '山北町との災害時相互援助協定']);
  });

  it('shows all 20 parties of 東海道五十三次 in the order listed', async () => {
    const res = await t.http.get(`/api/agreements/${await agreementId('東海道五十三次市区町災害時相互援助協定')}`).expect(200);
    expect(res.body.parties).toHaveLength(20);
    expect(res.body.parties[0]).toMatchObject({ name: '大田区', prefecture: '東京都' });
    expect(res.body.parties[19]).toMatchObject({ name: '大津市', prefecture: '滋賀県' });
  });

  it('explains 龍馬の絆 and the agreement kinds', async () => {
    const ryoma = await t.http.get(`/api/agreements/${await agreementId('龍馬の絆で結ぶ災害時相互応援協定')}`).expect(200);
    expect(ryoma.body.explanation).toContain('龍馬伝サミット');
    const kinds = await t.http.get('/api/agreement-kinds').expect(200);
    expect(kinds.body.map((k: { kind: string }) => k.kind)).toEqual(['comprehensive', 'exchange', 'disaster_aid', 'cooperation', 'other']);
    expect(kinds.body.find((k: { kind: string }) => k.kind === 'disaster_aid')).toMatchObject({ label: '災害時相互援助協定' });
    expect(kinds.body.find((k: { kind: string }) => k.kind === 'disaster_aid').explanation).toContain('応急物資');
    const programmes = await t.http.get('/api/programmes').expect(200);
    expect(programmes.body).toEqual([expect.objectContaining({ name: '特別区全国連携プロジェクト', startedYear: 2014 })]);
  });

  it('lists prefectures in official order', async () => {
    const res = await t.http.get('/api/prefectures').expect(200);
    expect(res.body[0].name).toBe('北海道');
    expect(res.body[46].name).toBe('沖縄県');
  });

  it('creates an agreement with several parties and their activities, keeping the date as a day', async () => {
    const [a, b] = [await municipalityId(t, '成田市'), await municipalityId(t, '東金市')];
    const res = await t.http
      .post('/api/agreements')
      .send({
        kind: 'cooperation',
        title: '千葉連携協定',
        signedOn: '2023-02-17',
        parties: [{ municipalityId: a, activities: ['物産展'] }, { municipalityId: b }],
      })
      .expect(201);
    expect(res.body).toMatchObject({ signedOn: '2023-02-17', signedYear: 2023 });
    expect(res.body.parties.map((p: { name: string; activities: string[] }) => [p.name, p.activities])).toEqual([
      ['成田市', ['物産展']],
      ['東金市', []],
    ]);
    const narita = await t.http.get(`/api/municipalities/${a}`).expect(200);
    expect(narita.body.agreements).toEqual([expect.objectContaining({ title: '千葉連携協定', partyCount: 2, activities: ['物産展'] })]);
  });

  it.each([
    [{ kind: 'alliance' }, 'kind'],
    [{ title: '' }, 'title'],
    [{ parties: [] }, 'parties'],
    [{ parties: [{ municipalityId: 'x' }] }, 'parties.0.municipalityId'],
    [{ parties: 'all' }, 'parties'],
    [{ signedOn: '2023-02-30' }, 'signedOn'],
    [{ signedOn: '17/02/2023' }, 'signedOn'],
    [{ signedOn: '2023-02-17', signedYear: 2022 }, 'signedYear'],
    [{ signedYear: 1500 }, 'signedYear'],
    [{ secret: true }, 'secret'],
  ])('refuses %p naming %s and writes nothing', async (change, field) => {
    const party = await municipalityId(t, '宮古市');
    const before = await registryCounts(t.db);
    const res = await t.http
      .post('/api/agreements')
      .send({ kind: 'other', title: 'テスト', parties: [{ municipalityId: party }], ...change })
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await registryCounts(t.db)).toEqual(before);
  });

  it('refuses a party that does not exist, naming it, and writes nothing', async () => {
    const party = await municipalityId(t, '宮古市');
    const before = await registryCounts(t.db);
    const ghost = '7f000000-0000-4000-8000-000000000000';
    const res = await t.http
      .post('/api/agreements')
      .send({ kind: 'other', title: '幽霊協定', parties: [{ municipalityId: party }, { municipalityId: ghost }] })
      .expect(400);
    expect(res.body.code).toBe('UNKNOWN_MUNICIPALITY');
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'parties.1.municipalityId' })]);
    expect(await registryCounts(t.db)).toEqual(before);
  });

  it('refuses a party that is an array, not a party object, with 400 (it slipped past ValidateNested into a 500)', async () => {
    const before = await registryCounts(t.db);
    const res = await t.http
      .post('/api/agreements')
      .send({ kind: 'other', title: '配列協定', parties: [[]] })
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'parties', rule: 'isObject' })]);
    expect(await registryCounts(t.db)).toEqual(before);
  });

  it('refuses the same party twice', async () => {
    const party = await municipalityId(t, '宮古市');
    const res = await t.http
      .post('/api/agreements')
      .send({ kind: 'other', title: '重複', parties: [{ municipalityId: party }, { municipalityId: party }] })
      .expect(400);
    expect(res.body.details[0].field).toBe('parties.1.municipalityId');
  });

  it('updates the title and replaces parties; a bad update writes nothing', async () => {
    const id = await agreementId('品川区×高知県×坂井市 連携事業');
    const kochi = await municipalityId(t, '高知県');
    const ok = await t.http
      .patch(`/api/agreements/${id}`)
      .send({ title: '3自治体連携事業', parties: [{ municipalityId: kochi, activities: ['物産展'] }] })
      .expect(200);
    expect(ok.body).toMatchObject({ title: '3自治体連携事業', parties: [expect.objectContaining({ name: '高知県', activities: ['物産展'] })] });
    await t.http
      .patch(`/api/agreements/${id}`)
      .send({ parties: [{ municipalityId: '7f000000-0000-4000-8000-000000000000' }] })
      .expect(400);
    const after = await t.http.get(`/api/agreements/${id}`).expect(200);
    expect(after.body.parties.map((p: { name: string }) => p.name)).toEqual(['高知県']);
  });

  it('deletes an agreement, after which its only party can be deleted', async () => {
    const id = await agreementId('富岡町との災害時相互援助協定');
    const tomioka = await municipalityId(t, '富岡町');
    await t.http.delete(`/api/municipalities/${tomioka}`).expect(409);
    await t.http.delete(`/api/agreements/${id}`).expect(204);
    await t.http.get(`/api/agreements/${id}`).expect(404);
    await t.http.delete(`/api/municipalities/${tomioka}`).expect(204);
  });

  it('answers 404 with the agreement code for unknown ids', async () => {
    const res = await t.http.get('/api/agreements/00000000-0000-0000-0000-000000000000').expect(404);
    expect(res.body.code).toBe('AGREEMENT_NOT_FOUND');
  });
});
