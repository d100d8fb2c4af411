import type { FairDocument } from '@bussanten/contracts';
import { JSON_BODY_LIMIT } from '../../common/body-parsing';
import { tableDigester, type TableDigests } from '../../../test/table-digests';
import { addMember, DEMO, startTestApp, type Client, type TestApp } from '../../../test/test-app';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('fair export and import (real PostgreSQL)', () => {
  let t: TestApp;
  let rep: Client;
  let fairId: string;
  let original: FairDocument;

  // Row count and content digest of every table: a refusal may change none of them.
  let digest: () => Promise<TableDigests>;

  const copy = (): FairDocument => structuredClone(original);

  beforeAll(async () => {
    t = await startTestApp();
    digest = await tableDigester((sql) => t.db.query(sql));
    rep = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    [{ id: fairId }] = await t.db.query(`SELECT id FROM fairs WHERE slug = 'koryu-toshi-2023'`);
    // More than the seed has, so every part of the document is exercised: a stage, a guest sent by
    // 宮古市 on that stage and at a booth, a pinned assignment, a decision with its history.
    const stage = (await t.http.post(`/api/fairs/${fairId}/stages`).send({ name: 'メインステージ', nameEn: 'Main stage', shared: false }).expect(201)).body.id;
    const [miyako] = await t.db.query(`SELECT id FROM municipalities WHERE name = '宮古市'`);
    const guest = (
      await t.http
        .post('/api/guests')
        .send({
          name: 'みやこちゃん',
          nameEn: null,
          kind: 'mascot',
          ownerMunicipalityId: miyako.id,
          profile: '宮古市のマスコット',
          profileEn: null,
          contact: '0193-00-0000',
        })
        .expect(201)
    ).body.id;
    const [a1] = await t.db.query(`SELECT id FROM booths WHERE fair_id = $1 AND code = 'A1'`, [fairId]);
    const appearance = (date: string, start: string, location: object) => ({
      guestId: guest,
      date,
      start,
      end: null,
      durationMinutes: 30,
      approximate: false,
      location,
      status: 'confirmed',
      publicNote: 'ごあいさつ',
    });
    await t.http
      .post(`/api/fairs/${fairId}/appearances`)
      .send(appearance('2023-02-18', '13:30', { kind: 'stage', stageId: stage }))
      .expect(201);
    await t.http
      .post(`/api/fairs/${fairId}/appearances`)
      .send(appearance('2023-02-17', '11:00', { kind: 'booth', boothId: a1.id }))
      .expect(201);
    const [assignment] = await t.db.query(`SELECT id FROM booth_assignments WHERE booth_id = $1`, [a1.id]);
    await t.http.put(`/api/assignments/${assignment.id}/pin`).send({ pinned: true }).expect(200);
    const [narita] = await t.db.query(
      `SELECT a.id FROM applications a JOIN municipalities m ON m.id = a.municipality_id WHERE a.fair_id = $1 AND m.name = '成田市'`,
      [fairId],
    );
    await t.http.post(`/api/applications/${narita.id}/decision`).send({ status: 'accepted', message: 'ご出展をお待ちしています' }).expect(200);
    const res = await t.http.get(`/api/fairs/${fairId}/export`).expect(200);
    original = res.body;
  });
  afterAll(() => t.close());

  it('exports the seeded fair as one self-contained document, sent as <slug>.bussanten.json', async () => {
    const res = await t.http.get(`/api/fairs/${fairId}/export`).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="koryu-toshi-2023.bussanten.json"');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const doc: FairDocument = res.body;
    expect(doc).toMatchObject({ format: 'bussanten-fair', version: 1, exportedAt: expect.any(String) });
    expect(doc.fair).toMatchObject({
      slug: 'koryu-toshi-2023',
      title: '交流都市地方物産展',
      status: 'closed',
      programme: '特別区全国連携プロジェクト',
      samplePlan: true,
      venue: { name: 'イオンスタイル品川シーサイド', address: '東京都品川区東品川4-12-5' },
      room: { name: '地下1階催事場', widthM: 30, depthM: 20 },
      stages: [{ name: 'メインステージ', nameEn: 'Main stage', shared: false }],
    });
    expect(doc.fair.days).toHaveLength(5);
    expect(doc.fair.days[4]).toEqual({ date: '2023-02-21', opens: '10:00', closes: '18:00' });
    expect(doc.fair.booths.map((b) => b.code)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2']);
    expect(doc.fair.booths[0]).toMatchObject({ code: 'A1', x: 1, y: 1, width: 4, depth: 3, powerWatts: 1500, fridge: true, tags: ['corner'], prime: 2 });
    expect(doc.fair.applications).toHaveLength(8);
    const miyako = doc.fair.applications.find((a) => a.municipality.name === '宮古市');
    expect(miyako).toMatchObject({
      municipality: { prefectureCode: 3, name: '宮古市' },
      status: 'accepted',
      tieLabel: '災害協定、商店街イベント(目黒のさんま祭り)',
      assignments: [{ booth: 'A1', from: '2023-02-17', to: '2023-02-21', pinned: true, overridden: false, createdBy: null }],
    });
    const narita = doc.fair.applications.find((a) => a.municipality.name === '成田市');
    expect(narita?.decisionMessage).toBe('ご出展をお待ちしています');
    expect(narita?.history).toEqual([expect.objectContaining({ actor: DEMO.organizer.email, status: 'accepted', message: 'ご出展をお待ちしています' })]);
    expect(doc.fair.guests.map((g) => g.name)).toEqual(expect.arrayContaining(['ハタチの龍馬', 'みやこちゃん']));
    expect(doc.fair.guests).toHaveLength(2);
    const mascot = doc.fair.guests.find((g) => g.name === 'みやこちゃん');
    expect(mascot).toMatchObject({ ownerMunicipality: { prefectureCode: 3, name: '宮古市' }, contact: '0193-00-0000' });
    expect(mascot?.appearances.map((a) => a.location)).toEqual([
      { kind: 'booth', booth: 'A1' },
      { kind: 'stage', stage: 'メインステージ' },
    ]);
    // Nothing in it is a database id.
    expect(JSON.stringify(doc)).not.toMatch(UUID);
  });

  it('imports the export as a new fair under another slug, and that fair exports as the same document', async () => {
    const body = JSON.stringify(original);
    expect(Buffer.byteLength(body)).toBeLessThan(parseInt(JSON_BODY_LIMIT, 10) * 1024 * 1024);
    const guestsBefore = (await t.db.query('SELECT count(*)::int AS n FROM guests'))[0].n;
    const res = await t.http.post('/api/fairs/import?slug=koryu-toshi-2023-copy').set('Content-Type', 'application/json').send(body).expect(201);
    expect(res.body).toMatchObject({
      slug: 'koryu-toshi-2023-copy',
      status: 'closed',
      visible: false,
      releasedVersion: null,
      title: '交流都市地方物産展',
      venue: { name: 'イオンスタイル品川シーサイド' },
    });
    expect(res.body.id).not.toBe(fairId);
    // Same venue and room (found by name), fresh parts.
    const [rooms] = await t.db.query(`SELECT count(DISTINCT room_id)::int AS n FROM fairs WHERE slug IN ('koryu-toshi-2023', 'koryu-toshi-2023-copy')`);
    expect(rooms.n).toBe(1);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM booths WHERE fair_id = $1`, [res.body.id]))[0].n).toBe(12);
    expect((await t.db.query('SELECT count(*)::int AS n FROM guests'))[0].n).toBe(guestsBefore + 2);
    // Not public until published on this install: releases are not part of the document.
    expect((await t.db.query(`SELECT count(*)::int AS n FROM releases WHERE fair_id = $1`, [res.body.id]))[0].n).toBe(0);
    const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [res.body.id]);
    expect(audit).toEqual([{ action: 'fair.imported' }]);

    const again = (await t.http.get(`/api/fairs/${res.body.id}/export`).expect(200)).body as FairDocument;
    expect(again.fair.slug).toBe('koryu-toshi-2023-copy');
    const comparable = (d: FairDocument) => ({ ...d, exportedAt: null, fair: { ...d.fair, slug: null } });
    expect(comparable(again)).toEqual(comparable(original));
  });

  it('creates the venue and room a document names when the host has none of that name, and keeps who acted at the source as text only', async () => {
    const doc = copy();
    doc.fair.venue = { name: '品川区立総合区民会館 きゅりあん', address: '東京都品川区東大井5-18-1' };
    doc.fair.room = { name: '小ホール', widthM: 32, depthM: 22 };
    const narita = doc.fair.applications.find((a) => a.municipality.name === '成田市');
    // An address of a real account on this install (another host's organizer could be named): kept as text, never linked.
    narita!.history[0].actor = DEMO.miyako.email;
    narita!.submittedBy = DEMO.yamakita.email;
    const res = await t.http.post('/api/fairs/import?slug=koryu-toshi-2023-curian').send(doc).expect(201);
    expect(res.body).toMatchObject({
      venue: { name: '品川区立総合区民会館 きゅりあん', address: '東京都品川区東大井5-18-1' },
      room: { name: '小ホール', widthM: 32, depthM: 22 },
    });
    const again = (await t.http.get(`/api/fairs/${res.body.id}/export`).expect(200)).body as FairDocument;
    const exported = again.fair.applications.find((a) => a.municipality.name === '成田市');
    expect([exported?.history[0].actor, exported?.submittedBy]).toEqual([DEMO.miyako.email, DEMO.yamakita.email]);
    const linked = await t.db.query(
      `SELECT count(*)::int AS n FROM applications a JOIN fairs f ON f.id = a.fair_id LEFT JOIN application_events e ON e.application_id = a.id
       WHERE f.id = $1 AND (a.submitted_by IS NOT NULL OR e.actor_id IS NOT NULL)`,
      [res.body.id],
    );
    expect(linked[0].n).toBe(0);
    expect(again.fair.room).toEqual(doc.fair.room);
  });

  it('reads a document exported before visibility was its own state: “published” became closed applications', async () => {
    const doc = copy();
    (doc.fair as { status: string }).status = 'published';
    const res = await t.http.post('/api/fairs/import?slug=koryu-toshi-2023-legacy').send(doc).expect(201);
    expect(res.body).toMatchObject({ status: 'closed', visible: false });
  });

  it('carries an application left without days (a day change took them all) across', async () => {
    const doc = copy();
    const yamakita = doc.fair.applications.find((a) => a.municipality.name === '山北町');
    Object.assign(yamakita!, { days: [], assignments: [] });
    const res = await t.http.post('/api/fairs/import?slug=koryu-toshi-2023-no-days').send(doc).expect(201);
    const again = (await t.http.get(`/api/fairs/${res.body.id}/export`).expect(200)).body as FairDocument;
    expect(again.fair.applications.find((a) => a.municipality.name === '山北町')).toMatchObject({ days: [], assignments: [] });
  });

  it('carries booth zones across, and reads a document written before booths had zones as booths without one', async () => {
    const doc = copy();
    expect(doc.fair.booths.every((b) => b.zone === null)).toBe(true);
    doc.fair.booths[0].zone = ' 入口側 ';
    doc.fair.booths[1].zone = '';
    const zoned = await t.http.post('/api/fairs/import?slug=koryu-toshi-2023-zones').send(doc).expect(201);
    const again = (await t.http.get(`/api/fairs/${zoned.body.id}/export`).expect(200)).body as FairDocument;
    expect(again.fair.booths.slice(0, 3).map((b) => [b.code, b.zone])).toEqual([
      ['A1', '入口側'],
      ['A2', null],
      ['A3', null],
    ]);

    const old = copy();
    for (const b of old.fair.booths) delete b.zone;
    const res = await t.http.post('/api/fairs/import?slug=koryu-toshi-2023-before-zones').send(old).expect(201);
    const plan = await t.http.get(`/api/fairs/${res.body.id}/booths`).expect(200);
    expect(plan.body.booths).toHaveLength(12);
    expect(plan.body.booths.every((b: { zone: unknown }) => b.zone === null)).toBe(true);
  });

  it('carries the cooking need, products’ English names and PR texts across, and reads a document without them as before', async () => {
    const doc = copy();
    const miyako = doc.fair.applications.find((a) => a.municipality.name === '宮古市')!;
    expect(miyako.needs.cooking).toBe(false);
    expect(miyako.products.every((p) => !('nameEn' in p))).toBe(true);
    miyako.needs.cooking = true;
    miyako.products[0].nameEn = 'Salted squid';
    Object.assign(miyako, { prText: 'さんまをどうぞ', prTextEn: 'Try our saury' });
    const res = await t.http.post('/api/fairs/import?slug=koryu-toshi-2023-cooking').send(doc).expect(201);
    const again = (await t.http.get(`/api/fairs/${res.body.id}/export`).expect(200)).body as FairDocument;
    const back = again.fair.applications.find((a) => a.municipality.name === '宮古市')!;
    expect(back.needs.cooking).toBe(true);
    expect(back).toMatchObject({ prText: 'さんまをどうぞ', prTextEn: 'Try our saury' });
    expect(back.products[0]).toMatchObject({ name: miyako.products[0].name, nameEn: 'Salted squid' });
    expect(back.products.slice(1).every((p) => !('nameEn' in p))).toBe(true);

    const old = copy();
    for (const a of old.fair.applications) delete a.needs.cooking;
    const before = await t.http.post('/api/fairs/import?slug=koryu-toshi-2023-before-cooking').send(old).expect(201);
    const read = (await t.http.get(`/api/fairs/${before.body.id}/export`).expect(200)).body as FairDocument;
    expect(read.fair.applications.every((a) => a.needs.cooking === false)).toBe(true);
  });

  describe('refusals write nothing', () => {
    it.each<[string, (d: FairDocument) => void, string, number, string]>([
      ['a version this install does not read', (d) => Object.assign(d, { version: 2, fair: { whatever: true } }), '', 422, 'UNSUPPORTED_DOCUMENT'],
      ['another format', (d) => Object.assign(d, { format: 'something-else' }), '', 422, 'UNSUPPORTED_DOCUMENT'],
      ['a slug already in use (the document’s own)', () => undefined, '', 409, 'DUPLICATE_SLUG'],
      ['a slug already in use (given)', () => undefined, '?slug=koryu-toshi-2023', 409, 'DUPLICATE_SLUG'],
      [
        'an assignment naming a booth code the document lacks',
        (d) =>
          (d.fair.applications[0].assignments = [{ booth: 'Z9', from: '2023-02-17', to: '2023-02-17', pinned: false, overridden: false, createdBy: null }]),
        '?slug=refused-copy',
        422,
        'INCONSISTENT_DOCUMENT',
      ],
      [
        'two exhibitors on one booth on the same day (the exclusion constraint)',
        (d) => (d.fair.applications[1].assignments = [{ ...d.fair.applications.find((a) => a.municipality.name === '宮古市')!.assignments[0], pinned: false }]),
        '?slug=refused-copy',
        409,
        'BOOTH_TAKEN',
      ],
      ['two booths with one code (the unique constraint)', (d) => (d.fair.booths[11].code = 'A1'), '?slug=refused-copy', 409, 'DUPLICATE_BOOTH_CODE'],
      [
        'a guest at two places at once (the exclusion constraint)',
        (d) => d.fair.guests[0].appearances.push({ ...d.fair.guests[0].appearances[0], location: { kind: 'stage', stage: 'メインステージ' } }),
        '?slug=refused-copy',
        409,
        'APPEARANCE_CONFLICT',
      ],
      ['a field of the wrong type', (d) => Object.assign(d.fair.booths[0], { x: 'left' }), '?slug=refused-copy', 400, 'VALIDATION_FAILED'],
      ['a booth zone over 30 characters', (d) => (d.fair.booths[0].zone = '区'.repeat(31)), '?slug=refused-copy', 400, 'VALIDATION_FAILED'],
    ])('%s', async (_what, change, query, status, code) => {
      const before = await digest();
      const doc = copy();
      change(doc);
      const res = await t.http.post(`/api/fairs/import${query}`).send(doc).expect(status);
      expect(res.body.code).toBe(code);
      expect(await digest()).toEqual(before);
    });

    it('refuses booths that do not fit the host’s existing room of that name, which the document says is larger', async () => {
      await t.http
        .post('/api/venues')
        .send({ name: '小さな会場', address: '東京都品川区', rooms: [{ name: '控室', widthM: 10, depthM: 10 }] })
        .expect(201);
      const before = await digest();
      const doc = copy();
      doc.fair.venue = { name: '小さな会場', address: '東京都品川区' };
      doc.fair.room = { name: '控室', widthM: 30, depthM: 20 };
      const res = await t.http.post('/api/fairs/import?slug=refused-copy').send(doc).expect(422);
      expect(res.body.code).toBe('INCONSISTENT_DOCUMENT');
      expect(res.body.details).toContainEqual(expect.objectContaining({ field: 'fair.booths.3.width', rule: 'insideRoom' }));
      expect(await digest()).toEqual(before);
    });

    it('names each municipality the registry lacks', async () => {
      const before = await digest();
      const doc = copy();
      doc.fair.applications[2].municipality = { prefectureCode: 1, name: '架空町' };
      doc.fair.guests[0].ownerMunicipality = { prefectureCode: 47, name: '幻村' };
      doc.fair.applications[5].municipality = { prefectureCode: 3, name: '宮古市ではない市' };
      const res = await t.http.post('/api/fairs/import?slug=refused-copy').send(doc).expect(422);
      expect(res.body.code).toBe('UNKNOWN_REFERENCE');
      expect(res.body.details).toEqual([
        expect.objectContaining({ field: 'fair.applications.2.municipality', rule: 'unknownMunicipality', meta: { prefectureCode: 1, name: '架空町' } }),
        expect.objectContaining({
          field: 'fair.applications.5.municipality',
          rule: 'unknownMunicipality',
          meta: { prefectureCode: 3, name: '宮古市ではない市' },
        }),
        expect.objectContaining({ field: 'fair.guests.0.ownerMunicipality', rule: 'unknownMunicipality', meta: { prefectureCode: 47, name: '幻村' } }),
      ]);
      expect(await digest()).toEqual(before);
    });

    it('refuses a municipality representative, who cannot export either', async () => {
      const before = await digest();
      const res = await rep.post('/api/fairs/import?slug=refused-copy').send(copy()).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      await rep.get(`/api/fairs/${fairId}/export`).expect(403);
      expect(await digest()).toEqual(before);
    });
  });

  it('exports only a fair of the organizer’s own host', async () => {
    const [host] = await t.db.query(`INSERT INTO hosts (name, name_en) VALUES ('大田区', 'Ota City') RETURNING id`);
    await addMember(t, { email: 'organizer@ota.example', displayName: '大田 主催者', password: 'ota organizer password', role: 'organizer', hostId: host.id });
    const ota = await t.signIn('organizer@ota.example', 'ota organizer password');
    const res = await ota.get(`/api/fairs/${fairId}/export`).expect(404);
    expect(res.body.code).toBe('FAIR_NOT_FOUND');
    await t.http.get('/api/fairs/7f000000-0000-4000-8000-000000000000/export').expect(404);
  });
});
