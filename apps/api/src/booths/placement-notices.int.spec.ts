import { acceptedApplication, applicationInput, FAIR_2027_DAYS, openFair } from '../../test/fair-fixtures';
import { addMember, createHost, DEMO, startTestApp, type Client, type TestApp } from '../../test/test-app';

const days = FAIR_2027_DAYS.map((d) => d.date);

/** No mail on each placement; 「配置を通知」 tells each exhibitor all changes since the last notice (real PostgreSQL). */
describe('placement notices', () => {
  let t: TestApp;
  let miyako: Client;
  let yamakita: Client;
  let fair: { id: string; boothIds: Record<string, string> };
  let miyakoApp: string;
  let yamakitaApp: string;
  const mails = async (kind: string) =>
    (await t.db.query(`SELECT recipient, body FROM outbox_messages WHERE kind = $1 ORDER BY recipient, created_at`, [kind])) as {
      recipient: string;
      body: string;
    }[];

  beforeAll(async () => {
    t = await startTestApp();
    miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    yamakita = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    fair = await openFair(t, 'notice-2027');
    miyakoApp = await acceptedApplication(t, miyako, fair.id, applicationInput(days));
    yamakitaApp = await acceptedApplication(t, yamakita, fair.id, applicationInput(days.slice(0, 2)));
  });
  afterAll(() => t.close());

  it('placing, moving and taking off a booth mails nobody', async () => {
    const placed = await t.http
      .post(`/api/applications/${miyakoApp}/assignments`)
      .send({ boothId: fair.boothIds['A1'], from: days[0], to: days[4] })
      .expect(201);
    await t.http.put(`/api/assignments/${placed.body.id}`).send({ boothId: fair.boothIds['A2'], from: days[0], to: days[4] }).expect(200);
    await t.http.delete(`/api/assignments/${placed.body.id}`).expect(204);
    await t.http.post(`/api/applications/${miyakoApp}/assignments`).send({ boothId: fair.boothIds['A3'], from: days[0], to: days[4] }).expect(201);
    await t.http.post(`/api/applications/${yamakitaApp}/assignments`).send({ boothId: fair.boothIds['B1'], from: days[0], to: days[1] }).expect(201);
    expect(await t.db.query(`SELECT kind FROM outbox_messages WHERE kind LIKE 'assignment.%' OR kind = 'placement.notice'`)).toEqual([]);
  });

  it('previews, then sends one mail per representative with the booths now, and records the notice', async () => {
    const preview = await t.http.get(`/api/fairs/${fair.id}/placement-notice`).expect(200);
    expect(preview.body).toEqual({
      lastSentAt: null,
      published: false,
      items: [
        { applicationId: miyakoApp, municipalityName: '宮古市', before: [], after: [{ booth: 'A3', from: days[0], to: days[4] }], recipients: 1 },
        { applicationId: yamakitaApp, municipalityName: '山北町', before: [], after: [{ booth: 'B1', from: days[0], to: days[1] }], recipients: 1 },
      ],
    });
    const sent = await t.http.post(`/api/fairs/${fair.id}/placement-notice`).expect(200);
    expect(sent.body).toMatchObject({ exhibitors: 2, messages: 2 });
    const notices = await mails('placement.notice');
    expect(notices.map((n) => n.recipient)).toEqual([DEMO.miyako.email, DEMO.yamakita.email].sort());
    const toMiyako = notices.find((n) => n.recipient === DEMO.miyako.email)?.body ?? '';
    expect(toMiyako).toContain('・ブース A3：令和9年2月19日(金)〜23日(火)');
    expect(toMiyako).toContain('- Booth A3: Fri 19 – Tue 23 Feb 2027');
    expect(toMiyako).not.toContain('A2');
    const [audit] = await t.db.query(`SELECT changes FROM audit_log WHERE action = 'placement.noticeSent' AND entity_id = $1`, [fair.id]);
    expect(audit.changes).toEqual({ exhibitors: { before: null, after: ['宮古市', '山北町'] } });
  });

  it('next time tells only who changed since, with what they were told before; nothing changed sends nothing', async () => {
    const before = (await mails('placement.notice')).length;
    const [held] = await t.db.query(`SELECT id FROM booth_assignments WHERE application_id = $1`, [yamakitaApp]);
    await t.http.put(`/api/assignments/${held.id}`).send({ boothId: fair.boothIds['B2'], from: days[0], to: days[0] }).expect(200);
    const preview = await t.http.get(`/api/fairs/${fair.id}/placement-notice`).expect(200);
    expect(preview.body.lastSentAt).toEqual(expect.any(String));
    expect(preview.body.items).toEqual([
      {
        applicationId: yamakitaApp,
        municipalityName: '山北町',
        before: [{ booth: 'B1', from: days[0], to: days[1] }],
        after: [{ booth: 'B2', from: days[0], to: days[0] }],
        recipients: 1,
      },
    ]);
    expect((await t.http.post(`/api/fairs/${fair.id}/placement-notice`).expect(200)).body).toMatchObject({ exhibitors: 1, messages: 1 });
    const all = await mails('placement.notice');
    expect(all).toHaveLength(before + 1);
    const latest = all.filter((m) => m.recipient === DEMO.yamakita.email).at(-1)?.body ?? '';
    expect(latest).toContain('・ブース B2：令和9年2月19日(金)');
    expect(latest).toContain('（前回お知らせした配置）\n・ブース B1：令和9年2月19日(金)〜20日(土)');

    expect((await t.http.post(`/api/fairs/${fair.id}/placement-notice`).expect(200)).body).toMatchObject({ exhibitors: 0, messages: 0 });
    expect(await mails('placement.notice')).toHaveLength(before + 1);
  });

  it('is not for another host, nor for representatives', async () => {
    const other = await createHost(t, '通知区');
    await addMember(t, { email: 'organizer@tsuchi.example', password: 'a long enough passphrase 7', role: 'organizer', hostId: other });
    const stranger = await t.signIn('organizer@tsuchi.example', 'a long enough passphrase 7');
    await stranger.get(`/api/fairs/${fair.id}/placement-notice`).expect(404);
    await stranger.post(`/api/fairs/${fair.id}/placement-notice`).expect(404);
    await miyako.post(`/api/fairs/${fair.id}/placement-notice`).expect(403);
  });

  it('refuses a published fair: its release notices tell exhibitors', async () => {
    const published = (await t.http.get('/api/fairs').expect(200)).body.find((f: { slug: string }) => f.slug === 'koryu-toshi-2023');
    const preview = await t.http.get(`/api/fairs/${published.id}/placement-notice`).expect(200);
    expect(preview.body.published).toBe(true);
    const refused = await t.http.post(`/api/fairs/${published.id}/placement-notice`).expect(409);
    expect(refused.body.code).toBe('FAIR_ALREADY_PUBLISHED');
    expect(await t.db.query(`SELECT 1 FROM placement_notices WHERE fair_id = $1`, [published.id])).toEqual([]);
  });
});
