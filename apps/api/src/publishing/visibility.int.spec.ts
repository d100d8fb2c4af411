import { applicationInput, openFair } from '../../test/fair-fixtures';
import { tableDigester } from '../../test/table-digests';
import { DEMO, startTestApp, type TestApp } from '../../test/test-app';

const SLUG = 'koryu-toshi-2023';
/** Every public route of one fair: the pages in both languages, the feeds and the QR codes. */
const ROUTES = [
  `/f/${SLUG}`,
  `/en/f/${SLUG}`,
  `/api/public/fairs/${SLUG}`,
  `/api/public/fairs/${SLUG}/days/2023-02-19`,
  `/api/public/fairs/${SLUG}/calendar.ics`,
  `/api/public/fairs/${SLUG}/exhibitors.csv`,
  `/f/${SLUG}/qr.svg`,
  `/f/${SLUG}/qr.png`,
];

describe('公開停止 and 公開再開: visibility apart from the status (real PostgreSQL)', () => {
  let t: TestApp;
  let fairId: string;
  const statuses = async () => Promise.all(ROUTES.map(async (path) => [path, (await t.anonymous.get(path)).status]));
  const listed = async () => ({
    ja: (await t.anonymous.get('/f').expect(200)).text.includes(`/f/${SLUG}"`),
    en: (await t.anonymous.get('/en/f').expect(200)).text.includes(`/en/f/${SLUG}"`),
    json: ((await t.anonymous.get('/api/public/fairs').expect(200)).body as { slug: string }[]).some((f) => f.slug === SLUG),
  });

  beforeAll(async () => {
    t = await startTestApp();
    fairId = (await t.http.get('/api/fairs').expect(200)).body.find((f: { slug: string }) => f.slug === SLUG).id;
  });
  afterAll(() => t.close());

  it('starts with the seeded fair visible, its applications closed, version 1 released', async () => {
    expect((await t.http.get(`/api/fairs/${fairId}`).expect(200)).body).toMatchObject({ status: 'closed', visible: true, releasedVersion: 1 });
    expect(await statuses()).toEqual(ROUTES.map((path) => [path, 200]));
    expect(await listed()).toEqual({ ja: true, en: true, json: true });
  });

  it('公開停止: every public route of the fair answers 410 with a short body, the index omits it, the status stays', async () => {
    const stopped = await t.http.put(`/api/fairs/${fairId}/visibility`).send({ public: false }).expect(200);
    expect(stopped.body).toMatchObject({ status: 'closed', visible: false, releasedVersion: 1 });
    expect(await statuses()).toEqual(ROUTES.map((path) => [path, 410]));
    const page = await t.anonymous.get(`/f/${SLUG}`).expect(410);
    expect(page.text).toContain('公開を停止しました');
    expect(page.text).not.toContain('宮古市');
    expect((await t.anonymous.get(`/en/f/${SLUG}`).expect(410)).text).toContain('stopped publishing');
    expect((await t.anonymous.get(`/api/public/fairs/${SLUG}`).expect(410)).body).toMatchObject({
      code: 'FAIR_NOT_PUBLIC',
      message: expect.stringContaining('no longer published'),
    });
    expect(await listed()).toEqual({ ja: false, en: false, json: false });
    const [audit] = await t.db.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'fair.visibilityChanged' ORDER BY at DESC LIMIT 1`, [
      fairId,
    ]);
    expect(audit.changes).toEqual({ visible: { before: true, after: false } });
  });

  it('stopping twice changes nothing and records nothing', async () => {
    const count = async () =>
      (await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'fair.visibilityChanged'`, [fairId]))[0].n;
    const before = await count();
    await t.http.put(`/api/fairs/${fairId}/visibility`).send({ public: false }).expect(200);
    expect(await count()).toBe(before);
  });

  it('公開再開 shows the last release again everywhere, and the index lists it', async () => {
    const shown = await t.http.put(`/api/fairs/${fairId}/visibility`).send({ public: true }).expect(200);
    expect(shown.body).toMatchObject({ visible: true, releasedVersion: 1 });
    expect(await statuses()).toEqual(ROUTES.map((path) => [path, 200]));
    expect((await t.anonymous.get(`/api/public/fairs/${SLUG}`).expect(200)).body.release.version).toBe(1);
    expect(await listed()).toEqual({ ja: true, en: true, json: true });
  });

  it('refuses bad bodies and a restart with nothing to show, writing nothing', async () => {
    const digest = await tableDigester((sql) => t.db.query(sql));
    const before = await digest();
    const draft = await t.http
      .post(`/api/fairs`)
      .send({
        title: '未公開の物産展',
        slug: 'never-shown-2027',
        roomId: (await t.http.get(`/api/fairs/${fairId}`)).body.room.id,
        days: [{ date: '2027-03-01', opens: '10:00', closes: '17:00' }],
      })
      .expect(201);
    const afterCreate = await digest();
    const never = await t.http.put(`/api/fairs/${draft.body.id}/visibility`).send({ public: true }).expect(409);
    expect(never.body).toMatchObject({ code: 'FAIR_NEVER_PUBLISHED', details: [{ field: 'public', rule: 'neverPublished' }] });
    for (const body of [{ public: 'no' }, {}, { public: false, status: 'closed' }]) {
      const res = await t.http.put(`/api/fairs/${fairId}/visibility`).send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    await t.http.put(`/api/fairs/not-an-id/visibility`).send({ public: false }).expect(404);
    expect(await digest()).toEqual(afterCreate);
    expect(afterCreate).not.toEqual(before);
  });

  it('publishing while applications are open makes the fair visible and leaves it accepting: the representative can still edit', async () => {
    const fair = await openFair(t, 'early-announcement-2027');
    const miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const applied = await miyako
      .post(`/api/my/fairs/${fair.id}/application`)
      .send(applicationInput(['2027-02-19', '2027-02-20']))
      .expect(201);
    await t.http.post(`/api/fairs/${fair.id}/releases`).send({ note: '出展募集中のお知らせ' }).expect(201);
    expect((await t.http.get(`/api/fairs/${fair.id}`).expect(200)).body).toMatchObject({ status: 'accepting', visible: true, releasedVersion: 1 });
    await t.anonymous.get('/f/early-announcement-2027').expect(200);
    await miyako
      .put(`/api/my/applications/${applied.body.id}`)
      .send(applicationInput(['2027-02-19', '2027-02-20', '2027-02-21']))
      .expect(200);
    const [audit] = await t.db.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'fair.visibilityChanged'`, [fair.id]);
    expect(audit.changes).toEqual({ visible: { before: false, after: true } });
  });

  it('archiving keeps the visibility: a past fair stays readable until stopped', async () => {
    await t.http.post(`/api/fairs/${fairId}/status`).send({ status: 'archived' }).expect(200);
    expect((await t.http.get(`/api/fairs/${fairId}`).expect(200)).body).toMatchObject({ status: 'archived', visible: true });
    expect(await statuses()).toEqual(ROUTES.map((path) => [path, 200]));
    await t.http.put(`/api/fairs/${fairId}/visibility`).send({ public: false }).expect(200);
    expect(await statuses()).toEqual(ROUTES.map((path) => [path, 410]));
  });
});
