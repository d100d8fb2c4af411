import { SecretBox } from '../../common/secret-box';
import { startTestApp, testSecretBox, TEST_APP_SECRET, type TestApp } from '../../../test/test-app';
import type { HostResolver } from './webhook-address';
import { DeliveryFailure, postJson } from './webhook-http';
import { sealWebhookSecrets, secretContext } from './webhook-secrets';
import { WebhookOutbox } from './webhook-outbox';
import { startTestReceiver, type TestReceiver } from './test-receiver';

async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const PUBLIC = '93.184.215.14';

// The production default: no WEBHOOK_ALLOW_PRIVATE. The resolver is the test's own, so that names
// can be made to point anywhere (and change between creation and delivery).
describe('webhook addresses: private and reserved ones refused at creation and at delivery (real PostgreSQL)', () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let hostId: string;
  const dns = new Map<string, string[]>();
  const resolveHost: HostResolver = async (host) => {
    const found = dns.get(host);
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

  beforeAll(async () => {
    receiver = await startTestReceiver();
    t = await startTestApp({ webhooks: { deliver: true, pollMs: 50, maxAttempts: 3, retryBaseMs: 50, retryMaxMs: 200, timeoutMs: 500, resolveHost } });
    [{ id: hostId }] = await t.db.query(`SELECT id FROM hosts WHERE name = '品川区'`);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });
  afterEach(async () => {
    dns.clear();
    receiver.received.length = 0;
    for (const w of (await t.http.get('/api/webhooks').expect(200)).body) await t.http.delete(`/api/webhooks/${w.id}`).expect(204);
  });

  const port = () => new URL(receiver.base).port;

  describe('at creation: 400 naming the reason (never the address)', () => {
    it.each([
      ['http://127.0.0.1/hook', 'loopback'],
      ['http://127.1/hook', 'loopback'],
      ['http://2130706433/hook', 'loopback'],
      ['http://0x7f000001/hook', 'loopback'],
      ['http://0177.0.0.1/hook', 'loopback'],
      ['http://127.0.0.1./hook', 'loopback'],
      ['http://[::ffff:127.0.0.1]/hook', 'loopback'],
      ['http://[::1]:8080/hook', 'loopback'],
      ['http://localhost:3000/hook', 'loopback'],
      ['http://hooks.localhost/hook', 'loopback'],
      ['http://10.0.0.5/hook', 'private'],
      ['http://172.16.3.4/hook', 'private'],
      ['https://192.168.0.10/hook', 'private'],
      ['http://[fd00::1]/hook', 'private'],
      ['http://169.254.169.254/latest/meta-data/', 'linkLocal'],
      ['http://[fe80::1]/hook', 'linkLocal'],
      ['http://100.64.1.2/hook', 'cgnat'],
      ['http://224.0.0.251/hook', 'multicast'],
      ['http://[ff02::1]/hook', 'multicast'],
      ['http://0.0.0.0/hook', 'unspecified'],
      ['http://0/hook', 'unspecified'],
      ['http://[::]/hook', 'unspecified'],
      ['http://192.0.2.1/hook', 'reserved'],
      ['http://240.0.0.1/hook', 'reserved'],
      ['http://255.255.255.255/hook', 'reserved'],
      ['http://[2001:db8::1]/hook', 'reserved'],
      ['http://[64:ff9b::7f00:1]/hook', 'loopback'],
    ])('%s: %s', async (url, reason) => {
      const res = await t.http.post('/api/webhooks').send({ url }).expect(400);
      expect(res.body).toEqual({
        code: 'VALIDATION_FAILED',
        message: expect.any(String),
        details: [{ field: 'url', rule: 'privateAddress', message: expect.stringMatching(/^url's host is /), meta: { reason } }],
        requestId: expect.any(String),
      });
      expect((await t.http.get('/api/webhooks').expect(200)).body).toEqual([]);
    });

    it('a name that resolves to 127.0.0.1 (or has one private address among public ones)', async () => {
      dns.set('evil.example', ['127.0.0.1']);
      dns.set('mixed.example', [PUBLIC, '10.1.2.3']);
      const evil = await t.http.post('/api/webhooks').send({ url: 'https://evil.example/hook' }).expect(400);
      expect(evil.body.details).toEqual([
        {
          field: 'url',
          rule: 'privateAddress',
          message: "url's host resolves to a loopback address, which webhooks may not be sent to",
          meta: { reason: 'loopback' },
        },
      ]);
      expect(JSON.stringify(evil.body)).not.toContain('127.0.0.1');
      const mixed = await t.http.post('/api/webhooks').send({ url: 'https://mixed.example/hook' }).expect(400);
      expect(mixed.body.details[0].meta).toEqual({ reason: 'private' });
      expect(JSON.stringify(mixed.body)).not.toContain('10.1.2.3');
    });

    it('takes public addresses and names, and a name that does not resolve yet (delivery checks again)', async () => {
      dns.set('hooks.example', [PUBLIC, '2606:2800:21f:cb07:6820:80da:af6b:8b2c']);
      for (const url of [`https://${PUBLIC}/hook`, 'https://[2606:4700:4700::1111]/hook', 'https://hooks.example/hook', 'https://not-yet.example/hook']) {
        await t.http.post('/api/webhooks').send({ url }).expect(201);
      }
    });
  });

  describe('at delivery', () => {
    const deliveryRow = async (id: string) =>
      (await t.db.query('SELECT attempts, outcome, last_error, delivered_at, failed_at FROM webhook_deliveries WHERE id = $1', [id]))[0];

    it('a name that pointed to a public address when added and to 127.0.0.1 now (DNS rebinding) is refused, and retried later', async () => {
      dns.set('rebind.example', [PUBLIC]);
      const hook = (
        await t.http
          .post('/api/webhooks')
          .send({ url: `http://rebind.example:${port()}/hook/rebind` })
          .expect(201)
      ).body;
      dns.set('rebind.example', ['127.0.0.1']); // where the test receiver listens
      const queued = await t.http.post(`/api/webhooks/${hook.id}/test`).send({}).expect(202);
      const row = await eventually(
        () => deliveryRow(queued.body.deliveryId),
        (r) => r.attempts >= 1,
      );
      expect(row).toMatchObject({ outcome: 'addressBlocked', last_error: 'refused: the host resolves to a loopback address', delivered_at: null });
      const list = (await t.http.get('/api/webhooks').expect(200)).body;
      expect(list[0].lastDelivery).toMatchObject({ outcome: 'addressBlocked', httpStatus: null });
      expect(JSON.stringify(list)).not.toContain('127.0.0.1');
      await eventually(
        () => deliveryRow(queued.body.deliveryId),
        (r) => r.failed_at !== null,
      );
      expect(receiver.received).toEqual([]);
    });

    it('an address in the URL (written past the API) is refused at once, without retries', async () => {
      dns.set('moved.example', [PUBLIC]);
      const hook = (await t.http.post('/api/webhooks').send({ url: 'https://moved.example/hook' }).expect(201)).body;
      await t.db.query('UPDATE webhooks SET url = $2 WHERE id = $1', [hook.id, `http://[::ffff:127.0.0.1]:${port()}/hook/literal`]);
      const [id] = await t.db.transaction((m) => t.app.get(WebhookOutbox).enqueue(m, hostId, 'release.published', { version: 1 }));
      const row = await eventually(
        () => deliveryRow(id),
        (r) => r.failed_at !== null,
      );
      expect(row).toMatchObject({ attempts: 1, outcome: 'addressBlocked', last_error: 'refused: the host is a loopback address' });
      expect(receiver.received).toEqual([]);
    });

    it('request-filtering-agent refuses a private address at the socket even if the check before were skipped', async () => {
      const sent = postJson(`${receiver.base}/hook/agent`, {}, '{}', 500, { addresses: [{ address: '127.0.0.1', family: 4 }], allowPrivate: false });
      await expect(sent).rejects.toBeInstanceOf(DeliveryFailure);
      await expect(sent).rejects.toMatchObject({ outcome: 'addressBlocked' });
      const viaName = postJson(`http://rebind.invalid:${port()}/hook/agent`, {}, '{}', 500, {
        addresses: [{ address: '127.0.0.1', family: 4 }],
        allowPrivate: false,
      });
      await expect(viaName).rejects.toMatchObject({ outcome: 'addressBlocked' });
      expect(receiver.received).toEqual([]);
    });

    it('connects to the checked address, never asking DNS again (rebind.invalid has no DNS record at all)', async () => {
      const sent = await postJson(`http://rebind.invalid:${port()}/hook/pinned`, {}, '{}', 500, {
        addresses: [{ address: '127.0.0.1', family: 4 }],
        allowPrivate: true,
      });
      expect(sent).toEqual({ status: 204 });
      expect(receiver.received.map((r) => [r.path, r.headers.host])).toEqual([['/hook/pinned', `rebind.invalid:${port()}`]]);
    });
  });

  describe('signing secrets in the database', () => {
    it('are sealed: no column of the row holds the secret, and it opens only with the key and for its row', async () => {
      dns.set('sealed.example', [PUBLIC]);
      const created = (await t.http.post('/api/webhooks').send({ url: 'https://sealed.example/hook' }).expect(201)).body;
      const [row] = await t.db.query('SELECT row_to_json(w)::text AS json, w.secret, w.secret_encrypted FROM webhooks w WHERE id = $1', [created.id]);
      expect(row.json).not.toContain(created.secret);
      expect(row.secret).toBeNull();
      expect(row.secret_encrypted).toMatch(/^v1:[A-Za-z0-9_-]{8}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
      expect(testSecretBox().open(row.secret_encrypted, secretContext(created.id))).toBe(created.secret);
      expect(() => new SecretBox('some-other-app-secret-0123456789abcdef').open(row.secret_encrypted, secretContext(created.id))).toThrow();
      expect(() => testSecretBox().open(row.secret_encrypted, secretContext('another-webhook'))).toThrow();
      const audit = await t.db.query(`SELECT 1 FROM audit_log WHERE changes::text LIKE '%' || $1 || '%'`, [created.secret]);
      expect(audit).toEqual([]);
    });

    it('plain-text secrets from before are sealed at start, and a rotation re-seals them under the new APP_SECRET', async () => {
      const [legacy] = await t.db.query(
        `INSERT INTO webhooks (host_id, url, secret) VALUES ($1, 'https://legacy.example/hook', 'legacy-plain-secret') RETURNING id`,
        [hostId],
      );
      expect(await sealWebhookSecrets(t.db, testSecretBox())).toEqual({ sealed: 1, resealed: 0, unreadable: 0 });
      const read = async () => (await t.db.query('SELECT secret, secret_encrypted FROM webhooks WHERE id = $1', [legacy.id]))[0];
      const sealed = await read();
      expect(sealed.secret).toBeNull();
      expect(testSecretBox().open(sealed.secret_encrypted, secretContext(legacy.id))).toBe('legacy-plain-secret');
      expect(await sealWebhookSecrets(t.db, testSecretBox())).toEqual({ sealed: 0, resealed: 0, unreadable: 0 }); // idempotent

      // APP_SECRET_PREVIOUS = the old key, APP_SECRET = a new one: re-sealed at start.
      const next = 'the-next-app-secret-after-rotation-0123456789';
      const rotating = new SecretBox(next, [TEST_APP_SECRET]);
      expect(await sealWebhookSecrets(t.db, rotating)).toEqual({ sealed: 0, resealed: 1, unreadable: 0 });
      const rotated = await read();
      expect(rotated.secret_encrypted.split(':')[1]).toBe(new SecretBox(next).keyId);
      expect(new SecretBox(next).open(rotated.secret_encrypted, secretContext(legacy.id))).toBe('legacy-plain-secret');
      expect(() => testSecretBox().open(rotated.secret_encrypted, secretContext(legacy.id))).toThrow();
      // Without the previous key, what it sealed cannot be read: reported, left as it is.
      expect(await sealWebhookSecrets(t.db, new SecretBox('yet-another-app-secret-0123456789abcdef'))).toEqual({ sealed: 0, resealed: 0, unreadable: 1 });
      expect((await read()).secret_encrypted).toBe(rotated.secret_encrypted);
      await t.db.query('DELETE FROM webhooks WHERE id = $1', [legacy.id]);
    });
  });
});
