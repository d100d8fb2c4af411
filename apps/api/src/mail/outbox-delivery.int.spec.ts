import { DataSource } from 'typeorm';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink';
import { startTestApp, type TestApp } from '../../test/test-app';
import { applicationReceived } from './messages';
import { OutboxRepository, type NewOutboxMessage } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { LINK_REMOVED } from './sent-body';

interface Row {
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
  failed_at: Date | null;
  due_in_ms: number;
}

async function rowOf(db: DataSource, id: string): Promise<Row> {
  const [row] = await db.query(
    `SELECT attempts, last_error, sent_at, failed_at, extract(epoch FROM next_attempt_at - now()) * 1000 AS due_in_ms FROM outbox_messages WHERE id = $1`,
    [id],
  );
  return { ...row, due_in_ms: Number(row.due_in_ms) };
}

/** Polls until check() holds (the worker runs on its own timer). */
async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function message(recipient: string, over: Partial<NewOutboxMessage> = {}): NewOutboxMessage {
  return { kind: 'application.received', hostId: null, recipient, subject: `test ${recipient}`, body: `body for ${recipient}`, ...over };
}

describe('mail outbox: delivery over SMTP (real PostgreSQL)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let outbox: OutboxService;
  let hostId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ mail: { smtpUrl: sink.url, pollMs: 100, maxAttempts: 3, retryBaseMs: 50, retryMaxMs: 200 } });
    outbox = t.app.get(OutboxService);
    [{ id: hostId }] = await t.db.query(`SELECT id FROM hosts WHERE name = '品川区'`);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const enqueue = (m: NewOutboxMessage) => t.db.transaction((manager) => outbox.enqueue(manager, m));

  it('sends nothing for a message whose transaction rolled back', async () => {
    const refused = t.db.transaction(async (manager) => {
      await outbox.enqueue(manager, message('rolled-back@miyako.example'));
      throw new Error('the change was refused');
    });
    await expect(refused).rejects.toThrow('the change was refused');
    // A message committed afterwards arrives, so the worker has polled past the rolled-back one.
    await enqueue(message('committed@miyako.example'));
    await sink.waitFor((m) => m.to.includes('committed@miyako.example'));
    expect(sink.messages.filter((m) => m.to.includes('rolled-back@miyako.example'))).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM outbox_messages WHERE recipient = 'rolled-back@miyako.example'`)).toEqual([]);
  });

  it('delivers a committed message with its Japanese subject and body, and marks it sent', async () => {
    const text = applicationReceived({
      fair: { title: '交流都市地方物産展', titleEn: null },
      municipality: { name: '宮古市', nameEn: null },
      days: ['2023-02-17', '2023-02-18'],
      frame: { link: { page: 'application', url: 'http://localhost:3000/my/applications/a1' }, contact: null },
    });
    const id = await enqueue({ kind: 'application.received', hostId, recipient: 'staff@miyako.example', ...text });
    const got = await sink.waitFor((m) => m.to.includes('staff@miyako.example'));
    expect(got.subject).toBe('【Bussanten】出展申込を受け付けました：交流都市地方物産展 / Application received: 交流都市地方物産展');
    expect(got.text).toContain('出展希望日：令和5年2月17日(金)、令和5年2月18日(土)');
    expect(got.text).toContain('Days applied for: Fri 17 Feb 2023, Sat 18 Feb 2023');
    expect([got.fromName, got.from]).toEqual(['Bussanten', 'no-reply@bussanten.invalid']);
    expect(got.messageId).toBe(`<${id}@bussanten.invalid>`);
    expect(got.headers.get('auto-submitted')).toBe('auto-generated');
    const row = await eventually(
      () => rowOf(t.db, id),
      (r) => r.sent_at !== null,
    );
    expect(row).toMatchObject({ attempts: 1, last_error: null, failed_at: null });

    const page = await t.http.get('/api/outbox?state=sent').expect(200);
    expect(page.body.delivering).toBe(true);
    expect(page.body.items).toContainEqual(expect.objectContaining({ id, state: 'sent', attempts: 1, subject: text.subject, sentAt: expect.any(String) }));
  });

  it('tells the organizer who invites that the invitation mail is on its way, and sends it', async () => {
    const inv = await t.http.post('/api/people/invitations').send({ email: 'invited@shinagawa.example', role: 'organizer' }).expect(201);
    expect(inv.body).toMatchObject({ mailed: true, link: expect.stringContaining('/invitations/') });
    const got = await sink.waitFor((m) => m.to.includes('invited@shinagawa.example'));
    expect(got.text).toContain(inv.body.link);
  });

  it('drops the invitation link (its token) from the stored message once it is sent', async () => {
    const inv = await t.http.post('/api/people/invitations').send({ email: 'tokenless@shinagawa.example', role: 'organizer' }).expect(201);
    const token = (inv.body.link as string).split('/invitations/')[1];
    const got = await sink.waitFor((m) => m.to.includes('tokenless@shinagawa.example'));
    expect(got.text).toContain(inv.body.link);
    const row = await eventually(
      async () => (await t.db.query(`SELECT body, secret_links, sent_at FROM outbox_messages WHERE recipient = 'tokenless@shinagawa.example'`))[0],
      (r) => r.sent_at !== null,
    );
    expect(row.body).not.toContain(token);
    expect(row.body).toContain(`\n${LINK_REMOVED}\n`);
    expect(row.body).toContain('Open the link above');
    expect(row.secret_links).toBeNull();
    // No copy of the token anywhere in the table, and the organizers' page shows the body without it.
    expect(await t.db.query(`SELECT id FROM outbox_messages WHERE outbox_messages::text LIKE '%' || $1 || '%'`, [token])).toEqual([]);
    const page = await t.http.get('/api/outbox?state=sent').expect(200);
    const shown = (page.body.items as { recipient: string; body: string }[]).find((m) => m.recipient === 'tokenless@shinagawa.example');
    expect(shown?.body).toContain(LINK_REMOVED);
    // The link itself still works: it was removed from the copy, not revoked.
    await t.anonymous.get(`/api/invitations/${token}`).expect(200);
  });

  it('counts a refused attempt, keeps the error, and retries until the server accepts', async () => {
    sink.rejectNext(2);
    const id = await enqueue(message('retry@yamakita.example'));
    const failedOnce = await eventually(
      () => rowOf(t.db, id),
      (r) => r.attempts >= 1,
    );
    expect(failedOnce.last_error).toMatch(/451 4\.3\.0 test sink: try again later/);
    expect(failedOnce.sent_at).toBeNull();
    await sink.waitFor((m) => m.to.includes('retry@yamakita.example'));
    const sent = await eventually(
      () => rowOf(t.db, id),
      (r) => r.sent_at !== null,
    );
    expect(sent).toMatchObject({ attempts: 3, failed_at: null });
    expect(sent.last_error).toMatch(/451/);
    expect(sink.messages.filter((m) => m.to.includes('retry@yamakita.example'))).toHaveLength(1);
  });

  it('marks a message failed after the last attempt and leaves it alone', async () => {
    sink.rejectNext(1_000);
    try {
      const id = await enqueue(message('never@yamakita.example', { hostId }));
      const failed = await eventually(
        () => rowOf(t.db, id),
        (r) => r.failed_at !== null,
      );
      expect(failed).toMatchObject({ attempts: 3, sent_at: null });
      expect(failed.last_error).toMatch(/451/);
      sink.rejectNext(0);
      await sleep(400); // several polls
      expect((await rowOf(t.db, id)).attempts).toBe(3);
      expect(sink.messages.filter((m) => m.to.includes('never@yamakita.example'))).toEqual([]);
      const page = await t.http.get('/api/outbox?state=failed').expect(200);
      expect(page.body.items).toContainEqual(
        expect.objectContaining({ id, state: 'failed', attempts: 3, lastError: expect.stringMatching(/451/), sentAt: null }),
      );
    } finally {
      sink.rejectNext(0);
    }
  });

  it('backs off 10 s × 2^(failures so far), at most 1 h, and gives up at the last attempt', async () => {
    // A row the running worker will not touch (due in an hour); the repository is driven by hand.
    const repo = t.app.get(OutboxRepository);
    const [{ id }] = await t.db.query(
      `INSERT INTO outbox_messages (kind, recipient, subject, body, next_attempt_at) VALUES ('invitation', 'x@example.jp', 's', 'b', now() + interval '1 hour') RETURNING id`,
    );
    const backoff = { baseMs: 10_000, maxMs: 3_600_000, maxAttempts: 8 };
    await repo.markAttemptFailed(id, 'first', backoff);
    expect((await rowOf(t.db, id)).due_in_ms).toBeGreaterThan(9_000);
    expect((await rowOf(t.db, id)).due_in_ms).toBeLessThanOrEqual(10_000);
    await repo.markAttemptFailed(id, 'second', backoff);
    expect((await rowOf(t.db, id)).due_in_ms).toBeGreaterThan(19_000);
    expect((await rowOf(t.db, id)).due_in_ms).toBeLessThanOrEqual(20_000);
    await t.db.query('UPDATE outbox_messages SET attempts = 6 WHERE id = $1', [id]);
    await repo.markAttemptFailed(id, 'seventh', backoff);
    const seventh = await rowOf(t.db, id);
    expect(seventh.due_in_ms).toBeGreaterThan(639_000); // 10 s × 2^6
    expect(seventh.due_in_ms).toBeLessThanOrEqual(640_000);
    expect(seventh.failed_at).toBeNull();
    await t.db.query('UPDATE outbox_messages SET attempts = 12 WHERE id = $1', [id]);
    await repo.markAttemptFailed(id, 'thirteenth', { ...backoff, maxAttempts: 20 });
    const capped = await rowOf(t.db, id);
    expect(capped.due_in_ms).toBeGreaterThan(3_599_000); // 10 s × 2^12 would be 11 h
    expect(capped.due_in_ms).toBeLessThanOrEqual(3_600_000);
    // With 8 attempts allowed, the failure of the 8th is the last.
    await t.db.query('UPDATE outbox_messages SET attempts = 7 WHERE id = $1', [id]);
    await repo.markAttemptFailed(id, 'eighth', backoff);
    expect(await rowOf(t.db, id)).toMatchObject({ attempts: 8, last_error: 'eighth', failed_at: expect.any(Date), sent_at: null });
  });
});
