import type { FairWithdrawal } from '@bussanten/contracts';
import { applicationInput, FAIR_2027_DAYS, openFair } from '../../test/fair-fixtures';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink';
import { addMember, createHost, DEMO, municipalityId, startTestApp, type Client, type TestApp } from '../../test/test-app';

/** The Japanese-calendar date of an instant in Japan, computed apart from the code under test: '令和7年2月1日'. */
function japanDate(iso: string): string {
  const parts = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    timeZone: 'Asia/Tokyo',
    era: 'long',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('era')}${part('year') === '1' ? '元' : part('year')}年${part('month')}月${part('day')}日`;
}

describe('a withdrawn application reaches the organizers (real PostgreSQL, mail through an SMTP server)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let miyako: Client;
  let yamakita: Client;
  let otaOrganizer: Client;
  const colleague = 'second-organizer@shinagawa.example';
  const withdrawnMail = async () =>
    (await t.db.query(`SELECT recipient FROM outbox_messages WHERE kind = 'application.withdrawn' ORDER BY recipient`)).map(
      (r: { recipient: string }) => r.recipient,
    );

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ mail: { smtpUrl: sink.url, pollMs: 100 } });
    miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    yamakita = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    const [{ id: shinagawa }] = await t.db.query(`SELECT id FROM hosts WHERE name = '品川区'`);
    // Who must hear of it: both live organizers of 品川区. Who must not: a revoked one, and 大田区's organizer.
    await addMember(t, { email: colleague, password: 'second organizer password', role: 'organizer', hostId: shinagawa });
    const revoked = await addMember(t, { email: 'revoked@shinagawa.example', password: 'revoked organizer password', role: 'organizer', hostId: shinagawa });
    await t.db.query('UPDATE memberships SET disabled_at = now() WHERE id = $1', [revoked.membershipId]);
    const ota = await createHost(t, '大田区', 'Ota City');
    await addMember(t, { email: 'organizer@ota.example', password: 'ota organizer password', role: 'organizer', hostId: ota });
    otaOrganizer = await t.signIn('organizer@ota.example', 'ota organizer password');
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('宮古市, accepted, declines the published 2023 fair (出展辞退): both organizers get one mail, its booth is free, the fair page and the release preview show it', async () => {
    const [{ id: fairId }] = await t.db.query(`SELECT id FROM fairs WHERE slug = 'koryu-toshi-2023'`);
    const miyakoId = await municipalityId(t, '宮古市');
    const mine = (await miyako.get('/api/my/applications').expect(200)).body.find((a: { fairId: string }) => a.fairId === fairId);
    const held = (await t.http.get(`/api/fairs/${fairId}/assignments`).expect(200)).body.filter((a: { applicationId: string }) => a.applicationId === mine.id);
    expect(held.length).toBeGreaterThan(0);
    expect((await t.http.get(`/api/fairs/${fairId}/withdrawals`).expect(200)).body).toEqual([]);

    await miyako.post(`/api/my/applications/${mine.id}/withdraw`).expect(200);

    // The mail: one per live organizer of the host, nobody else.
    expect(await withdrawnMail()).toEqual([colleague, DEMO.organizer.email].sort());
    const mail = await sink.waitFor((m) => m.to.includes(DEMO.organizer.email) && m.subject.includes('出展辞退'));
    await sink.waitFor((m) => m.to.includes(colleague) && m.subject.includes('出展辞退'));
    expect(mail.subject).toBe('【Bussanten】出展辞退：宮古市（交流都市地方物産展） / Participation cancelled: Miyako (Friendship City Local Products Fair)');
    expect(mail.text).toContain('宮古市が、承認された「交流都市地方物産展」への出展を辞退しました。');
    expect(mail.text).toContain('それまでの状態：承認');
    expect(mail.text).toMatch(/空いたブース：A\d+（令和5年2月\d+日\(.\)〜\d+日\(.\)）/);
    expect(mail.text).toMatch(new RegExp(`Booths freed: ${held[0].boothCode} \\(\\w{3} \\d+ – \\w{3} \\d+ Feb 2023\\)`));
    expect(mail.text).toContain('公開ページには、次に公開するまで宮古市が出展者として掲載されたままです。');
    expect(mail.text).toMatch(new RegExp(`^https?://[^/\\s]+/fairs/${fairId}/releases$`, 'm'));
    // Its item: the application's page for organizers, once, after both halves.
    expect(mail.text).toMatch(new RegExp(`申込の詳細 / The application:\\nhttps?://[^/\\s]+/fairs/${fairId}/applications/${mine.id}\\n`));

    // The fair page's list: the booths freed, and the public page still listing 宮古市.
    const [withdrawal] = (await t.http.get(`/api/fairs/${fairId}/withdrawals`).expect(200)).body as FairWithdrawal[];
    expect(withdrawal).toEqual({
      applicationId: mine.id,
      municipality: { id: miyakoId, name: '宮古市', nameEn: expect.anything() },
      status: 'declined',
      withdrawnAt: expect.any(String),
      withdrawnBy: DEMO.miyako.displayName,
      previousStatus: 'accepted',
      boothsFreed: held.map((a: { boothCode: string; from: string; to: string }) => ({ code: a.boothCode, from: a.from, to: a.to })),
      stillPublic: true,
    });
    // The mail names the withdrawal's day in Japan, in 和暦, whatever this process's time zone.
    expect(mail.text).toContain(`日時：${japanDate(withdrawal.withdrawnAt)}(`);
    await otaOrganizer.get(`/api/fairs/${fairId}/withdrawals`).expect(404);

    // The booth is free on the organizer's map, and the history says why.
    const after = (await t.http.get(`/api/fairs/${fairId}/assignments`).expect(200)).body;
    expect(after.filter((a: { applicationId: string }) => a.applicationId === mine.id)).toEqual([]);
    const history = (await t.http.get(`/api/applications/${mine.id}/history`).expect(200)).body.map((e: { action: string }) => e.action);
    expect(history.slice(-(held.length + 1))).toEqual([...held.map(() => 'unassigned'), 'declined']);
    const [audit] = await t.db.query(`SELECT action, changes FROM audit_log WHERE entity_id = $1 ORDER BY at DESC, id DESC LIMIT 1`, [mine.id]);
    expect(audit).toEqual({
      action: 'application.declined',
      changes: { status: { before: 'accepted', after: 'declined' }, booths: { before: held.length, after: 0 } },
    });

    // The next release would remove the exhibitor, and once published the page no longer lists it.
    const preview = await t.http.get(`/api/fairs/${fairId}/releases/preview`).expect(200);
    expect(preview.body).toContainEqual(expect.objectContaining({ kind: 'exhibitorWithdrawn', subject: '宮古市', after: null, ref: miyakoId }));
    await t.http.post(`/api/fairs/${fairId}/releases`).send({ note: '宮古市の出展取りやめ' }).expect(201);
    expect((await t.http.get(`/api/fairs/${fairId}/withdrawals`).expect(200)).body).toMatchObject([{ applicationId: mine.id, stillPublic: false }]);
    const feed = await t.anonymous.get('/api/public/fairs/koryu-toshi-2023').expect(200);
    expect(feed.body.exhibitors.map((e: { id: string }) => e.id)).not.toContain(miyakoId);

    // A second withdrawal is refused and mails nobody.
    await miyako.post(`/api/my/applications/${mine.id}/withdraw`).expect(409);
    expect(await withdrawnMail()).toHaveLength(2);
  });

  it('mails the organizers for an application that was only submitted, and drops it from the list once submitted again', async () => {
    const fair = await openFair(t, 'withdraw-2027');
    const applied = await yamakita
      .post(`/api/my/fairs/${fair.id}/application`)
      .send(applicationInput([FAIR_2027_DAYS[0].date]))
      .expect(201);
    const before = (await withdrawnMail()).length;
    await yamakita.post(`/api/my/applications/${applied.body.id}/withdraw`).expect(200);
    expect(await withdrawnMail()).toHaveLength(before + 2);
    const mail = await sink.waitFor((m) => m.to.includes(DEMO.organizer.email) && m.subject.includes('山北町'));
    expect(mail.subject).toContain('出展申込の取り下げ：山北町');
    expect(mail.text).toContain('それまでの状態：審査中');
    expect(mail.text).toContain('空いたブース：なし');
    expect(mail.text).toContain('山北町は公開ページに掲載されていません。');
    expect((await t.http.get(`/api/fairs/${fair.id}/withdrawals`).expect(200)).body).toMatchObject([
      {
        applicationId: applied.body.id,
        municipality: { name: '山北町' },
        status: 'withdrawn',
        previousStatus: 'submitted',
        boothsFreed: [],
        stillPublic: false,
      },
    ]);

    await yamakita
      .post(`/api/my/fairs/${fair.id}/application`)
      .send(applicationInput([FAIR_2027_DAYS[0].date]))
      .expect(201);
    expect((await t.http.get(`/api/fairs/${fair.id}/withdrawals`).expect(200)).body).toEqual([]);
  });
});
