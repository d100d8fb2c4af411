import ICAL from 'ical.js';
import type { PublicFair } from '@bussanten/contracts';
import { acceptedApplication, applicationInput, FAIR_2027_DAYS, openFair } from '../../test/fair-fixtures';
import { DEMO, startTestApp, type TestApp } from '../../test/test-app';

const SLUG = 'koryu-toshi-2023';

describe('publishing and the public feeds (real PostgreSQL)', () => {
  let t: TestApp;
  let fairId: string;
  beforeAll(async () => {
    t = await startTestApp();
    fairId = (await t.http.get('/api/fairs').expect(200)).body.find((f: { slug: string }) => f.slug === SLUG).id;
  });
  afterAll(() => t.close());

  it('serves the seeded first release as JSON with a strong ETag, 304 and CDN-friendly caching', async () => {
    const res = await t.anonymous.get(`/api/public/fairs/${SLUG}`).expect(200);
    const fair = res.body as PublicFair;
    expect(fair.release.version).toBe(1);
    expect(fair.exhibitors.map((e) => e.name)).toHaveLength(8);
    expect(fair.exhibitors.find((e) => e.name === '宮古市')).toMatchObject({
      prefecture: '岩手県',
      tieLabel: '災害協定、商店街イベント(目黒のさんま祭り)',
      booths: [{ code: 'A1' }],
    });
    expect(fair.exhibitors.find((e) => e.name === '宮古市')?.ties[0]).toMatchObject({
      label: '災害協定',
      labelEn: 'Disaster mutual-aid agreement',
      explanation: expect.stringContaining('災害'),
    });
    expect(fair.appearances.map((a) => [a.start, a.end, a.status])).toEqual([
      ['13:30', '14:00', 'mayChange'],
      ['14:30', '15:00', 'mayChange'],
      ['15:30', '16:00', 'mayChange'],
    ]);
    expect(fair.appearances.map((a) => [a.locationLabel, a.locationLabelEn])).toEqual(Array(3).fill(['会場全体', 'Whole venue']));
    expect(fair.plan.booths.find((b) => b.code === 'A1')?.holders).toEqual([{ name: '宮古市', nameEn: 'Miyako', from: '2023-02-17', to: '2023-02-21' }]);
    expect(fair.days.find((d) => d.date === '2023-02-21')).toMatchObject({ closes: '18:00', short: true });
    expect(res.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{27}-gz"$/); // supertest asks for gzip (public-body.ts)
    expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    await t.anonymous.get(`/api/public/fairs/${SLUG}`).set('If-None-Match', res.headers['etag']).expect(304);
    const day = await t.anonymous.get(`/api/public/fairs/${SLUG}/days/2023-02-19`).expect(200);
    expect(day.body.appearances).toHaveLength(3);
    expect(day.body.days).toEqual([expect.objectContaining({ date: '2023-02-19' })]);
    await t.anonymous.get(`/api/public/fairs/${SLUG}/days/2023-02-22`).expect(404);
  });

  it('has an iCal feed a real parser reads: the 5 days and 3 visits at the right Japan times, stable UIDs', async () => {
    const res = await t.anonymous.get(`/api/public/fairs/${SLUG}/calendar.ics`).expect(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(8);
    const utc = (e: ICAL.Event) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()];
    expect(utc(events[0])).toEqual(['2023-02-17T01:00:00.000Z', '2023-02-17T11:00:00.000Z']);
    expect(utc(events[4])).toEqual(['2023-02-21T01:00:00.000Z', '2023-02-21T09:00:00.000Z']); // 10:00–18:00 JST
    const visits = events.filter((e) => e.summary.startsWith('ハタチの龍馬'));
    expect(visits.map(utc)).toEqual([
      ['2023-02-19T04:30:00.000Z', '2023-02-19T05:00:00.000Z'],
      ['2023-02-19T05:30:00.000Z', '2023-02-19T06:00:00.000Z'],
      ['2023-02-19T06:30:00.000Z', '2023-02-19T07:00:00.000Z'],
    ]);
    const json = (await t.anonymous.get(`/api/public/fairs/${SLUG}`).expect(200)).body as PublicFair;
    expect(visits.map((e) => e.uid.split('@')[0])).toEqual(json.appearances.map((a) => a.id));
  });

  it('exports the exhibitors as CSV with a BOM', async () => {
    const res = await t.anonymous
      .get(`/api/public/fairs/${SLUG}/exhibitors.csv`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(9);
  });

  it('shows nothing new until the next release; then the change is in the changelog and the SEQUENCE goes up', async () => {
    const before = (await t.anonymous.get(`/api/public/fairs/${SLUG}`).expect(200)).body as PublicFair;
    const second = before.appearances[1];
    await t.http
      .put(`/api/appearances/${second.id}`)
      .send({
        guestId: (await t.http.get('/api/guests')).body[0].id,
        date: '2023-02-19',
        start: '14:45',
        end: null,
        durationMinutes: 30,
        approximate: true,
        location: { kind: 'venue' },
        status: 'mayChange',
        publicNote: null,
      })
      .expect(200);
    expect((await t.anonymous.get(`/api/public/fairs/${SLUG}`).expect(200)).body).toEqual(before);

    const preview = await t.http.get(`/api/fairs/${fairId}/releases/preview`).expect(200);
    expect(preview.body).toEqual([expect.objectContaining({ kind: 'appearanceMoved', subject: 'ハタチの龍馬', ref: second.id })]);
    const published = await t.http.post(`/api/fairs/${fairId}/releases`).send({ note: '2回目の来店時間を変更' }).expect(201);
    expect(published.body).toMatchObject({
      version: 2,
      note: '2回目の来店時間を変更',
      authorName: expect.any(String),
      changes: [{ kind: 'appearanceMoved', before: '2023-02-19 14:30–15:00 会場全体', after: '2023-02-19 14:45–15:15 会場全体' }],
    });
    const after = (await t.anonymous.get(`/api/public/fairs/${SLUG}`).expect(200)).body as PublicFair;
    expect(after.release.version).toBe(2);
    expect(after.appearances.find((a) => a.id === second.id)).toMatchObject({ start: '14:45', sequence: 1 });
    expect(after.changes).toHaveLength(1);
    const history = await t.http.get(`/api/fairs/${fairId}/releases`).expect(200);
    expect(history.body.map((r: { version: number }) => r.version)).toEqual([2, 1]);
  });

  it('raises a day event’s SEQUENCE only in the release that changes that day; every event has LAST-MODIFIED and a URL back to the page', async () => {
    const feed = async () => {
      const res = await t.anonymous.get(`/api/public/fairs/${SLUG}/calendar.ics`).expect(200);
      return new ICAL.Component(ICAL.parse(res.text)).getAllSubcomponents('vevent');
    };
    const field = (v: ICAL.Component, name: string) => String(v.getFirstPropertyValue(name));
    const byUid = (events: ICAL.Component[]) => new Map(events.map((v) => [field(v, 'uid').split('@')[0], v]));
    const before = byUid(await feed());
    const released = (await t.anonymous.get(`/api/public/fairs/${SLUG}`).expect(200)).body as PublicFair;

    // The 18th closes an hour earlier; nothing else changes.
    const fair = (await t.http.get(`/api/fairs/${fairId}`).expect(200)).body;
    const days = fair.days.map(({ date, opens, closes }: PublicFair['days'][number]) => ({ date, opens, closes: date === '2023-02-18' ? '19:00' : closes }));
    const { title, titleEn, slug, description, applicationsOpenAt, applicationsCloseAt } = fair;
    await t.http
      .put(`/api/fairs/${fairId}`)
      .send({ title, titleEn, slug, roomId: fair.room.id, description, applicationsOpenAt, applicationsCloseAt, days })
      .expect(200);
    await t.http.post(`/api/fairs/${fairId}/releases`).send({ note: '18日は19時まで' }).expect(201);
    const after = byUid(await feed());
    const publishedAt = ((await t.anonymous.get(`/api/public/fairs/${SLUG}`).expect(200)).body as PublicFair).release.publishedAt;

    const dayUid = (date: string) => `${SLUG}-${date}`;
    const seq = (v: ICAL.Component | undefined) => Number(v?.getFirstPropertyValue('sequence'));
    const modified = (v: ICAL.Component | undefined) => (v?.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString();
    expect(seq(after.get(dayUid('2023-02-18')))).toBe(seq(before.get(dayUid('2023-02-18'))) + 1);
    // iCal times are whole seconds.
    expect(modified(after.get(dayUid('2023-02-18')))).toBe(new Date(Math.floor(Date.parse(publishedAt) / 1000) * 1000).toISOString());
    for (const date of ['2023-02-17', '2023-02-19', '2023-02-20', '2023-02-21']) {
      expect(seq(after.get(dayUid(date)))).toBe(seq(before.get(dayUid(date))));
      expect(modified(after.get(dayUid(date)))).toBe(modified(before.get(dayUid(date))));
    }
    // Appearances keep theirs too, and each event links to the page (an appearance to its place on it).
    for (const a of released.appearances) expect(seq(after.get(a.id))).toBe(a.sequence);
    const page = field(after.get(dayUid('2023-02-17'))!, 'url');
    expect(page).toMatch(new RegExp(`^http://[^/]+/f/${SLUG}$`));
    expect(field(after.get(released.appearances[0].id)!, 'url')).toBe(`${page}#v-${released.appearances[0].id}`);
  });

  it("releases the booths' areas and the exhibitors' readings, and the page lists the exhibitors by area", async () => {
    const fair = await openFair(t, 'areas-2027');
    // A1 is put in an area (its other fields as the copied plan has them); the rest have none.
    const plan = await t.http.get(`/api/fairs/${fair.id}/booths`).expect(200);
    const a1 = plan.body.booths.find((b: { code: string }) => b.code === 'A1');
    const { code, x, y, width, depth, powerWatts, fridge, freezer, water, cookingAllowed, tags, prime } = a1;
    await t.http
      .put(`/api/fairs/${fair.id}/booths/${a1.id}`)
      .send({ code, x, y, width, depth, powerWatts, fridge, freezer, water, cookingAllowed, tags, prime, zone: '入口側' })
      .expect(200);
    const miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const application = await acceptedApplication(t, miyako, fair.id, applicationInput(FAIR_2027_DAYS.map((d) => d.date)));
    await t.http
      .post(`/api/applications/${application}/assignments`)
      .send({ boothId: fair.boothIds['A1'], from: FAIR_2027_DAYS[0].date, to: FAIR_2027_DAYS[4].date })
      .expect(201);
    await t.http.post(`/api/fairs/${fair.id}/releases`).send({ note: null }).expect(201);

    const released = (await t.anonymous.get('/api/public/fairs/areas-2027').expect(200)).body as PublicFair;
    expect(released.plan.booths.find((b) => b.code === 'A1')?.zone).toBe('入口側');
    expect(released.plan.booths.filter((b) => b.code !== 'A1').every((b) => b.zone === null)).toBe(true);
    expect(released.exhibitors.map((e) => [e.name, e.reading])).toEqual([['宮古市', 'みやこし']]);
    const page = (await t.anonymous.get('/f/areas-2027').expect(200)).text;
    expect(page).toContain('<a href="#area-a1">入口側(1)</a>');
    expect(page).toMatch(/<div class="area" id="area-a1" data-area="a1"><h3 id="area-a1-h">入口側 [^]*?<h4>宮古市 /);
    expect(page).toMatch(
      /<li id="ex-[^"]+" class="ex" data-find="宮古市\nみやこし\nmiyako\n岩手県\niwate\nさんま加工品\na1\n入口側" data-cat="seafood" data-area="a1">/,
    );
  });

  it('never shows private fields or unreleased fairs on any public route', async () => {
    const fair = await openFair(t, 'private-2027');
    const miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    await acceptedApplication(
      t,
      miyako,
      fair.id,
      applicationInput([FAIR_2027_DAYS[0].date], {
        staff: [{ name: '非公開 太郎', phone: '090-9999-8888' }],
        note: '内部メモ：駐車場は地下2階',
        permit: { status: 'held', number: '秘密第77号', healthCentre: '秘密保健所' },
        prText: '  朝獲れのさんまをどうぞ ',
        prTextEn: 'Try our morning-caught saury',
      }),
    );
    await t.http
      .post('/api/guests')
      .send({
        name: '非公開ゲスト',
        nameEn: null,
        kind: 'mascot',
        ownerMunicipalityId: null,
        profile: null,
        profileEn: null,
        contact: 'secret-contact@example.jp',
      })
      .expect(201);
    // Not released yet: nothing public, not even in the index.
    await t.anonymous.get('/api/public/fairs/private-2027').expect(404);
    expect((await t.anonymous.get('/api/public/fairs').expect(200)).body.map((f: { slug: string }) => f.slug)).not.toContain('private-2027');
    await t.http.post(`/api/fairs/${fair.id}/status`).send({ status: 'closed' }).expect(200);
    await t.http.post(`/api/fairs/${fair.id}/releases`).send({ note: null }).expect(201);

    const bodies = await Promise.all(
      [
        '/api/public/fairs',
        '/api/public/fairs/private-2027',
        `/api/public/fairs/private-2027/days/${FAIR_2027_DAYS[0].date}`,
        '/api/public/fairs/private-2027/calendar.ics',
        '/api/public/fairs/private-2027/exhibitors.csv',
        `/api/public/fairs/${SLUG}`,
      ].map(async (url) => (await t.anonymous.get(url).expect(200)).text),
    );
    const everything = bodies.join('\n');
    expect(everything).toContain('宮古市');
    // The PR texts are written for visitors: the feed carries them, trimmed, unlike the note.
    const feed = JSON.parse(bodies[1]) as PublicFair;
    expect(feed.exhibitors.find((e) => e.name === '宮古市')).toMatchObject({ prText: '朝獲れのさんまをどうぞ', prTextEn: 'Try our morning-caught saury' });
    for (const secret of [
      '非公開 太郎',
      '090-9999-8888',
      '内部メモ',
      '秘密第77号',
      '秘密保健所',
      'secret-contact@example.jp',
      DEMO.miyako.email,
      '@miyako.example',
      'organizer@',
    ]) {
      expect(everything).not.toContain(secret);
    }
    // A draft fair cannot be released at all.
    const draft = await t.http
      .post('/api/fairs')
      .send({ title: '下書き', slug: 'draft-2027', roomId: (await t.http.get('/api/venues')).body[0].rooms[0].id, days: FAIR_2027_DAYS })
      .expect(201);
    await t.http.post(`/api/fairs/${draft.body.id}/releases`).send({ note: null }).expect(409);
    await t.anonymous.get('/api/public/fairs/draft-2027').expect(404);
  });

  it('mails an exhibitor whose booth moved, with an .ics of its days, in the release transaction', async () => {
    const fair = await openFair(t, 'mail-2027');
    const yamakita = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    const app = await acceptedApplication(
      t,
      yamakita,
      fair.id,
      applicationInput([FAIR_2027_DAYS[3].date, FAIR_2027_DAYS[4].date], { permit: { status: 'notNeeded', number: null, healthCentre: null } }),
    );
    const placed = await t.http
      .post(`/api/applications/${app}/assignments`)
      .send({ boothId: fair.boothIds.A5, from: FAIR_2027_DAYS[3].date, to: FAIR_2027_DAYS[4].date })
      .expect(201);
    await t.http.post(`/api/fairs/${fair.id}/status`).send({ status: 'closed' }).expect(200);
    await t.http.post(`/api/fairs/${fair.id}/releases`).send({ note: null }).expect(201);
    await t.http
      .put(`/api/assignments/${placed.body.id}`)
      .send({ boothId: fair.boothIds.A4, from: FAIR_2027_DAYS[3].date, to: FAIR_2027_DAYS[4].date })
      .expect(200);
    await t.http.post(`/api/fairs/${fair.id}/releases`).send({ note: null }).expect(201);
    // Only this fair's: an earlier test's release mailed the 2023 fair's exhibitors.
    const [message, ...more] = await t.db.query(
      `SELECT recipient, body, attachments FROM outbox_messages WHERE kind = 'release.changed' AND position('テスト物産展 mail-2027' in body) > 0`,
    );
    expect(more).toEqual([]);
    expect(message.recipient).toBe(DEMO.yamakita.email);
    expect(message.body).toContain('A5');
    expect(message.body).toContain('A4');
    const ics = new ICAL.Component(ICAL.parse(message.attachments[0].content));
    expect(ics.getAllSubcomponents('vevent')).toHaveLength(2);
  });

  it('tells the municipality that sends a guest when its slot changed, with an .ics of its visits', async () => {
    const fair = await openFair(t, 'guest-mail-2027');
    const [yamakitaTown] = await t.db.query(`SELECT id FROM municipalities WHERE name = '山北町'`);
    const taiko = await t.http
      .post('/api/guests')
      .send({ name: '八潮太鼓之会', nameEn: null, kind: 'performer', ownerMunicipalityId: yamakitaTown.id, profile: null, profileEn: null, contact: null })
      .expect(201);
    const slot = {
      guestId: taiko.body.id,
      date: FAIR_2027_DAYS[1].date,
      end: null,
      durationMinutes: 30,
      approximate: false,
      location: { kind: 'venue' },
      status: 'confirmed',
      publicNote: null,
    };
    const visit = await t.http
      .post(`/api/fairs/${fair.id}/appearances`)
      .send({ ...slot, start: '13:00' })
      .expect(201);
    await t.http.post(`/api/fairs/${fair.id}/status`).send({ status: 'closed' }).expect(200);
    await t.http.post(`/api/fairs/${fair.id}/releases`).send({ note: null }).expect(201);
    await t.http
      .put(`/api/appearances/${visit.body.id}`)
      .send({ ...slot, start: '15:00' })
      .expect(200);
    await t.http.post(`/api/fairs/${fair.id}/releases`).send({ note: null }).expect(201);
    const messages = await t.db.query(
      `SELECT recipient, subject, body, attachments FROM outbox_messages WHERE kind = 'release.changed' AND subject LIKE '%八潮太鼓之会%'`,
    );
    expect(messages).toHaveLength(1);
    expect(messages[0].recipient).toBe(DEMO.yamakita.email);
    expect(messages[0].body).toContain('13:00–13:30');
    expect(messages[0].body).toContain('15:00–15:30');
    const ics = new ICAL.Component(ICAL.parse(messages[0].attachments[0].content));
    expect(ics.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toJSDate().toISOString())).toEqual([
      `${FAIR_2027_DAYS[1].date}T06:00:00.000Z`,
    ]);
  });
});
