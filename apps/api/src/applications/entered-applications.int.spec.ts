import { applicationInput, FAIR_2027_DAYS, openFair } from '../../test/fair-fixtures';
import { addMember, createHost, DEMO, municipalityId, startTestApp, type Client, type TestApp } from '../../test/test-app';

const days = FAIR_2027_DAYS.map((d) => d.date);
const ORGANIZER = '品川 花子（デモ主催者）';

describe('applications an organizer enters for a municipality (real PostgreSQL)', () => {
  let t: TestApp;
  let miyako: Client;
  let fairId: string;
  let sakai: string;
  const counts = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*)::int FROM applications) AS a, (SELECT count(*)::int FROM application_events) AS e,
                (SELECT count(*)::int FROM outbox_messages) AS o, (SELECT count(*)::int FROM audit_log) AS l`,
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    fairId = (await openFair(t, 'entered-2027')).id;
    sakai = await municipalityId(t, '坂井市');
  });
  afterAll(() => t.close());

  it('lists the host partners to enter for, with whether they have an account and an application; and searches the registry', async () => {
    const res = await t.http.get(`/api/fairs/${fairId}/entry-candidates`).expect(200);
    const byName = Object.fromEntries(res.body.map((m: { name: string }) => [m.name, m]));
    expect(byName['坂井市']).toMatchObject({ id: sakai, prefecture: '福井県', hasAccount: false, applicationId: null });
    expect(byName['宮古市']).toMatchObject({ hasAccount: true, applicationId: null });
    const found = await t.http.get(`/api/fairs/${fairId}/entry-candidates?q=${encodeURIComponent('さかい')}`).expect(200);
    expect(found.body.map((m: { name: string }) => m.name)).toEqual(['坂井市']);
  });

  it('enters an application for a municipality without an account, outside the window, marked in history and audit, mailing nobody', async () => {
    // The window closed yesterday: a paper application that came by post is still entered.
    await t.db.query(`UPDATE fairs SET applications_close_at = now() - interval '1 day' WHERE id = $1`, [fairId]);
    const before = await counts();
    const res = await t.http
      .post(`/api/fairs/${fairId}/municipalities/${sakai}/application`)
      .send(applicationInput(days.slice(0, 2), { staff: [{ name: '坂井 太郎', phone: '０９０-３３３３-４４４４' }] }))
      .expect(201);
    expect(res.body).toMatchObject({ status: 'submitted', days: days.slice(0, 2), enteredByOrganizer: true, municipality: { name: '坂井市' } });
    const after = await counts();
    expect(after).toMatchObject({ a: before.a + 1, o: before.o });

    const history = await t.http.get(`/api/applications/${res.body.id}/history`).expect(200);
    expect(history.body).toEqual([expect.objectContaining({ action: 'entered', status: 'submitted', actorName: ORGANIZER })]);
    const [audit] = await t.db.query(`SELECT action, changes FROM audit_log WHERE entity_id = $1`, [res.body.id]);
    expect(audit.action).toBe('application.entered');
    expect(JSON.stringify(audit.changes)).not.toContain('坂井 太郎');
    const list = await t.http.get(`/api/fairs/${fairId}/applications`).expect(200);
    expect(list.body.find((a: { id: string }) => a.id === res.body.id)).toMatchObject({ enteredByOrganizer: true });

    // One application per municipality and fair: a second entry is refused, naming the first.
    const again = await t.http
      .post(`/api/fairs/${fairId}/municipalities/${sakai}/application`)
      .send(applicationInput([days[0]]))
      .expect(409);
    expect(again.body).toMatchObject({ code: 'MUNICIPALITY_ALREADY_APPLIED', details: [expect.objectContaining({ meta: { applicationId: res.body.id } })] });
    expect(await counts()).toEqual(after);
    const candidates = await t.http.get(`/api/fairs/${fairId}/entry-candidates?q=${encodeURIComponent('坂井')}`).expect(200);
    expect(candidates.body[0]).toMatchObject({ applicationId: res.body.id });
  });

  it('refuses what the representative is refused (400 naming the field), an unknown municipality (404) and an ended fair (409), writing nothing', async () => {
    const before = await counts();
    const bad = await t.http
      .post(`/api/fairs/${fairId}/municipalities/${await municipalityId(t, '早川町')}/application`)
      .send(applicationInput(['2027-02-18']))
      .expect(400);
    expect(bad.body.details).toContainEqual(expect.objectContaining({ field: 'days.0', rule: 'fairDay' }));
    await t.http
      .post(`/api/fairs/${fairId}/municipalities/7f000000-0000-4000-8000-000000000000/application`)
      .send(applicationInput([days[0]]))
      .expect(404);
    // A fair whose last day has passed in Japan (its day moved into the past behind the API's back).
    const ended = await openFair(t, 'entered-ended', [{ date: '2027-03-01', opens: '10:00', closes: '18:00' }]);
    await t.db.query(`UPDATE fair_days SET date = '2020-03-01' WHERE fair_id = $1`, [ended.id]);
    const res = await t.http
      .post(`/api/fairs/${ended.id}/municipalities/${sakai}/application`)
      .send(applicationInput(['2020-03-01']))
      .expect(409);
    expect(res.body).toMatchObject({ code: 'APPLICATIONS_CLOSED', details: [expect.objectContaining({ rule: 'fairEnded' })] });
    // A draft fair (municipalities cannot see it) takes none either.
    const [draft] = await t.db.query(`SELECT id FROM fairs WHERE status = 'draft' LIMIT 1`);
    if (draft)
      await t.http
        .post(`/api/fairs/${draft.id}/municipalities/${sakai}/application`)
        .send(applicationInput([days[0]]))
        .expect(409);
    expect(await counts()).toMatchObject({ a: before.a, e: before.e, o: before.o });
  });

  it('mails the receipt, saying the organizer entered it, when the municipality has representatives', async () => {
    const res = await t.http
      .post(`/api/fairs/${fairId}/municipalities/${await municipalityId(t, '宮古市')}/application`)
      .send(applicationInput([days[2]]))
      .expect(201);
    const mails = await t.db.query(`SELECT recipient, body FROM outbox_messages WHERE kind = 'application.received' ORDER BY created_at DESC LIMIT 1`);
    expect(mails[0].recipient).toBe(DEMO.miyako.email);
    expect(mails[0].body).toContain('主催者が代理入力');
    expect(mails[0].body).toContain('The organizer entered this application');
    // 宮古市 sees it as its own, marked, and may change it while the window is open.
    const mine = await miyako.get(`/api/my/applications/${res.body.id}`).expect(200);
    expect(mine.body).toMatchObject({ enteredByOrganizer: true, status: 'submitted' });
    // A representative's own application is not the organizer's to change.
    const own = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    await t.db.query(`UPDATE fairs SET applications_close_at = now() + interval '10 days' WHERE id = $1`, [fairId]);
    const sent = await own
      .post(`/api/my/fairs/${fairId}/application`)
      .send(applicationInput([days[3]]))
      .expect(201);
    expect(sent.body.enteredByOrganizer).toBe(false);
    const refused = await t.http
      .put(`/api/applications/${sent.body.id}/entry`)
      .send(applicationInput([days[4]]))
      .expect(409);
    expect(refused.body.code).toBe('APPLICATION_NOT_EDITABLE');
  });

  it('lets the organizer change what it entered until it is decided', async () => {
    const [row] = await t.db.query(`SELECT id FROM applications WHERE fair_id = $1 AND municipality_id = $2`, [fairId, sakai]);
    const changed = await t.http
      .put(`/api/applications/${row.id}/entry`)
      .send(applicationInput(days.slice(0, 3)))
      .expect(200);
    expect(changed.body).toMatchObject({ days: days.slice(0, 3), enteredByOrganizer: true });
    const history = await t.http.get(`/api/applications/${row.id}/history`).expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual(['entered', 'edited']);
  });

  it('becomes the application of a representative invited afterwards: listed, editable, withdrawable, and mailed the decision', async () => {
    const [row] = await t.db.query(`SELECT id FROM applications WHERE fair_id = $1 AND municipality_id = $2`, [fairId, sakai]);
    const inv = await t.http.post('/api/people/invitations').send({ email: 'sakai@sakai.example', role: 'representative', municipalityId: sakai }).expect(201);
    const token = String(inv.body.link).split('/invitations/')[1];
    await t.anonymous.post(`/api/invitations/${token}/accept`).send({ password: 'echizen kani matsuri 2027', displayName: '坂井 花子' }).expect(200);
    const rep = await t.signIn('sakai@sakai.example', 'echizen kani matsuri 2027');

    const list = await rep.get('/api/my/applications').expect(200);
    expect(list.body).toContainEqual(expect.objectContaining({ id: row.id, enteredByOrganizer: true }));
    const fairs = await rep.get('/api/my/fairs').expect(200);
    expect(fairs.body.find((f: { id: string }) => f.id === fairId)).toMatchObject({ myApplicationId: row.id });
    const edited = await rep
      .put(`/api/my/applications/${row.id}`)
      .send(applicationInput(days.slice(0, 4)))
      .expect(200);
    expect(edited.body).toMatchObject({ days: days.slice(0, 4), enteredByOrganizer: true });

    await t.http.post(`/api/applications/${row.id}/decision`).send({ status: 'accepted', message: null }).expect(200);
    const [mail] = await t.db.query(`SELECT recipient FROM outbox_messages WHERE kind = 'application.accepted' AND recipient = 'sakai@sakai.example'`);
    expect(mail).toBeDefined();
    // Its history still tells who entered it; the organizer no longer changes a decided one.
    const history = await t.http.get(`/api/applications/${row.id}/history`).expect(200);
    expect(history.body.map((e: { action: string; actorName: string }) => [e.action, e.actorName])).toEqual([
      ['entered', ORGANIZER],
      ['edited', ORGANIZER],
      ['edited', '坂井 花子'],
      ['decided', ORGANIZER],
    ]);
    await t.http
      .put(`/api/applications/${row.id}/entry`)
      .send(applicationInput([days[0]]))
      .expect(409);
    await rep.post(`/api/my/applications/${row.id}/withdraw`).expect(200);
  });

  it('is refused to another host: its organizer gets 404 for this fair, its application and this municipality', async () => {
    const other = await createHost(t, '大田区');
    await addMember(t, { email: 'org@ota.example', password: 'ota organizer password', role: 'organizer', hostId: other });
    const ota = await t.signIn('org@ota.example', 'ota organizer password');
    const before = await counts();
    await ota.get(`/api/fairs/${fairId}/entry-candidates`).expect(404);
    await ota
      .post(`/api/fairs/${fairId}/municipalities/${sakai}/application`)
      .send(applicationInput([days[0]]))
      .expect(404);
    const [row] = await t.db.query(`SELECT id FROM applications WHERE fair_id = $1 AND municipality_id = $2`, [fairId, sakai]);
    await ota
      .put(`/api/applications/${row.id}/entry`)
      .send(applicationInput([days[0]]))
      .expect(404);
    await miyako
      .post(`/api/fairs/${fairId}/municipalities/${sakai}/application`)
      .send(applicationInput([days[0]]))
      .expect(403);
    expect(await counts()).toEqual(before);
  });
});
