import { applicationInput, FAIR_2027_DAYS, openFair } from '../../test/fair-fixtures';
import { DEMO, startTestApp, type Client, type TestApp } from '../../test/test-app';

const days = FAIR_2027_DAYS.map((d) => d.date);

describe('applications (real PostgreSQL)', () => {
  let t: TestApp;
  let miyako: Client;
  let yamakita: Client;
  let fairId: string;
  const counts = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*)::int FROM applications) AS a, (SELECT count(*)::int FROM application_days) AS d, (SELECT count(*)::int FROM outbox_messages) AS o`,
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    yamakita = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    fairId = (await openFair(t, 'apply-2027')).id;
  });
  afterAll(() => t.close());

  it('shows a representative the fairs that take applications, with a tie label proposed from the registry', async () => {
    const res = await yamakita.get('/api/my/fairs').expect(200);
    const fair = res.body.find((f: { id: string }) => f.id === fairId);
    expect(fair).toMatchObject({ open: true, myApplicationId: null, proposedTieLabel: '水と緑のふれあい交流協定、災害協定' });
    expect(fair.days[4]).toEqual({ date: days[4], opens: '10:00', closes: '18:00', holiday: { name: '天皇誕生日', nameEn: "Emperor's Birthday" } });
    // The published 2023 fair is listed too (to see what was), but closed for applications.
    expect(res.body.find((f: { title: string }) => f.title === '交流都市地方物産展')).toMatchObject({ open: false });
  });

  it.each([
    ['a day outside the fair', { days: ['2027-02-18'] }, 'days.0', 'fairDay'],
    ['the same day twice', { days: [days[0], days[0]] }, 'days.1', 'unique'],
    ['no day', { days: [] }, 'days', 'arrayMinSize'],
    [
      'a price range backwards',
      { products: [{ name: '塩辛', category: 'seafood', priceMin: 900, priceMax: 100, food: true, alcohol: false }] },
      'products.0.priceMax',
      'atLeastMin',
    ],
    ['a permit held without its number', { permit: { status: 'held', number: null, healthCentre: '宮古保健所' } }, 'permit.number', 'requiredWhenHeld'],
    ['a load-in time of 25:00', { loadInTime: '25:00' }, 'loadInTime', 'matches'],
    ['an unknown field', { boothPreference: 'A1' }, 'boothPreference', 'whitelist'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_name, change, field, rule) => {
    const before = await counts();
    const res = await miyako
      .post(`/api/my/fairs/${fairId}/application`)
      .send({ ...applicationInput([days[0]]), ...change })
      .expect(400);
    expect(res.body.details).toContainEqual(expect.objectContaining({ field, rule }));
    expect(await counts()).toEqual(before);
  });

  it('refuses attending a closed day', async () => {
    const closedDays = [...FAIR_2027_DAYS.slice(0, 2), { date: '2027-02-21', opens: null, closes: null }];
    const other = await openFair(t, 'closed-day-2027', closedDays);
    const before = await counts();
    const res = await miyako
      .post(`/api/my/fairs/${other.id}/application`)
      .send(applicationInput(['2027-02-21']))
      .expect(400);
    expect(res.body.details[0]).toMatchObject({ field: 'days.0', rule: 'closedDay' });
    expect(await counts()).toEqual(before);
  });

  it('takes an application, mails a receipt through the outbox, and keeps it to its own municipality', async () => {
    const res = await miyako
      .post(`/api/my/fairs/${fairId}/application`)
      .send(applicationInput(days.slice(0, 3)))
      .expect(201);
    expect(res.body).toMatchObject({
      status: 'submitted',
      days: days.slice(0, 3),
      editable: true,
      tieLabel: '災害協定',
      municipality: { name: '宮古市', prefecture: '岩手県' },
    });
    const [mail] = await t.db.query(`SELECT kind, recipient FROM outbox_messages WHERE kind = 'application.received'`);
    expect(mail).toEqual({ kind: 'application.received', recipient: DEMO.miyako.email });
    await yamakita.get(`/api/my/applications/${res.body.id}`).expect(404);
    await miyako
      .post(`/api/my/fairs/${fairId}/application`)
      .send(applicationInput([days[0]]))
      .expect(409);
    // The audit log keeps the staff names and phones out.
    const [audit] = await t.db.query(`SELECT changes FROM audit_log WHERE action = 'application.submitted' AND entity_id = $1`, [res.body.id]);
    expect(JSON.stringify(audit.changes)).not.toContain('090-1111-2222');
  });

  it('lets the organizer accept with a message, bulk-decide all or nothing, edit the tie label, and shows the history', async () => {
    const mine = (await miyako.get('/api/my/applications').expect(200)).body[0];
    const yam = await yamakita
      .post(`/api/my/fairs/${fairId}/application`)
      .send(applicationInput(days.slice(3), { permit: { status: 'toBeArranged', number: null, healthCentre: null } }))
      .expect(201);

    const list = await t.http.get(`/api/fairs/${fairId}/applications?status=submitted`).expect(200);
    expect(list.body.map((a: { municipality: { name: string } }) => a.municipality.name).sort()).toEqual(['宮古市', '山北町']);
    const bySearch = await t.http.get(`/api/fairs/${fairId}/applications?q=${encodeURIComponent('みやこ')}`).expect(200);
    expect(bySearch.body).toHaveLength(1);

    const ghost = '7f000000-0000-4000-8000-000000000000';
    const refused = await t.http
      .post(`/api/fairs/${fairId}/applications/decisions`)
      .send({ applicationIds: [mine.id, ghost], status: 'accepted' })
      .expect(404);
    expect(refused.body.details[0]).toMatchObject({ field: 'applicationIds.1' });
    expect((await t.http.get(`/api/applications/${mine.id}`).expect(200)).body.status).toBe('submitted');

    const bulk = await t.http
      .post(`/api/fairs/${fairId}/applications/decisions`)
      .send({ applicationIds: [mine.id, yam.body.id], status: 'accepted', message: 'ようこそ' })
      .expect(200);
    expect(bulk.body.map((a: { status: string }) => a.status)).toEqual(['accepted', 'accepted']);
    const seen = await miyako.get(`/api/my/applications/${mine.id}`).expect(200);
    expect(seen.body).toMatchObject({ status: 'accepted', decisionMessage: 'ようこそ' });

    await t.http.put(`/api/applications/${mine.id}/tie`).send({ tieLabel: '災害協定、商店街イベント(目黒のさんま祭り)' }).expect(200);
    const history = await t.http.get(`/api/applications/${mine.id}/history`).expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual(['submitted', 'decided', 'tieLabel']);
    const mails = await t.db.query(`SELECT recipient FROM outbox_messages WHERE kind = 'application.accepted' ORDER BY recipient`);
    expect(mails.map((m: { recipient: string }) => m.recipient)).toEqual([DEMO.miyako.email, DEMO.yamakita.email].sort());
    // Organizers see the private staff list; another host's organizer does not see the application at all.
    expect((await t.http.get(`/api/applications/${mine.id}`).expect(200)).body.staff).toEqual([{ name: '宮古 一郎', phone: '090-1111-2222' }]);
  });

  it('lets the representative edit while the window is open, and withdraw (which frees the booth)', async () => {
    const mine = (await miyako.get('/api/my/applications').expect(200)).body[0];
    const fair = await t.http.get(`/api/fairs/${fairId}/booths`).expect(200);
    const a1 = fair.body.booths.find((b: { code: string }) => b.code === 'A1').id;
    await t.http.post(`/api/applications/${mine.id}/assignments`).send({ boothId: a1, from: days[0], to: days[2] }).expect(201);
    // Dropping a day the booth is held for is refused, naming the day.
    const dropped = await miyako
      .put(`/api/my/applications/${mine.id}`)
      .send(applicationInput(days.slice(0, 2)))
      .expect(409);
    expect(dropped.body.details[0]).toMatchObject({ field: 'days', meta: { days: [days[2]] } });
    // Phone numbers and times typed with the IME on are stored as if typed without it.
    const typed = await miyako
      .put(`/api/my/applications/${mine.id}`)
      .send(
        applicationInput(days.slice(0, 3), { staffCount: 3, staff: [{ name: '宮古 一郎', phone: '０９０ー１１１１－２２２２' }], loadInTime: '０８：３０' }),
      )
      .expect(200);
    expect(typed.body).toMatchObject({ staff: [{ name: '宮古 一郎', phone: '090-1111-2222' }], loadInTime: '08:30' });

    const withdrawn = await miyako.post(`/api/my/applications/${mine.id}/withdraw`).expect(200);
    // It was accepted: withdrawing it now is 出展辞退.
    expect(withdrawn.body).toMatchObject({ status: 'declined', assignments: [], editable: false });
    await miyako
      .put(`/api/my/applications/${mine.id}`)
      .send(applicationInput(days.slice(0, 3)))
      .expect(409);
    // Applying again re-submits the same application.
    const again = await miyako
      .post(`/api/my/fairs/${fairId}/application`)
      .send(applicationInput([days[0]]))
      .expect(201);
    expect(again.body).toMatchObject({ id: mine.id, status: 'submitted', days: [days[0]] });
  });

  it('refuses applications outside the window, and writes nothing', async () => {
    await t.http.post(`/api/fairs/${fairId}/status`).send({ status: 'closed' }).expect(200);
    const before = await counts();
    const res = await yamakita
      .post(`/api/my/fairs/${fairId}/application`)
      .send(applicationInput([days[0]]))
      .expect(409);
    expect(res.body.code).toBe('APPLICATIONS_CLOSED');
    const mine = (await yamakita.get('/api/my/applications').expect(200)).body[0];
    expect(mine.status).toBe('accepted');
    await yamakita
      .put(`/api/my/applications/${mine.id}`)
      .send(applicationInput(days.slice(3)))
      .expect(409);
    expect(await counts()).toEqual(before);
  });
});
