import { startTestApp, type TestApp } from '../../test/test-app';

/** The value of one sample line, e.g. `http_requests_total{method="GET",route="/api/fairs",status="200"} 3`. */
function sample(text: string, name: string, labels: Record<string, string>): number | null {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : null;
}

const METRICS_TOKEN = 'metrics-test-token-0123456789abcdef';

describe('GET /api/metrics (Prometheus)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ metricsToken: METRICS_TOKEN });
  });
  afterAll(() => t.close());
  const scrape = async () =>
    (
      await t.anonymous
        .get('/api/metrics')
        .set('Authorization', `Bearer ${METRICS_TOKEN}`)
        .expect(200)
        .expect('Content-Type', /text\/plain/)
        .expect('Cache-Control', 'no-store')
    ).text;

  it('answers 401 without the bearer token, or with another one, and shows no numbers', async () => {
    const organizerSession = await t.http.get('/api/metrics'); // a signed-in organizer is no scraper
    const anonymous = await t.anonymous.get('/api/metrics');
    const wrong = await t.anonymous.get('/api/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}x`);
    const basic = await t.anonymous.get('/api/metrics').set('Authorization', `Basic ${Buffer.from(`prometheus:${METRICS_TOKEN}`).toString('base64')}`);
    for (const res of [organizerSession, anonymous, wrong, basic]) {
      expect([res.status, res.body.code, res.headers['www-authenticate']]).toEqual([401, 'UNAUTHENTICATED', 'Bearer realm="metrics"']);
      expect(res.text).not.toContain('http_requests_total');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('is off (404) on a process without METRICS_TOKEN, even for a bearer of some token', async () => {
    const off = await startTestApp({ sameDatabaseAs: t });
    try {
      for (const res of [await off.anonymous.get('/api/metrics'), await off.anonymous.get('/api/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`)]) {
        expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
        expect(res.text).not.toContain('http_requests_total');
      }
    } finally {
      await off.close();
    }
  });

  it('counts requests by route pattern and status, including the fast public reads', async () => {
    const before = await scrape();
    const fairs = sample(before, 'http_requests_total', { method: 'GET', route: '/api/fairs', status: '200' }) ?? 0;
    await t.http.get('/api/fairs').expect(200);
    await t.http.get('/api/fairs').expect(200);
    const [{ id }] = (await t.http.get('/api/fairs').expect(200)).body;
    await t.http.get(`/api/fairs/${id}`).expect(200);
    await t.anonymous.get('/api/public/fairs/koryu-toshi-2023').expect(200);
    await t.anonymous.get('/api/fairs').expect(401);
    const after = await scrape();
    expect(sample(after, 'http_requests_total', { method: 'GET', route: '/api/fairs', status: '200' })).toBe(fairs + 3);
    expect(sample(after, 'http_requests_total', { method: 'GET', route: '/api/fairs/:id', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'http_requests_total', { route: '/api/public/fairs/:slug', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'http_requests_total', { route: '/api/fairs', status: '401' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'http_request_duration_seconds_count', { method: 'GET', route: '/api/fairs' })).toBeGreaterThanOrEqual(fairs + 3);
    expect(after).not.toContain(id); // routes are patterns, never ids
  });

  it('reports the mail and webhook backlogs, the pool and process metrics', async () => {
    const unsent = (await t.db.query('SELECT count(*)::int AS n FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL'))[0].n;
    await t.db.query(`INSERT INTO outbox_messages (kind, recipient, subject, body) VALUES ('test', 'x@example.jp', 's', 'b')`);
    const text = await scrape();
    expect(sample(text, 'outbox_backlog', { queue: 'mail' })).toBe(unsent + 1);
    expect(sample(text, 'outbox_backlog', { queue: 'webhooks' })).toBe(0);
    expect(sample(text, 'db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });
});
