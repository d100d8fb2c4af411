import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addMember, DEMO, startTestApp, type Client, type TestApp } from '../../../test/test-app';
import { verifySignature } from './webhook-http';
import { WebhookOutbox } from './webhook-outbox';
import { startTestReceiver, type TestReceiver } from './test-receiver';

interface DeliveryRow {
  event: string;
  attempts: number;
  outcome: string | null;
  http_status: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  failed_at: Date | null;
}

/** Polls until check() holds (the worker runs on its own timer). */
async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('webhooks (real PostgreSQL, a node:http receiver on 127.0.0.1)', () => {
  let receiver: TestReceiver;
  let t: TestApp;
  let outbox: WebhookOutbox;
  let hostId: string;
  let otaHostId: string;
  let ota: Client;

  beforeAll(async () => {
    receiver = await startTestReceiver();
    // allowPrivate (WEBHOOK_ALLOW_PRIVATE): the receiver is on 127.0.0.1, which production refuses
    // (webhook-address.int.spec.ts tests that).
    t = await startTestApp({ webhooks: { deliver: true, pollMs: 50, maxAttempts: 3, retryBaseMs: 50, retryMaxMs: 200, timeoutMs: 500, allowPrivate: true } });
    outbox = t.app.get(WebhookOutbox);
    [{ id: hostId }] = await t.db.query(`SELECT id FROM hosts WHERE name = '品川区'`);
    [{ id: otaHostId }] = await t.db.query(`INSERT INTO hosts (name, name_en) VALUES ('大田区', 'Ota City') RETURNING id`);
    await addMember(t, {
      email: 'organizer@ota.example',
      displayName: '大田 主催者',
      password: 'ota organizer password',
      role: 'organizer',
      hostId: otaHostId,
    });
    ota = await t.signIn('organizer@ota.example', 'ota organizer password');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const deliveryRow = async (id: string): Promise<DeliveryRow> =>
    (await t.db.query('SELECT event, attempts, outcome, http_status, last_error, delivered_at, failed_at FROM webhook_deliveries WHERE id = $1', [id]))[0];

  async function addWebhook(client: Client, name: string): Promise<{ id: string; url: string; secret: string }> {
    const res = await client
      .post('/api/webhooks')
      .send({ url: `${receiver.base}/hook/${name}` })
      .expect(201);
    return res.body;
  }

  async function removeAll(): Promise<void> {
    const list = await t.http.get('/api/webhooks').expect(200);
    for (const w of list.body) await t.http.delete(`/api/webhooks/${w.id}`).expect(204);
  }

  afterEach(async () => {
    receiver.answer(() => ({ status: 204 }));
    await removeAll();
  });

  it('creates a webhook and shows its secret once: not in the list, not in the audit log', async () => {
    const created = await addWebhook(t.http, 'created');
    expect(Object.keys(created).sort()).toEqual(['id', 'secret', 'url']);
    expect(created.url).toBe(`${receiver.base}/hook/created`);
    expect(created.secret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url without padding
    const list = await t.http.get('/api/webhooks').expect(200);
    expect(list.body).toEqual([{ id: created.id, url: created.url, createdAt: expect.any(String), lastDelivery: null }]);
    expect(JSON.stringify(list.body)).not.toContain(created.secret);
    const audit = await t.http.get('/api/audit?action=webhook.created').expect(200);
    expect(audit.body.items[0]).toMatchObject({ entityType: 'webhook', entityId: created.id, changes: { url: { before: null, after: created.url } } });
    expect(JSON.stringify(audit.body)).not.toContain(created.secret);
    // Each webhook gets its own secret.
    expect((await addWebhook(t.http, 'second')).secret).not.toBe(created.secret);
  });

  it.each([
    ['ftp://example.jp/hook', 'ftp://example.jp/hook', 'webhookUrl'],
    ['javascript:alert(1)', 'javascript:alert(1)', 'webhookUrl'],
    ['not a url', 'not a url', 'webhookUrl'],
    ['/relative/path', '/relative/path', 'webhookUrl'],
    ['https://user:password@example.jp/hook', 'https://user:password@example.jp/hook', 'webhookUrl'],
    ['of 2009 characters', `https://example.jp/${'x'.repeat(1990)}`, 'maxLength'],
  ])('refuses the url %s', async (_label, url, rule) => {
    const res = await t.http.post('/api/webhooks').send({ url }).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'url', rule })] });
    expect((await t.http.get('/api/webhooks').expect(200)).body).toEqual([]);
  });

  it('refuses a body without a url or with other fields', async () => {
    expect((await t.http.post('/api/webhooks').send({}).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await t.http.post('/api/webhooks').send({ url: 'https://example.jp/h', secret: 'mine' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('allows 10 webhooks per host', async () => {
    for (let i = 0; i < 10; i++)
      await t.http
        .post('/api/webhooks')
        .send({ url: `https://example.jp/h${i}` })
        .expect(201);
    const res = await t.http.post('/api/webhooks').send({ url: 'https://example.jp/h10' }).expect(400);
    expect(res.body.details[0]).toMatchObject({ field: 'url', rule: 'maxWebhooks' });
  });

  it('test: POSTs a signed ping that verifies with the secret, and the list shows it delivered', async () => {
    const hook = await addWebhook(t.http, 'ping');
    const before = Math.floor(Date.now() / 1000);
    const queued = await t.http.post(`/api/webhooks/${hook.id}/test`).send({}).expect(202);
    const got = await receiver.waitFor((r) => r.path === '/hook/ping');
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['x-bussanten-event']).toBe('ping');
    expect(got.headers['x-bussanten-delivery']).toBe(queued.body.deliveryId);
    const timestamp = got.headers['x-bussanten-timestamp'] as string;
    expect(Number(timestamp)).toBeGreaterThanOrEqual(before);
    expect(Number(timestamp)).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    const signature = got.headers['x-bussanten-signature'] as string;
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature(hook.secret, timestamp, got.body, signature)).toBe(true);
    // A changed body, timestamp or secret does not verify.
    expect(verifySignature(hook.secret, timestamp, got.body.replace('ping', 'pong'), signature)).toBe(false);
    expect(verifySignature(hook.secret, String(Number(timestamp) + 1), got.body, signature)).toBe(false);
    expect(verifySignature('another secret', timestamp, got.body, signature)).toBe(false);
    expect(JSON.parse(got.body)).toMatchObject({ event: 'ping', webhookId: hook.id });

    const list = await eventually(
      async () => (await t.http.get('/api/webhooks').expect(200)).body,
      (l) => l[0]?.lastDelivery?.state === 'delivered',
    );
    expect(list[0].lastDelivery).toMatchObject({
      id: queued.body.deliveryId,
      event: 'ping',
      attempts: 1,
      outcome: 'delivered',
      httpStatus: 204,
      nextAttemptAt: null,
    });
    expect(list[0].lastDelivery).not.toHaveProperty('lastError');
  });

  it('enqueue: one delivery per active webhook of the host, the payload as the JSON body; other hosts get nothing', async () => {
    const a = await addWebhook(t.http, 'fan-a');
    const b = await addWebhook(t.http, 'fan-b');
    const gone = await addWebhook(t.http, 'fan-gone');
    await t.http.delete(`/api/webhooks/${gone.id}`).expect(204);
    const otaHook = await addWebhook(ota, 'fan-ota');
    const payload = { fair: { slug: 'koryu-toshi-2023', title: '交流都市地方物産展' }, release: { version: 2 } };
    const ids = await t.db.transaction((m) => outbox.enqueue(m, hostId, 'release.published', payload));
    expect(ids).toHaveLength(2);
    const [gotA, gotB] = await Promise.all([receiver.waitFor((r) => r.path === '/hook/fan-a'), receiver.waitFor((r) => r.path === '/hook/fan-b')]);
    expect(JSON.parse(gotA.body)).toEqual(payload);
    expect(gotA.headers['x-bussanten-event']).toBe('release.published');
    const stamp = (r: typeof gotA) => r.headers['x-bussanten-timestamp'] as string;
    const sig = (r: typeof gotA) => r.headers['x-bussanten-signature'] as string;
    expect(verifySignature(a.secret, stamp(gotA), gotA.body, sig(gotA))).toBe(true);
    expect(verifySignature(b.secret, stamp(gotB), gotB.body, sig(gotB))).toBe(true);
    expect(new Set([gotA.headers['x-bussanten-delivery'], gotB.headers['x-bussanten-delivery']])).toEqual(new Set(ids));
    await sleep(200);
    expect(receiver.received.filter((r) => r.path === '/hook/fan-gone' || r.path === '/hook/fan-ota')).toEqual([]);
    await ota.delete(`/api/webhooks/${otaHook.id}`).expect(204);
    // A host without webhooks: nothing to enqueue.
    expect(await t.db.transaction((m) => outbox.enqueue(m, otaHostId, 'release.published', payload))).toEqual([]);
  });

  it('delivers nothing for an event whose transaction rolled back', async () => {
    await addWebhook(t.http, 'rollback');
    const refused = t.db.transaction(async (m) => {
      await outbox.enqueue(m, hostId, 'release.published', { version: 'rolled back' });
      throw new Error('the release was refused');
    });
    await expect(refused).rejects.toThrow('the release was refused');
    // An event committed afterwards arrives, so the worker has polled past the rolled-back one.
    await t.db.transaction((m) => outbox.enqueue(m, hostId, 'release.published', { version: 'committed' }));
    await receiver.waitFor((r) => r.path === '/hook/rollback' && r.body.includes('committed'));
    expect(receiver.received.filter((r) => r.body.includes('rolled back'))).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM webhook_deliveries WHERE payload->>'version' = 'rolled back'`)).toEqual([]);
  });

  it('retries after a 500 and delivers later, with the same delivery id and a fresh signature', async () => {
    const hook = await addWebhook(t.http, 'flaky');
    receiver.answer((path, nth) => (path === '/hook/flaky' && nth === 1 ? { status: 500, body: 'database is down' } : { status: 200 }));
    const [id] = await t.db.transaction((m) => outbox.enqueue(m, hostId, 'release.published', { version: 3 }));
    const row = await eventually(
      () => deliveryRow(id),
      (r) => r.delivered_at !== null,
    );
    expect(row).toMatchObject({ attempts: 2, failed_at: null, outcome: 'delivered', http_status: 200, last_error: 'HTTP 500' }); // last_error: the operators' cause
    expect(JSON.stringify(row)).not.toContain('database is down'); // the answer's body is never read
    const hits = receiver.received.filter((r) => r.path === '/hook/flaky');
    expect(hits).toHaveLength(2);
    expect(hits.map((h) => h.headers['x-bussanten-delivery'])).toEqual([id, id]);
    for (const h of hits) {
      expect(verifySignature(hook.secret, h.headers['x-bussanten-timestamp'] as string, h.body, h.headers['x-bussanten-signature'] as string)).toBe(true);
    }
    expect(hits[1].at - hits[0].at).toBeGreaterThanOrEqual(40); // waited for the backoff
  });

  it('never follows a redirect, and gives up after the last attempt', async () => {
    await addWebhook(t.http, 'moved');
    receiver.answer((path) => (path === '/hook/moved' ? { status: 307, headers: { Location: `${receiver.base}/hook/elsewhere` } } : { status: 204 }));
    const [id] = await t.db.transaction((m) => outbox.enqueue(m, hostId, 'release.published', { version: 4 }));
    const row = await eventually(
      () => deliveryRow(id),
      (r) => r.failed_at !== null,
    );
    expect(row).toMatchObject({
      attempts: 3,
      delivered_at: null,
      outcome: 'receiverRefused',
      http_status: 307,
      last_error: 'HTTP 307 (redirects are not followed)',
    });
    await sleep(200);
    expect(receiver.received.filter((r) => r.path === '/hook/moved')).toHaveLength(3);
    expect(receiver.received.filter((r) => r.path === '/hook/elsewhere')).toEqual([]);
    const list = (await t.http.get('/api/webhooks').expect(200)).body;
    expect(list[0].lastDelivery).toMatchObject({ id, state: 'failed', attempts: 3, outcome: 'receiverRefused', httpStatus: 307, failedAt: expect.any(String) });
  });

  it('counts a receiver that does not answer in time as a failed attempt', async () => {
    await addWebhook(t.http, 'silent');
    receiver.answer((path, nth) => (path === '/hook/silent' && nth === 1 ? null : { status: 204 }));
    const [id] = await t.db.transaction((m) => outbox.enqueue(m, hostId, 'release.published', { version: 5 }));
    const row = await eventually(
      () => deliveryRow(id),
      (r) => r.delivered_at !== null,
    );
    expect(row).toMatchObject({ attempts: 2, outcome: 'delivered', last_error: 'no answer within 0.5 s' });
  });

  describe('shows the organizer each failure as a category, never the socket error', () => {
    async function closedPort(): Promise<number> {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      return port;
    }

    it.each([
      ['receiverRefused', 'an answer of 503', async () => `${receiver.base}/hook/busy`, 503, 'HTTP 503'],
      ['timedOut', 'no answer in time', async () => `${receiver.base}/hook/mute`, null, 'no answer within 0.5 s'],
      ['unreachable', 'a closed port', async () => `http://127.0.0.1:${await closedPort()}/hook`, null, 'ECONNREFUSED'],
      ['unreachable', 'a name that does not resolve', async () => 'https://nowhere.invalid/hook', null, 'ENOTFOUND'],
    ])('%s: %s', async (outcome, _label, url, httpStatus, cause) => {
      receiver.answer((path) => (path === '/hook/busy' ? { status: 503, body: 'ECONNRESET in our backend' } : path === '/hook/mute' ? null : { status: 204 }));
      const hook = (
        await t.http
          .post('/api/webhooks')
          .send({ url: await url() })
          .expect(201)
      ).body;
      const queued = await t.http.post(`/api/webhooks/${hook.id}/test`).send({}).expect(202);
      const row = await eventually(
        () => deliveryRow(queued.body.deliveryId),
        (r) => r.attempts >= 1,
      );
      expect(row.last_error).toContain(cause); // for operators (and the log) only
      const list = (await t.http.get('/api/webhooks').expect(200)).body;
      expect(list[0].lastDelivery).toMatchObject({ id: queued.body.deliveryId, outcome, httpStatus });
      expect(JSON.stringify(list)).not.toMatch(/ECONN|ENOTFOUND|no answer|HTTP \d|socket|backend/);
    });
  });

  it('refuses to send to a URL that is not http(s), without retrying', async () => {
    const hook = await addWebhook(t.http, 'file');
    await t.db.query(`UPDATE webhooks SET url = 'file:///etc/passwd' WHERE id = $1`, [hook.id]);
    const [id] = await t.db.transaction((m) => outbox.enqueue(m, hostId, 'release.published', { version: 6 }));
    const row = await eventually(
      () => deliveryRow(id),
      (r) => r.failed_at !== null,
    );
    expect(row).toMatchObject({ attempts: 1, delivered_at: null, outcome: 'addressBlocked', last_error: 'refused: url must start with http:// or https://' });
  });

  it('delete: 204, gone from the list, its pending deliveries dropped; then 404', async () => {
    const hook = await addWebhook(t.http, 'deleted');
    receiver.answer((path) => (path === '/hook/deleted' ? { status: 503 } : { status: 204 }));
    const [id] = await t.db.transaction((m) => outbox.enqueue(m, hostId, 'release.published', { version: 7 }));
    await eventually(
      () => deliveryRow(id),
      (r) => r.attempts >= 1,
    );
    await t.http.delete(`/api/webhooks/${hook.id}`).expect(204);
    expect((await t.http.get('/api/webhooks').expect(200)).body).toEqual([]);
    expect(await deliveryRow(id)).toMatchObject({ failed_at: expect.any(Date), last_error: 'webhook deleted', delivered_at: null });
    const [stored] = await t.db.query('SELECT secret, secret_encrypted, disabled_at FROM webhooks WHERE id = $1', [hook.id]);
    expect(stored).toEqual({ secret: null, secret_encrypted: null, disabled_at: expect.any(Date) });
    expect((await t.http.delete(`/api/webhooks/${hook.id}`).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await t.http.post(`/api/webhooks/${hook.id}/test`).send({}).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await t.http.delete('/api/webhooks/not-a-uuid').expect(404)).body.code).toBe('NOT_FOUND');
    const audit = await t.http.get('/api/audit?action=webhook.deleted').expect(200);
    expect(audit.body.items[0]).toMatchObject({ entityId: hook.id, changes: { url: { before: hook.url, after: null } } });
  });

  it("keeps each host to its own webhooks: another host's organizer gets 404 and an empty list", async () => {
    const hook = await addWebhook(t.http, 'private');
    expect((await ota.get('/api/webhooks').expect(200)).body).toEqual([]);
    await ota.delete(`/api/webhooks/${hook.id}`).expect(404);
    await ota.post(`/api/webhooks/${hook.id}/test`).send({}).expect(404);
    expect((await t.http.get('/api/webhooks').expect(200)).body).toHaveLength(1);
  });

  it('is for organizers only: a representative gets 403, anonymous 401', async () => {
    const hook = await addWebhook(t.http, 'guarded');
    const rep = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const calls: [keyof Client, string][] = [
      ['get', '/api/webhooks'],
      ['post', '/api/webhooks'],
      ['delete', `/api/webhooks/${hook.id}`],
      ['post', `/api/webhooks/${hook.id}/test`],
    ];
    for (const [method, url] of calls) {
      const refused = await rep[method](url)
        .send(method === 'post' ? { url: 'https://evil.example/h' } : undefined)
        .expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      expect(JSON.stringify(refused.body)).not.toContain(receiver.base);
      await t.anonymous[method](url)
        .send(method === 'post' ? { url: 'https://evil.example/h' } : undefined)
        .expect(401);
    }
    const list = (await t.http.get('/api/webhooks').expect(200)).body;
    expect(list.map((w: { id: string }) => w.id)).toEqual([hook.id]);
    expect(await t.db.query(`SELECT 1 FROM webhook_deliveries WHERE webhook_id = $1`, [hook.id])).toEqual([]);
  });
});
