import { addMember, registryCounts, municipalityId, startTestApp, type TestApp } from '../../test/test-app';

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
        expect.objectContaining({
          kind: 'disaster_aid',
          signedYear: 2002,
          partyCount: 1,
          activities: ['区内イベントへの参加 (目黒のさんま祭り)', '親子体験交流事業'],
        }),
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
      const res = await t.http
        .post('/api/municipalities')
        .send({ ...valid, localGovernmentCode: '016373' })
        .expect(201);
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
      // Nest strips these three before validating and class-transformer skips Object.prototype's names:
      // once silently ignored, now named like any other unknown field.
      [JSON.parse('{"__proto__":{"admin":true}}'), '__proto__'],
      [{ constructor: 1 }, 'constructor'],
      [{ prototype: 1 }, 'prototype'],
      [{ toString: 'x' }, 'toString'],
    ])('refuses %#: %s and writes nothing', async (change, field) => {
      const before = await registryCounts(t.db);
      const res = await t.http
        .post('/api/municipalities')
        .send({ ...valid, name: '検証町', ...change })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(res.body.details.every((d: { message: string }) => typeof d.message === 'string')).toBe(true);
      expect(await registryCounts(t.db)).toEqual(before);
    });

    it('refuses text PostgreSQL cannot store (NUL, a lone surrogate) with 400 naming each field, not a 500', async () => {
      const before = await registryCounts(t.db);
      const res = await t.http
        .post('/api/municipalities')
        .send({ ...valid, name: '検証\u0000町', notes: 'a\ud800b' })
        .expect(400);
      expect(res.body.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'name', rule: 'noNulCharacter' }),
          expect.objectContaining({ field: 'notes', rule: 'wellFormedUnicode' }),
        ]),
      );
      expect(await registryCounts(t.db)).toEqual(before);
      const search = await t.http.get('/api/municipalities').query({ q: '宮古\u0000' }).expect(400);
      expect(search.body.details).toEqual([expect.objectContaining({ field: 'q', rule: 'noNulCharacter' })]);
    });

    it('refuses an area written in exponent notation with 400, not a 500 (class-validator could not count its decimals)', async () => {
      const res = await t.http
        .post('/api/municipalities')
        .set('content-type', 'application/json')
        .send(JSON.stringify({ ...valid, name: '指数町' }).replace('123.45', '1e-7'))
        .expect(400);
      expect(res.body.details).toContainEqual(expect.objectContaining({ field: 'areaKm2', rule: 'isNumber' }));
    });

    it('refuses a body nested 100 000 deep with 400, not a stack overflow', async () => {
      const res = await t.http
        .post('/api/municipalities')
        .set('content-type', 'application/json')
        .send(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)
        .expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: '', rule: 'maxDepth' }] });
    });

    it('refuses a body that is not JSON, or too large, with a JSON error', async () => {
      const bad = await t.http.post('/api/municipalities').set('content-type', 'application/json').send('{"name": ').expect(400);
      expect(bad.body.code).toBe('INVALID_JSON');
      const huge = await t.http
        .post('/api/municipalities')
        .send({ ...valid, notes: 'x'.repeat(3_000_000) })
        .expect(413);
      expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('refuses a write whose body is not JSON with 415 instead of reading it as empty, and changes nothing', async () => {
      const [row] = await t.db.query(`SELECT id, name FROM municipalities ORDER BY name LIMIT 1`);
      const res = await t.http.patch(`/api/municipalities/${row.id}`).set('content-type', 'text/plain').send('name=別の名前').expect(415);
      expect(res.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', details: [{ field: '', rule: 'contentType' }] });
      const [after] = await t.db.query(`SELECT name FROM municipalities WHERE id = $1`, [row.id]);
      expect(after.name).toBe(row.name);
    });

    it('refuses a local government code that is already registered, naming the field', async () => {
      await t.http
        .post('/api/municipalities')
        .send({ ...valid, name: '符号町', localGovernmentCode: '032026' })
        .expect(201);
      const res = await t.http
        .post('/api/municipalities')
        .send({ ...valid, name: '別の町', localGovernmentCode: '032026' })
        .expect(409);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'localGovernmentCode', rule: 'unique' })]);
    });

    it('refuses a second 宮古市 in 岩手県 with 409', async () => {
      const res = await t.http
        .post('/api/municipalities')
        .send({ ...valid, name: '宮古市', reading: 'みやこし', prefectureCode: 3 })
        .expect(409);
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

    it('refuses to delete a municipality with a representative or a guest it sends (their keys are ON DELETE RESTRICT), not a 500', async () => {
      const withGuest = (
        await t.http
          .post('/api/municipalities')
          .send({ ...valid, name: 'ゆるキャラ町', reading: 'ゆるきゃらちょう' })
          .expect(201)
      ).body.id;
      await t.http
        .post('/api/guests')
        .send({ name: '町のゆるキャラ', nameEn: null, kind: 'mascot', ownerMunicipalityId: withGuest, profile: null, profileEn: null, contact: null })
        .expect(201);
      const guestRefusal = await t.http.delete(`/api/municipalities/${withGuest}`).expect(409);
      expect(guestRefusal.body.details).toEqual([expect.objectContaining({ rule: 'sendsGuests', meta: { guests: 1 } })]);

      const withAccount = (
        await t.http
          .post('/api/municipalities')
          .send({ ...valid, name: '担当者町', reading: 'たんとうしゃちょう' })
          .expect(201)
      ).body.id;
      const [host] = await t.db.query('SELECT id FROM hosts LIMIT 1');
      await addMember(t, { email: 'rep@tantousha.example', password: 'x', role: 'representative', hostId: host.id, municipalityId: withAccount });
      const accountRefusal = await t.http.delete(`/api/municipalities/${withAccount}`).expect(409);
      expect(accountRefusal.body.details).toEqual([expect.objectContaining({ rule: 'hasAccounts', meta: { accounts: 1 } })]);
      await t.http.get(`/api/municipalities/${withAccount}`).expect(200);
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
