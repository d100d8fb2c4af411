import { registryCounts, municipalityId, startTestApp, type TestApp } from '../../test/test-app';

const valid = { name: '十勝町', reading: 'とかちちょう', nameEn: 'Tokachi', prefectureCode: 1, kind: 'town', population: 1200, areaKm2: 123.45 };

describe('registry: municipalities (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('GET /api/municipalities', () => {
    it.each(['みやこ', 'ミヤコ', 'ﾐﾔｺ', '宮古', 'miyako', 'ＭＩＹＡＫＯ'])('finds 宮古市 by %s', async (q) => {
      const res = await t.http.get('/api/municipalities').query({ q }).expect(200);
      expect(res.body.items.map((m: { name: string }) => m.name)).toEqual(['宮古市']);
    });

    it('treats % and _ in the search as plain characters', async () => {
      const res = await t.http.get('/api/municipalities').query({ q: '%' }).expect(200);
      expect(res.body.total).toBe(0);
    });

    it('filters by prefecture and agreement kind', async () => {
      const chiba = await t.http.get('/api/municipalities').query({ prefectureCode: 12, pageSize: 100 }).expect(200);
      expect(chiba.body.items.map((m: { name: string }) => m.name).sort()).toEqual(['大多喜町', '成田市', '東金市', '長柄町'].sort());
      const exchange = await t.http.get('/api/municipalities').query({ agreementKind: 'exchange' }).expect(200);
      // In kana order: はやかわちょう before やまきたまち.
      expect(exchange.body.items.map((m: { name: string }) => m.name)).toEqual(['早川町', '山北町']);
    });

    it('sorts by population, area and year signed, unknowns last', async () => {
      const pop = await t.http.get('/api/municipalities').query({ sort: '-population', pageSize: 3 }).expect(200);
      expect(pop.body.items.map((m: { name: string }) => m.name)).toEqual(['高知県', '飯田市', '坂井市']);
      const area = await t.http.get('/api/municipalities').query({ sort: 'area', pageSize: 2 }).expect(200);
      expect(area.body.items.map((m: { name: string }) => m.name)).toEqual(['長柄町', '富岡町']);
      const year = await t.http.get('/api/municipalities').query({ sort: 'year', pageSize: 2 }).expect(200);
      expect(year.body.items.map((m: { name: string; firstAgreementYear: number }) => [m.name, m.firstAgreementYear])).toEqual([
        ['山北町', 1988],
        ['早川町', 1990],
      ]);
    });

    it('sorts names by kana reading and pages without overlap', async () => {
      const first = await t.http.get('/api/municipalities').query({ pageSize: 5, page: 1 }).expect(200);
      const second = await t.http.get('/api/municipalities').query({ pageSize: 5, page: 2 }).expect(200);
      expect(first.body.total).toBe(42);
      const readings = [...first.body.items, ...second.body.items].map((m: { reading: string }) => m.reading);
      expect(readings).toEqual([...readings].sort());
      expect(new Set(readings).size).toBe(10);
      expect(readings[0]).toBe('いいだし');
    });

    it.each([
      [{ sort: 'name; DROP TABLE municipalities' }, 'sort'],
      [{ page: '0' }, 'page'],
      [{ pageSize: '1000' }, 'pageSize'],
      [{ prefectureCode: '48' }, 'prefectureCode'],
      [{ agreementKind: 'alliance' }, 'agreementKind'],
      [{ unknown: '1' }, 'unknown'],
    ])('rejects the query %p naming %s', async (query, field) => {
      const res = await t.http.get('/api/municipalities').query(query).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });
  });

  describe('GET /api/municipalities/:id', () => {
    it('shows 宮古市 with its agreement and activities', async () => {
      const id = await municipalityId(t, '宮古市');
      const res = await t.http.get(`/api/municipalities/${id}`).expect(200);
      expect(res.body).toMatchObject({ name: '宮古市', prefecture: '岩手県', population: 44905, areaKm2: 1259.89, firstAgreementYear: 2002 });
      expect(res.body.agreements).toEqual([
        expect.objectContaining({ kind: 'disaster_aid', signedYear: 2002, partyCount: 1, activities: ['区内イベントへの参加 (目黒のさんま祭り)', '親子体験交流事業'] }),
      ]);
    });

    it('lists a party of the 20-party agreement', async () => {
      const id = await municipalityId(t, '大津市');
      const res = await t.http.get(`/api/municipalities/${id}`).expect(200);
      expect(res.body.agreements).toEqual([expect.objectContaining({ title: '東海道五十三次市区町災害時相互援助協定', partyCount: 20 })]);
    });

    it.each(['00000000-0000-0000-0000-000000000000', 'not-a-uuid', "1' OR '1'='1"])('answers 404 for %s', async (id) => {
      const res = await t.http.get(`/api/municipalities/${encodeURIComponent(id)}`).expect(404);
      expect(res.body.code).toBe('MUNICIPALITY_NOT_FOUND');
    });
  });

  describe('POST /api/municipalities', () => {
    it('creates a municipality that search then finds', async () => {
      const res = await t.http.post('/api/municipalities').send({ ...valid, localGovernmentCode: '016373' }).expect(201);
      expect(res.body).toMatchObject({ name: '十勝町', prefecture: '北海道', areaKm2: 123.45, agreements: [] });
      const found = await t.http.get('/api/municipalities').query({ q: 'トカチ' }).expect(200);
      expect(found.body.items.map((m: { id: string }) => m.id)).toEqual([res.body.id]);
    });

    it.each([
      [{ population: -1 }, 'population'],
      [{ areaKm2: 'abc' }, 'areaKm2'],
      [{ kind: 'metropolis' }, 'kind'],
      [{ name: 'x'.repeat(1_000_000) }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ reading: 'Tokachi' }, 'reading'],
      [{ prefectureCode: 0 }, 'prefectureCode'],
      [{ localGovernmentCode: '131092' }, 'localGovernmentCode'],
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ population: 1.5 }, 'population'],
      [{ mayor: '誰か' }, 'mayor'],
    ])('refuses %#: %s and writes nothing', async (change, field) => {
      const before = await registryCounts(t.db);
      const res = await t.http.post('/api/municipalities').send({ ...valid, name: '検証町', ...change }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(res.body.details.every((d: { message: string }) => typeof d.message === 'string')).toBe(true);
      expect(await registryCounts(t.db)).toEqual(before);
    });

    it('refuses a body that is not JSON, or too large, with a JSON error', async () => {
      const bad = await t.http.post('/api/municipalities').set('content-type', 'application/json').send('{"name": ').expect(400);
      expect(bad.body.code).toBe('INVALID_JSON');
      const huge = await t.http.post('/api/municipalities').send({ ...valid, notes: 'x'.repeat(3_000_000) }).expect(413);
      expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('refuses a local government code that is already registered, naming the field', async () => {
      await t.http.post('/api/municipalities').send({ ...valid, name: '符号町', localGovernmentCode: '032026' }).expect(201);
      const res = await t.http.post('/api/municipalities').send({ ...valid, name: '別の町', localGovernmentCode: '032026' }).expect(409);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'localGovernmentCode', rule: 'unique' })]);
    });

    it('refuses a second 宮古市 in 岩手県 with 409', async () => {
      const res = await t.http.post('/api/municipalities').send({ ...valid, name: '宮古市', reading: 'みやこし', prefectureCode: 3 }).expect(409);
      expect(res.body.code).toBe('DUPLICATE_MUNICIPALITY');
      expect(res.body.details[0].field).toBe('name');
    });
  });

  describe('PATCH /api/municipalities/:id', () => {
    it('changes only what is sent and keeps search in step', async () => {
      const id = await municipalityId(t, '富岡町');
      const res = await t.http.patch(`/api/municipalities/${id}`).send({ nameEn: 'Tomioka Town', population: 11000 }).expect(200);
      expect(res.body).toMatchObject({ name: '富岡町', nameEn: 'Tomioka Town', population: 11000, areaKm2: 68.39 });
      const found = await t.http.get('/api/municipalities').query({ q: 'tomiokatown' }).expect(200);
      expect(found.body.total).toBe(1);
    });

    it('refuses to blank a required field and writes nothing', async () => {
      const id = await municipalityId(t, '早川町');
      const res = await t.http.patch(`/api/municipalities/${id}`).send({ name: null, population: 900 }).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('name');
      const after = await t.http.get(`/api/municipalities/${id}`).expect(200);
      expect(after.body).toMatchObject({ name: '早川町', population: 818 });
    });

    it('answers 404 for an unknown id', async () => {
      await t.http.patch('/api/municipalities/00000000-0000-0000-0000-000000000000').send({ population: 1 }).expect(404);
    });
  });

  describe('DELETE /api/municipalities/:id', () => {
    it('refuses to delete a party, naming the agreement', async () => {
      const id = await municipalityId(t, '山北町');
      const before = await registryCounts(t.db);
      const res = await t.http.delete(`/api/municipalities/${id}`).expect(409);
      expect(res.body.code).toBe('MUNICIPALITY_IS_PARTY');
      expect(res.body.message).toContain('水と緑のふれあい交流協定');
      expect(res.body.details[0].meta.agreements.map((a: { title: string }) => a.title)).toEqual(
        expect.arrayContaining(['水と緑のふれあい交流協定', '山北町との災害時相互援助協定']),
      );
      expect(await registryCounts(t.db)).toEqual(before);
    });

    it('refuses to delete a municipality that applied to a fair, and writes nothing', async () => {
      const id = await municipalityId(t, '成田市');
      const res = await t.http.delete(`/api/municipalities/${id}`).expect(409);
      expect(res.body.details[0]).toMatchObject({ rule: 'hasApplications', meta: { applications: 1 } });
      await t.http.get(`/api/municipalities/${id}`).expect(200);
    });

    it('deletes a municipality that is party to nothing', async () => {
      await t.db.query(`DELETE FROM applications WHERE municipality_id = (SELECT id FROM municipalities WHERE name = '成田市')`);
      const id = await municipalityId(t, '成田市');
      await t.http.delete(`/api/municipalities/${id}`).expect(204);
      await t.http.get(`/api/municipalities/${id}`).expect(404);
      await t.http.delete(`/api/municipalities/${id}`).expect(404);
    });
  });
});
