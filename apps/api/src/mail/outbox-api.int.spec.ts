import { addMember, DEMO, municipalityId, startTestApp, type Client, type TestApp } from '../../test/test-app';
import { OutboxService } from './outbox.service';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('GET /api/outbox without SMTP (real PostgreSQL)', () => {
  let t: TestApp;
  let ota: Client;
  let otaHostId: string;

  beforeAll(async () => {
    t = await startTestApp(); // no mail options: SMTP_URL unset
    const [host] = await t.db.query(`INSERT INTO hosts (name, name_en) VALUES ('大田区', 'Ota City') RETURNING id`);
    otaHostId = host.id;
    await addMember(t, { email: 'organizer@ota.example', displayName: '大田 主催者', password: 'ota organizer password', role: 'organizer', hostId: host.id });
    ota = await t.signIn('organizer@ota.example', 'ota organizer password');
  });
  afterAll(() => t.close());

  it('keeps messages unsent and shows them to the organizers with delivering=false', async () => {
    const miyako = await municipalityId(t, '宮古市');
    await t.http.post('/api/people/invitations').send({ email: 'outbox@miyako.example', role: 'representative', municipalityId: miyako }).expect(201);
    await sleep(300);
    const res = await t.http.get('/api/outbox').expect(200);
    expect(res.body.delivering).toBe(false);
    const item = res.body.items.find((i: { recipient: string }) => i.recipient === 'outbox@miyako.example');
    expect(item).toEqual({
      id: expect.any(String),
      kind: 'invitation',
      recipient: 'outbox@miyako.example',
      subject: expect.stringContaining('招待 / Invitation'),
      body: expect.stringContaining('/invitations/'),
      state: 'pending',
      attempts: 0,
      lastError: null,
      createdAt: expect.any(String),
      sentAt: null,
    });
    const [row] = await t.db.query(`SELECT attempts, sent_at, next_attempt_at <= now() AS due FROM outbox_messages WHERE id = $1`, [item.id]);
    expect(row).toEqual({ attempts: 0, sent_at: null, due: true }); // never claimed
  });

  it("shows each host only its own messages (not another host's, not host-less ones)", async () => {
    const outbox = t.app.get(OutboxService);
    await t.db.transaction(async (m) => {
      await outbox.enqueue(m, { kind: 'application.received', hostId: otaHostId, recipient: 'ota-only@example.jp', subject: '大田区だけ', body: 'b' });
      await outbox.enqueue(m, { kind: 'application.received', hostId: null, recipient: 'nobody@example.jp', subject: 'どこにも出ない', body: 'b' });
    });
    const shinagawa = await t.http.get('/api/outbox').expect(200);
    const recipients = (page: { items: { recipient: string }[] }) => page.items.map((i) => i.recipient);
    expect(recipients(shinagawa.body)).toContain('outbox@miyako.example');
    expect(recipients(shinagawa.body)).not.toContain('ota-only@example.jp');
    expect(recipients(shinagawa.body)).not.toContain('nobody@example.jp');
    const other = await ota.get('/api/outbox').expect(200);
    expect(other.body).toMatchObject({ total: 1, items: [{ recipient: 'ota-only@example.jp' }] });
  });

  it('pages 50 at a time, newest first, and filters by state', async () => {
    // 55 more for 大田区: 40 pending, 10 sent, 5 failed, one a second apart.
    await t.db.query(
      `INSERT INTO outbox_messages (kind, host_id, recipient, subject, body, created_at, attempts, sent_at, failed_at, last_error)
       SELECT 'application.received', $1, 'r' || i || '@example.jp', 'message ' || i, 'b',
              now() - (100 - i) * interval '1 second',
              CASE WHEN i > 40 THEN 1 ELSE 0 END,
              CASE WHEN i BETWEEN 41 AND 50 THEN now() END,
              CASE WHEN i > 50 THEN now() END,
              CASE WHEN i > 50 THEN '451 try later' END
       FROM generate_series(1, 55) AS i`,
      [otaHostId],
    );
    const first = await ota.get('/api/outbox').expect(200);
    expect(first.body.total).toBe(56);
    expect(first.body.items).toHaveLength(50);
    expect(first.body.items[0].recipient).toBe('ota-only@example.jp'); // created just now
    expect(first.body.items[1].subject).toBe('message 55');
    const times = first.body.items.map((i: { createdAt: string }) => i.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const second = await ota.get('/api/outbox?page=2').expect(200);
    expect(second.body.items.map((i: { subject: string }) => i.subject)).toEqual([
      'message 6',
      'message 5',
      'message 4',
      'message 3',
      'message 2',
      'message 1',
    ]);

    const sent = await ota.get('/api/outbox?state=sent').expect(200);
    expect(sent.body.total).toBe(10);
    expect(sent.body.items.every((i: { state: string; sentAt: string | null }) => i.state === 'sent' && i.sentAt)).toBe(true);
    const failed = await ota.get('/api/outbox?state=failed').expect(200);
    expect(failed.body.total).toBe(5);
    expect(failed.body.items[0]).toMatchObject({ state: 'failed', lastError: '451 try later', attempts: 1 });
    const pending = await ota.get('/api/outbox?state=pending&page=1').expect(200);
    expect(pending.body.total).toBe(41);
    const beyond = await ota.get('/api/outbox?page=3').expect(200);
    expect(beyond.body).toEqual({ items: [], total: 56, delivering: false });
  });

  it.each(['state=bogus', 'page=0', 'page=x', 'pageSize=10'])('refuses ?%s', async (query) => {
    const res = await t.http.get(`/api/outbox?${query}`).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('is for organizers only: a representative gets 403, anonymous 401', async () => {
    const rep = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const refused = await rep.get('/api/outbox').expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect(JSON.stringify(refused.body)).not.toContain('outbox@miyako.example');
    await t.anonymous.get('/api/outbox').expect(401);
  });
});
