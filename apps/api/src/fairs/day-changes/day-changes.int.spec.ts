import type { ApiErrorDetail, DayConflictApplication, DayConflictVisit, FairDayInput } from '@bussanten/contracts';
import { startSmtpSink, type SinkMessage, type SmtpSink } from '../../../test/smtp-sink';
import { tableDigester, type TableDigests } from '../../../test/table-digests';
import { DEMO, startTestApp, type TestApp } from '../../../test/test-app';

const EXHIBITORS_2023 = ['宮古市', '成田市', '東金市', '山北町', '十日町市', '坂井市', '飯田市', '福山市'];

/**
 * Changing the seeded 2023 fair's days (2/17–2/21, 8 exhibitors holding booths all five days,
 * ハタチの龍馬 visiting 2/19 at 13:30, 14:30 and 15:30), here sent by 宮古市 so its representative
 * hears about its application and its guest in one mail.
 */
describe('changing a fair’s days under its applications and visits (real PostgreSQL)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let fairId: string;
  let base: {
    title: string;
    titleEn: string | null;
    slug: string;
    roomId: string;
    description: string | null;
    applicationsOpenAt: string | null;
    applicationsCloseAt: string | null;
  };
  let days: FairDayInput[];
  let digest: () => Promise<TableDigests>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ mail: { smtpUrl: sink.url, pollMs: 100 } });
    const list = await t.http.get('/api/fairs').expect(200);
    const fair = (await t.http.get(`/api/fairs/${list.body[0].id}`).expect(200)).body;
    fairId = fair.id;
    base = {
      title: fair.title,
      titleEn: fair.titleEn,
      slug: fair.slug,
      roomId: fair.room.id,
      description: fair.description,
      applicationsOpenAt: fair.applicationsOpenAt,
      applicationsCloseAt: fair.applicationsCloseAt,
    };
    days = fair.days.map(({ date, opens, closes }: FairDayInput) => ({ date, opens, closes }));
    await t.db.query(`UPDATE guests SET owner_municipality_id = (SELECT id FROM municipalities WHERE name = '宮古市') WHERE name = 'ハタチの龍馬'`);
    digest = await tableDigester((sql) => t.db.query(sql));
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const put = (newDays: FairDayInput[], cascade?: object) =>
    t.http.put(`/api/fairs/${fairId}`).send({ ...base, days: newDays, ...(cascade ? { cascade } : {}) });
  const closing = (date: string) => days.map((d) => (d.date === date ? { ...d, opens: null, closes: null } : d));
  const metas = <T>(details: ApiErrorDetail[], rule: string) => details.filter((d) => d.rule === rule).map((d) => d.meta as unknown as T);
  const holdingsOf = (name: string) =>
    t.db.query(
      `SELECT to_char(ba.first_day, 'YYYY-MM-DD') AS "from", to_char(ba.last_day, 'YYYY-MM-DD') AS "to", b.code FROM booth_assignments ba JOIN booths b ON b.id = ba.booth_id
       JOIN applications a ON a.id = ba.application_id JOIN municipalities mu ON mu.id = a.municipality_id WHERE mu.name = $1 ORDER BY ba.first_day`,
      [name],
    );
  const visits = () =>
    t.db.query(`SELECT to_char(starts_at AT TIME ZONE 'Asia/Tokyo', 'HH24:MI') AS start, status FROM appearances WHERE fair_id = $1 ORDER BY starts_at`, [
      fairId,
    ]);

  it('refuses closing 2/19 naming each application attending it and each visit that day, and writes nothing', async () => {
    const before = await digest();
    const res = await put(closing('2023-02-19')).expect(409);
    expect(res.body.code).toBe('FAIR_DAY_IN_USE');
    const apps = metas<DayConflictApplication>(res.body.details, 'applicationAttends');
    expect(apps.map((a) => a.municipalityName).sort()).toEqual([...EXHIBITORS_2023].sort());
    const miyako = apps.find((a) => a.municipalityName === '宮古市') as DayConflictApplication;
    expect(miyako).toEqual({
      kind: 'application',
      applicationId: expect.any(String),
      municipalityName: '宮古市',
      municipalityNameEn: expect.any(String),
      days: ['2023-02-19'],
      holdings: [
        {
          boothCode: 'A1',
          from: '2023-02-17',
          to: '2023-02-21',
          after: [
            { from: '2023-02-17', to: '2023-02-18' },
            { from: '2023-02-20', to: '2023-02-21' },
          ],
        },
      ],
      leftWithoutDays: false,
    });
    // Each application is named by its id too, in the detail's message for whoever reads the log.
    for (const d of res.body.details.filter((x: ApiErrorDetail) => x.rule === 'applicationAttends'))
      expect(d.message).toContain((d.meta as DayConflictApplication).applicationId);
    const seen = metas<DayConflictVisit>(res.body.details, 'visitOutsideHours');
    expect(seen.map((v) => [v.guestName, v.date, v.start, v.end, v.reason])).toEqual([
      ['ハタチの龍馬', '2023-02-19', '13:30', '14:00', 'closed'],
      ['ハタチの龍馬', '2023-02-19', '14:30', '15:00', 'closed'],
      ['ハタチの龍馬', '2023-02-19', '15:30', '16:00', 'closed'],
    ]);
    expect(seen.every((v) => typeof v.appearanceId === 'string')).toBe(true);
    expect(await digest()).toEqual(before);
  });

  it.each([
    [{ dropApplicationDays: true }, 'visitOutsideHours', 3],
    [{ cancelVisits: true }, 'applicationAttends', 8],
    [{ dropApplicationDays: false, cancelVisits: false }, null, 11],
  ])('with cascade %p still refuses, naming only what it does not cover', async (cascade, rule, count) => {
    const before = await digest();
    const res = await put(closing('2023-02-19'), cascade).expect(409);
    expect(res.body.details).toHaveLength(count);
    if (rule) expect(res.body.details.every((d: ApiErrorDetail) => d.rule === rule)).toBe(true);
    expect(await digest()).toEqual(before);
  });

  it('refuses a cascade that is not two booleans', async () => {
    await put(closing('2023-02-19'), { dropApplicationDays: 'yes' }).expect(400);
    await put(closing('2023-02-19'), { dropEverything: true }).expect(400);
  });

  it('shortening 2/19 to 10:00–14:30 cancels the two later visits, keeps 13:30 and every exhibitor, and mails 宮古市 once', async () => {
    const shorter = days.map((d) => (d.date === '2023-02-19' ? { ...d, closes: '14:30' } : d));
    const refused = await put(shorter).expect(409);
    expect(metas<DayConflictVisit>(refused.body.details, 'visitOutsideHours').map((v) => [v.start, v.reason, v.closes])).toEqual([
      ['14:30', 'outsideHours', '14:30'],
      ['15:30', 'outsideHours', '14:30'],
    ]);
    await put(shorter, { cancelVisits: true }).expect(200);
    expect(await visits()).toEqual([
      { start: '13:30', status: 'mayChange' },
      { start: '14:30', status: 'cancelled' },
      { start: '15:30', status: 'cancelled' },
    ]);
    expect(await holdingsOf('宮古市')).toEqual([{ code: 'A1', from: '2023-02-17', to: '2023-02-21' }]);
    const mails = await t.db.query(`SELECT recipient, body FROM outbox_messages WHERE kind = 'fair.daysChanged'`);
    expect(mails.map((x: { recipient: string }) => x.recipient)).toEqual([DEMO.miyako.email]);
    expect(mails[0].body).toContain('取り消した来場予定：ハタチの龍馬 令和5年2月19日(日) 14:30〜15:00');
    expect(mails[0].body).not.toContain('出展日から外した日');
    await t.db.query(`DELETE FROM outbox_messages WHERE kind = 'fair.daysChanged'`);
  });

  it('removing 2/19 with the cascade splits each holding 2/17–2/21 into 2/17–2/18 and 2/20–2/21, drops the day, cancels the visit, and mails each person once', async () => {
    // The mail worker may still deliver the previous test's message (claimed before that test deleted
    // the rows): this change's mail is the one that drops a day, so count only those.
    const dropsADay = (m: SinkMessage) => m.text.includes('出展日から外した日');
    const res = await put(
      days.filter((d) => d.date !== '2023-02-19'),
      { dropApplicationDays: true, cancelVisits: true },
    ).expect(200);
    expect(res.body.days.map((d: FairDayInput) => d.date)).toEqual(['2023-02-17', '2023-02-18', '2023-02-20', '2023-02-21']);
    for (const name of EXHIBITORS_2023) {
      expect((await holdingsOf(name)).map((h: { from: string; to: string }) => [h.from, h.to])).toEqual([
        ['2023-02-17', '2023-02-18'],
        ['2023-02-20', '2023-02-21'],
      ]);
    }
    expect(await t.db.query(`SELECT count(*)::int AS n FROM application_days WHERE fair_id = $1 AND date = '2023-02-19'`, [fairId])).toEqual([{ n: 0 }]);
    expect((await visits()).map((v: { status: string }) => v.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);

    const [miyakoApp] = await t.db.query(
      `SELECT a.id FROM applications a JOIN municipalities mu ON mu.id = a.municipality_id WHERE mu.name = '宮古市' AND a.fair_id = $1`,
      [fairId],
    );
    const history = await t.http.get(`/api/applications/${miyakoApp.id}/history`).expect(200);
    expect(history.body.map((e: { action: string; message: string }) => [e.action, e.message]).slice(-2)).toEqual([
      ['daysDropped', '2023-02-19'],
      ['split', 'A1 2023-02-17–2023-02-21 → 2023-02-17–2023-02-18, 2023-02-20–2023-02-21'],
    ]);
    const audit = await t.db.query(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE action IN ('application.daysDropped', 'assignment.split', 'appearance.cancelled', 'fair.updated') GROUP BY action ORDER BY action`,
    );
    expect(audit).toEqual([
      { action: 'appearance.cancelled', n: 3 },
      { action: 'application.daysDropped', n: 8 },
      { action: 'assignment.split', n: 8 },
      { action: 'fair.updated', n: 2 },
    ]);

    // 宮古市 hears about its application and its guest in one message; 山北町 about its application. The others have no representative.
    const outbox = await t.db.query(`SELECT recipient FROM outbox_messages WHERE kind = 'fair.daysChanged' ORDER BY recipient`);
    expect(outbox.map((x: { recipient: string }) => x.recipient)).toEqual([DEMO.miyako.email, DEMO.yamakita.email]);
    const miyako = await sink.waitFor((m) => dropsADay(m) && m.to.includes(DEMO.miyako.email) && m.subject.includes('Fair days changed'));
    expect(miyako.subject).toBe('【Bussanten】開催日の変更に伴うお知らせ：交流都市地方物産展 / Fair days changed: Friendship City Local Products Fair');
    expect(miyako.text).toContain('出展日から外した日：令和5年2月19日(日)');
    expect(miyako.text).toContain('ブース A1：令和5年2月17日(金)〜21日(火) → 令和5年2月17日(金)〜18日(土)、令和5年2月20日(月)〜21日(火)');
    expect(miyako.text).toContain('取り消した来場予定：ハタチの龍馬 令和5年2月19日(日) 13:30〜14:00');
    expect(miyako.text).toContain('Booth A1: Fri 17 – Tue 21 Feb 2023 → Fri 17 – Sat 18 Feb 2023, Mon 20 – Tue 21 Feb 2023');
    // The application's page, and the host in each half (品川区 set no contact here).
    expect(miyako.text).toMatch(/申込のページ \/ Your application:\nhttps?:\/\/[^/\s]+\/my\/applications\/[0-9a-f-]{36}\n/);
    expect(miyako.text).toContain('お問い合わせ：品川区');
    expect(miyako.text).toContain('Contact: ');
    const yamakita = await sink.waitFor((m) => dropsADay(m) && m.to.includes(DEMO.yamakita.email) && m.subject.includes('Fair days changed'));
    expect(yamakita.text).toContain('ブース A5');
    expect(yamakita.text).not.toContain('ハタチの龍馬');
    expect(sink.messages.filter((m) => dropsADay(m) && m.subject.includes('Fair days changed') && m.to.includes(DEMO.miyako.email))).toHaveLength(1);
  });

  it('closing a day on which an application has its only day keeps the application with no days and deletes its holding', async () => {
    const [yamakita] = await t.db.query(
      `SELECT a.id FROM applications a JOIN municipalities mu ON mu.id = a.municipality_id WHERE mu.name = '山北町' AND a.fair_id = $1`,
      [fairId],
    );
    // 山北町 now attends only 2/20 (the organizer's doing, straight in the tables for brevity).
    await t.db.query(`DELETE FROM application_days WHERE application_id = $1 AND date <> '2023-02-20'`, [yamakita.id]);
    await t.db.query(`DELETE FROM booth_assignments WHERE application_id = $1 AND first_day <> '2023-02-20'`, [yamakita.id]);
    await t.db.query(`UPDATE booth_assignments SET last_day = '2023-02-20' WHERE application_id = $1`, [yamakita.id]);
    const now = (await t.http.get(`/api/fairs/${fairId}`).expect(200)).body.days.map(({ date, opens, closes }: FairDayInput) => ({ date, opens, closes }));
    const closed = now.map((d: FairDayInput) => (d.date === '2023-02-20' ? { ...d, opens: null, closes: null } : d));
    const refused = await put(closed).expect(409);
    const named = metas<DayConflictApplication>(refused.body.details, 'applicationAttends').find((a) => a.municipalityName === '山北町');
    expect(named).toMatchObject({ leftWithoutDays: true, holdings: [{ boothCode: 'A5', from: '2023-02-20', to: '2023-02-20', after: [] }] });
    await put(closed, { dropApplicationDays: true }).expect(200);
    expect(await t.db.query('SELECT status FROM applications WHERE id = $1', [yamakita.id])).toEqual([{ status: 'accepted' }]);
    expect(await t.db.query('SELECT count(*)::int AS n FROM application_days WHERE application_id = $1', [yamakita.id])).toEqual([{ n: 0 }]);
    expect(await holdingsOf('山北町')).toEqual([]);
    expect(await holdingsOf('宮古市')).toEqual([
      { code: 'A1', from: '2023-02-17', to: '2023-02-18' },
      { code: 'A1', from: '2023-02-21', to: '2023-02-21' },
    ]);
    const mail = await sink.waitFor((m) => m.to.includes(DEMO.yamakita.email) && m.text.includes('出展日が残っていません'));
    expect(mail.text).toContain('ブース A5：令和5年2月20日(月) → なし');
  });

  it('an edit that leaves the days alone touches no application, holding or visit', async () => {
    const now = (await t.http.get(`/api/fairs/${fairId}`).expect(200)).body.days.map(({ date, opens, closes }: FairDayInput) => ({ date, opens, closes }));
    const before = await t.db.query('SELECT count(*)::int AS n FROM application_events');
    await t.http
      .put(`/api/fairs/${fairId}`)
      .send({ ...base, description: '説明を変えただけ', days: now })
      .expect(200);
    expect(await t.db.query('SELECT count(*)::int AS n FROM application_events')).toEqual(before);
  });
});

describe('a release never lists an exhibitor on a closed day (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('leaves the closed day out of exhibitors’ days and cuts their holdings around it, whatever the tables hold', async () => {
    const [fair] = await t.db.query(`SELECT id FROM fairs WHERE slug = 'koryu-toshi-2023'`);
    // Closed behind the API's back: applications still attend 2/19 and hold booths across it.
    await t.db.query(`UPDATE fair_days SET opens = NULL, closes = NULL WHERE fair_id = $1 AND date = '2023-02-19'`, [fair.id]);
    await t.http.post(`/api/fairs/${fair.id}/releases`).send({ note: null }).expect(201);
    const published = (await t.anonymous.get('/api/public/fairs/koryu-toshi-2023').expect(200)).body;
    const miyako = published.exhibitors.find((e: { name: string }) => e.name === '宮古市');
    expect(miyako.days).toEqual(['2023-02-17', '2023-02-18', '2023-02-20', '2023-02-21']);
    expect(miyako.booths).toEqual([
      { code: 'A1', from: '2023-02-17', to: '2023-02-18' },
      { code: 'A1', from: '2023-02-20', to: '2023-02-21' },
    ]);
    const a1 = published.plan.booths.find((b: { code: string }) => b.code === 'A1');
    expect(a1.holders.map((h: { name: string; from: string; to: string }) => [h.name, h.from, h.to])).toEqual([
      ['宮古市', '2023-02-17', '2023-02-18'],
      ['宮古市', '2023-02-20', '2023-02-21'],
    ]);
  });
});
