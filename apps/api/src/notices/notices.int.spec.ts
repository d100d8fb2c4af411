import { tokyoDateTime } from '@bussanten/domain';
import { tableDigester } from '../../test/table-digests';
import { addMember, createHost, type Client, type TestApp, startTestApp } from '../../test/test-app';

/** The date `days` after today in Japan (YYYY-MM-DD), whatever the server's TZ. */
const tokyoDate = (days: number): string => tokyoDateTime(new Date(Date.now() + days * 86_400_000)).date;

/** Live notices (issue 23): posted by an organizer or on-site staff, shown by both API processes' public routes at once. */
describe('live notices (real PostgreSQL, two API processes)', () => {
  let one: TestApp;
  let two: TestApp;
  let staff: Client;
  let limitedStaff: Client;
  let otherHost: Client;
  let fair2023: string;
  let liveFair: string;
  const LIVE = 'notices-live';
  const today = tokyoDate(0);
  const tomorrow = tokyoDate(1);

  /** Polls `read` on the other process until `done` holds (at most 10 s, the bound), and returns the last answer. */
  async function within10s<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const started = Date.now();
    let value = await read();
    while (!done(value) && Date.now() - started < 10_000) {
      await new Promise((r) => setTimeout(r, 50));
      value = await read();
    }
    return value;
  }

  beforeAll(async () => {
    one = await startTestApp();
    two = await startTestApp({ sameDatabaseAs: one });
    const [shinagawa] = await one.db.query(`SELECT id FROM hosts WHERE name = '品川区'`);
    fair2023 = (await one.db.query(`SELECT id FROM fairs WHERE slug = 'koryu-toshi-2023'`))[0].id;
    const venues = await one.http.get('/api/venues').expect(200);
    const created = await one.http
      .post('/api/fairs')
      .send({
        title: '本日開催の物産展',
        slug: LIVE,
        roomId: venues.body[0].rooms[0].id,
        days: [
          { date: today, opens: '09:00', closes: '20:00' },
          { date: tomorrow, opens: '09:00', closes: '20:00' },
        ],
        applicationsOpenAt: null,
        applicationsCloseAt: null,
      })
      .expect(201);
    liveFair = created.body.id;
    await one.http.post(`/api/fairs/${liveFair}/status`).send({ status: 'accepting' }).expect(200);
    await one.http.post(`/api/fairs/${liveFair}/releases`).send({ note: null }).expect(201);
    await addMember(one, { email: 'staff@shinagawa.example', password: 'on-site staff password', role: 'staff', hostId: shinagawa.id });
    await addMember(one, {
      email: 'limited@shinagawa.example',
      password: 'limited staff password',
      role: 'staff',
      hostId: shinagawa.id,
      fairIds: [fair2023],
    });
    const ota = await createHost(one, '大田区');
    await addMember(one, { email: 'organizer@ota.example', password: 'ota organizer password', role: 'organizer', hostId: ota });
    staff = await one.signIn('staff@shinagawa.example', 'on-site staff password');
    limitedStaff = await one.signIn('limited@shinagawa.example', 'limited staff password');
    otherHost = await one.signIn('organizer@ota.example', 'ota organizer password');
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('lets an organizer post, list and remove a whole-fair notice, audited, shown by the other process within 10 s', async () => {
    const whole = () => two.anonymous.get(`/api/public/fairs/${LIVE}`).expect(200);
    expect((await whole()).body.notices).toEqual([]); // the other process has the fair cached now
    const posted = await one.http.post(`/api/fairs/${liveFair}/notices`).send({ text: '本日は混雑しています', textEn: 'Busy today' }).expect(201);
    expect(posted.body).toMatchObject({
      kind: 'notice',
      day: null,
      closesAt: null,
      endsAt: null,
      shownUntil: null,
      current: true,
      text: '本日は混雑しています',
    });
    const seen = await within10s(whole, (res) => res.body.notices.length === 1);
    expect(seen.body.notices).toEqual([
      expect.objectContaining({ id: posted.body.id, kind: 'notice', text: '本日は混雑しています', textEn: 'Busy today', shownUntil: null }),
    ]);
    // Staff names never reach the public feed; the answers are kept 10 s while the fair's days are on.
    expect(JSON.stringify(seen.body)).not.toContain('postedBy');
    expect(seen.headers['cache-control']).toBe('public, max-age=10');
    const page = await within10s(
      () => two.anonymous.get(`/f/${LIVE}`).expect(200),
      (res) => res.text.includes('本日は混雑しています'),
    );
    expect(page.text).toContain('本日は混雑しています');
    expect((await two.anonymous.get(`/en/f/${LIVE}`).expect(200)).text).toContain('Busy today');

    const list = await one.http.get(`/api/fairs/${liveFair}/notices`).expect(200);
    expect(list.body.fair).toMatchObject({ id: liveFair, slug: LIVE });
    expect(list.body.notices.map((n: { id: string }) => n.id)).toEqual([posted.body.id]);
    const etag = seen.headers.etag;
    await one.http.delete(`/api/fairs/${liveFair}/notices/${posted.body.id}`).expect(204);
    const gone = await within10s(whole, (res) => res.body.notices.length === 0);
    expect(gone.body.notices).toEqual([]);
    expect(gone.headers.etag).not.toBe(etag);
    const audit = await one.db.query(`SELECT action FROM audit_log WHERE entity_type = 'notice' AND entity_id = $1 ORDER BY at`, [posted.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['notice.posted', 'notice.removed']);
  });

  it("shows a closing-early day in the page's hours and the day's iCal event (its SEQUENCE rises), and a closed day as cancelled", async () => {
    const ics = () => two.anonymous.get(`/api/public/fairs/${LIVE}/calendar.ics`).expect(200);
    const event = (text: string, date: string) =>
      text
        .split('BEGIN:VEVENT')
        .find((e) => e.includes(`UID:${LIVE}-${date}@`))
        ?.replace(/\r\n /g, '') ?? '';
    const before = event((await ics()).text, tomorrow);
    const sequenceOf = (e: string) => Number(/SEQUENCE:(\d+)/.exec(e)?.[1]);
    const early = await staff
      .post(`/api/fairs/${liveFair}/notices`)
      .send({ kind: 'closingEarly', text: '荒天のため16時で終了します', textEn: 'Closing at 16:00 due to the weather', day: tomorrow, closesAt: '16:00' })
      .expect(201);
    expect(early.body).toMatchObject({ kind: 'closingEarly', day: tomorrow, closesAt: '16:00', current: true });
    const after = event((await within10s(ics, (res) => event(res.text, tomorrow).includes('16:00'))).text, tomorrow);
    expect(after).toContain('Closing early at 16:00');
    expect(after).toMatch(new RegExp(`DTEND:${tomorrow.replace(/-/g, '')}T070000Z`)); // 16:00 in Japan
    expect(sequenceOf(after)).toBe(sequenceOf(before) + 1);
    const page = (await two.anonymous.get(`/f/${LIVE}`).expect(200)).text;
    expect(page).toContain('09:00–16:00');
    expect(page).toContain('荒天のため16時で終了します');
    // The planned hours are not changed: the organizer's fair and the JSON feed's days keep them.
    const feed = (await two.anonymous.get(`/api/public/fairs/${LIVE}`).expect(200)).body;
    expect(feed.days.find((d: { date: string }) => d.date === tomorrow)).toMatchObject({ opens: '09:00', closes: '20:00' });
    const fair = (await one.http.get(`/api/fairs/${liveFair}`).expect(200)).body;
    expect(JSON.stringify(fair.days)).toContain('20:00');

    await one.http.post(`/api/fairs/${liveFair}/notices`).send({ kind: 'closedDay', text: '本日は休場します', day: today }).expect(201);
    const closed = event((await within10s(ics, (res) => event(res.text, today).includes('CANCELLED'))).text, today);
    expect(closed).toContain('STATUS:CANCELLED');
    expect(closed).toContain('Closed');
  });

  it('no longer shows a notice after its day or its end, though the organizer still lists it', async () => {
    // The 2023 fair is over: a notice for one of its days ended with that day, one with a past endsAt at once.
    const ended = await one.http.post(`/api/fairs/${fair2023}/notices`).send({ text: '終わった日のお知らせ', day: '2023-02-18' }).expect(201);
    expect(ended.body).toMatchObject({ current: false, shownUntil: '2023-02-18T15:00:00.000Z' });
    await one.http.post(`/api/fairs/${fair2023}/notices`).send({ text: 'もう終わり', endsAt: '2024-01-01T00:00:00+09:00' }).expect(201);
    const stays = await one.http.post(`/api/fairs/${fair2023}/notices`).send({ text: 'ご来場ありがとうございました' }).expect(201);
    const feed = await within10s(
      () => two.anonymous.get('/api/public/fairs/koryu-toshi-2023').expect(200),
      (res) => (res.body.notices ?? []).length > 0,
    );
    expect(feed.body.notices.map((n: { id: string }) => n.id)).toEqual([stays.body.id]);
    // The fair's days are over: the usual caching.
    expect(feed.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    const listed = await one.http.get(`/api/fairs/${fair2023}/notices`).expect(200);
    expect(listed.body.notices.map((n: { current: boolean }) => n.current)).toEqual([true, false, false]);
  });

  it('keeps staff limited to some fairs to those, and every other host out (404, nothing written)', async () => {
    expect((await limitedStaff.get('/api/notices/fairs').expect(200)).body.map((f: { id: string }) => f.id)).toEqual([fair2023]);
    expect((await staff.get('/api/notices/fairs').expect(200)).body.map((f: { id: string }) => f.id)).toEqual(expect.arrayContaining([fair2023, liveFair]));
    await limitedStaff.post(`/api/fairs/${fair2023}/notices`).send({ text: '限定スタッフのお知らせ' }).expect(201);
    const digest = await tableDigester((sql) => one.db.query(sql));
    const before = await digest();
    await limitedStaff.post(`/api/fairs/${liveFair}/notices`).send({ text: '他の物産展' }).expect(404);
    await limitedStaff.get(`/api/fairs/${liveFair}/notices`).expect(404);
    await otherHost.post(`/api/fairs/${liveFair}/notices`).send({ text: '乗っ取り' }).expect(404);
    await otherHost.get(`/api/fairs/${liveFair}/notices`).expect(404);
    const [notice] = await one.db.query('SELECT id FROM fair_notices WHERE fair_id = $1 LIMIT 1', [liveFair]);
    await otherHost.delete(`/api/fairs/${liveFair}/notices/${notice.id}`).expect(404);
    await limitedStaff.delete(`/api/fairs/${liveFair}/notices/${notice.id}`).expect(404);
    expect((await otherHost.get('/api/notices/fairs').expect(200)).body).toEqual([]);
    expect(await digest()).toEqual(before);
  });

  it('refuses staff every route but the notices (403)', async () => {
    await staff.get('/api/fairs').expect(403);
    await staff.get(`/api/fairs/${liveFair}`).expect(403);
    await staff.post(`/api/fairs/${liveFair}/releases`).send({ note: null }).expect(403);
    await staff.get('/api/people').expect(403);
    await staff.get('/api/my/fairs').expect(403);
  });

  it('invites on-site staff limited to some fairs: the accepted membership keeps the list, and only staff may have one', async () => {
    const invited = await one.http
      .post('/api/people/invitations')
      .send({ email: 'new-staff@shinagawa.example', role: 'staff', fairIds: [liveFair] })
      .expect(201);
    expect(invited.body.role).toBe('staff');
    const token = (invited.body.link as string).split('/invitations/')[1];
    await one.anonymous.post(`/api/invitations/${token}/accept`).send({ password: 'new on-site staff password', displayName: '新 スタッフ' }).expect(200);
    const [membership] = await one.db.query(
      `SELECT ms.role, ms.fair_ids AS "fairIds" FROM memberships ms JOIN users u ON u.id = ms.user_id WHERE u.email = 'new-staff@shinagawa.example'`,
    );
    expect(membership).toEqual({ role: 'staff', fairIds: [liveFair] });
    const newStaff = await one.signIn('new-staff@shinagawa.example', 'new on-site staff password');
    expect((await newStaff.get('/api/notices/fairs').expect(200)).body.map((f: { id: string }) => f.id)).toEqual([liveFair]);
    const organizer = await one.http
      .post('/api/people/invitations')
      .send({ email: 'x@shinagawa.example', role: 'organizer', fairIds: [liveFair] })
      .expect(400);
    expect(organizer.body.details).toEqual([expect.objectContaining({ field: 'fairIds', rule: 'notAllowed' })]);
    const foreign = await otherHost
      .post('/api/people/invitations')
      .send({ email: 'y@ota.example', role: 'staff', fairIds: [liveFair] })
      .expect(400);
    expect(foreign.body.details).toEqual([expect.objectContaining({ field: 'fairIds', rule: 'unknownFair' })]);
  });

  it.each([
    ['no text', { text: '' }, ['text:required']],
    ['a day not of the fair', { text: 'x', day: '2030-01-01' }, ['day:fairDay']],
    ['closesAt on a plain notice', { text: 'x', day: 'TODAY', closesAt: '16:00' }, ['closesAt:notAllowed']],
    ['closesAt after the planned closing', { kind: 'closingEarly', text: 'x', day: 'TODAY', closesAt: '21:00' }, ['closesAt:withinHours']],
    ['closingEarly without a day', { kind: 'closingEarly', text: 'x', closesAt: '16:00' }, ['day:required']],
    ['an unknown kind', { kind: 'soldOut', text: 'x' }, ['kind:isIn']],
    ['endsAt not an instant', { text: 'x', endsAt: 'tomorrow' }, ['endsAt:isInstant']],
    ['a field not known', { text: 'x', staffPhone: '090' }, ['staffPhone:whitelist']],
    ['text not a string', { text: ['x'] }, ['text:required']],
  ])('answers 400 naming each field for %s, and writes nothing', async (_label, body, fields) => {
    const digest = await tableDigester((sql) => one.db.query(sql));
    const before = await digest();
    const sent = JSON.parse(JSON.stringify(body).replace(/TODAY/g, today));
    const res = await staff.post(`/api/fairs/${liveFair}/notices`).send(sent).expect(400);
    expect(res.body.code).toBeDefined();
    expect(res.body.details.map((d: { field: string; rule: string }) => `${d.field}:${d.rule}`)).toEqual(fields);
    expect(await digest()).toEqual(before);
  });
});
