import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { DEMO_ORGANIZER, signInHttp } from './support/accounts';

/** Two API processes on one embedded PostgreSQL, driven through e2e/support/cluster.mjs. */
class Cluster {
  apps: string[] = [];
  mailDir = '';
  private waiting: ((v: Record<string, unknown>) => void)[] = [];
  private constructor(
    private readonly child: ChildProcessByStdio<Writable, Readable, null>,
    private readonly lines: Interface,
  ) {}

  static async start(count: number): Promise<Cluster> {
    const child = spawn(process.execPath, [join(__dirname, 'support/cluster.mjs'), String(count)], { stdio: ['pipe', 'pipe', 'inherit'] });
    const cluster = new Cluster(child, createInterface({ input: child.stdout }));
    const first = await new Promise<Record<string, unknown>>((resolve, reject) => {
      cluster.waiting.push(resolve);
      child.once('exit', (code) => reject(new Error(`cluster exited with ${code}`)));
      cluster.lines.on('line', (line) => cluster.waiting.shift()?.(JSON.parse(line)));
    });
    cluster.apps = first['apps'] as string[];
    cluster.mailDir = first['mailDir'] as string;
    return cluster;
  }

  send<T = Record<string, unknown>>(command: Record<string, unknown>): Promise<T> {
    return new Promise((resolve) => {
      this.waiting.push(resolve as (v: Record<string, unknown>) => void);
      this.child.stdin.write(`${JSON.stringify(command)}\n`);
    });
  }

  async sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await this.send<{ rows: T[] }>({ cmd: 'sql', text, params })).rows;
  }

  async close(): Promise<void> {
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.stdin.end();
    await exited;
  }
}

const SLUG = 'koryu-toshi-2023';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('several API processes on one PostgreSQL', () => {
  let c: Cluster;
  let a: string;
  let b: string;
  let organizer: Record<string, string>;
  let fairId: string;
  const call = async (base: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}/api${path}`, {
      method,
      headers: { ...organizer, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> };
  };
  const versionAt = async (base: string) =>
    ((await (await fetch(`${base}/api/public/fairs/${SLUG}`)).json()) as { release: { version: number } }).release.version;

  beforeAll(async () => {
    c = await Cluster.start(2);
    [a, b] = c.apps;
    organizer = await signInHttp(DEMO_ORGANIZER, a); // a session made on one process is valid on the other
    fairId = ((await call(b, 'GET', '/fairs')).body as unknown as { id: string; slug: string }[]).find((f) => f.slug === SLUG)?.id as string;
  }, 180_000);
  afterAll(() => c?.close(), 60_000);

  it('started together on an empty database: migrated once and seeded once', async () => {
    const [m] = await c.sql<{ n: number; names: number }>('SELECT count(*)::int AS n, count(DISTINCT name)::int AS names FROM migrations');
    expect(m.n).toBe(m.names);
    const [f] = await c.sql<{ n: number }>(`SELECT count(*)::int AS n FROM fairs WHERE slug = $1`, [SLUG]);
    expect(f.n).toBe(1);
    const [mu] = await c.sql<{ n: number; names: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT (prefecture_code, name))::int AS names FROM municipalities',
    );
    expect(mu.n).toBe(mu.names);
  });

  it('serves a release published through one process from the other within a second', async () => {
    const before = await versionAt(b); // b has it cached now
    expect((await call(a, 'POST', `/fairs/${fairId}/releases`, { note: 'published through a' })).status).toBe(201);
    const started = Date.now();
    while ((await versionAt(b)) !== before + 1 && Date.now() - started < 3000) await sleep(20);
    expect(await versionAt(b)).toBe(before + 1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('books one booth once when 50 + 50 requests race through both processes', async () => {
    for (const row of await c.sql<{ id: string }>('SELECT id FROM booth_assignments WHERE fair_id = $1', [fairId])) {
      expect((await call(a, 'DELETE', `/assignments/${row.id}`)).status).toBe(204);
    }
    const apps = await c.sql<{ id: string }>(`SELECT id FROM applications WHERE fair_id = $1 AND status = 'accepted' ORDER BY id`, [fairId]);
    const [booth] = await c.sql<{ id: string }>(`SELECT id FROM booths WHERE fair_id = $1 AND code = 'A1'`, [fairId]);
    const attempts = Array.from({ length: 100 }, (_, i) =>
      call(i % 2 ? b : a, 'POST', `/applications/${apps[i % apps.length].id}/assignments`, {
        boothId: booth.id,
        from: '2023-02-17',
        to: '2023-02-21',
        override: true,
      }),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 409)).toBe(true);
    const [held] = await c.sql<{ n: number }>('SELECT count(*)::int AS n FROM booth_assignments WHERE booth_id = $1', [booth.id]);
    expect(held.n).toBe(1);
  });

  it('sends every queued mail exactly once, though both processes run the mail worker', async () => {
    const recipients = Array.from({ length: 60 }, (_, i) => `once-${i}@cluster.example`);
    await c.sql(`INSERT INTO outbox_messages (kind, recipient, subject, body) SELECT 'test', r, 'once', 'b' FROM unnest($1::text[]) r`, [recipients]);
    for (let i = 0; i < 150; i++) {
      const [left] = await c.sql<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_messages WHERE recipient LIKE '%@cluster.example' AND sent_at IS NULL`);
      if (left.n === 0) break;
      await sleep(200);
    }
    await sleep(500); // a duplicate, if any, would arrive now
    const received: string[] = [];
    for (const f of await readdir(c.mailDir)) received.push(...(JSON.parse(await readFile(join(c.mailDir, f), 'utf8')) as { to: string[] }).to);
    for (const r of recipients) expect(received.filter((x) => x === r)).toHaveLength(1);
  });

  it('answers 503 at once while PostgreSQL is down, writes nothing half, and recovers without a restart', async () => {
    const [before] = await c.sql<{ n: number }>('SELECT count(*)::int AS n FROM venues');
    await c.send({ cmd: 'stopDb' });
    try {
      const started = Date.now();
      const read = await call(a, 'GET', '/fairs');
      expect(Date.now() - started).toBeLessThan(3000);
      expect(read).toMatchObject({ status: 503, body: { code: 'DATABASE_UNAVAILABLE', message: expect.stringContaining('database') } });
      const write = await call(b, 'POST', '/venues', { name: '停止中の会場', address: '東京都品川区', rooms: [{ name: 'A', widthM: 10, depthM: 10 }] });
      expect(write.status).toBe(503);
      for (const base of [a, b]) {
        expect((await fetch(`${base}/api/health`)).status).toBe(200);
        const ready = await fetch(`${base}/api/ready`);
        expect([ready.status, ((await ready.json()) as { database: string }).database]).toEqual([503, 'down']);
      }
    } finally {
      await c.send({ cmd: 'startDb' });
    }
    for (const base of [a, b]) {
      let ok = false;
      for (let i = 0; i < 120 && !ok; i++) ok = (await fetch(`${base}/api/ready`)).status === 200 || (await sleep(250), false);
      expect(ok).toBe(true);
      expect((await call(base, 'GET', '/fairs')).status).toBe(200);
    }
    const [after] = await c.sql<{ n: number }>('SELECT count(*)::int AS n FROM venues');
    expect(after.n).toBe(before.n);
  });

  it('holds the sign-in limit across processes, even for attempts sent all at once', async () => {
    const guess = (base: string) =>
      fetch(`${base}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'guessed@shinagawa.example', password: 'not-the-password' }),
      }).then((r) => r.status);
    // 40 wrong passwords at once from one address, half through each process: at most 5
    // (FAILURES_PER_ACCOUNT_AND_ADDRESS) get as far as the password check; the rest are refused with
    // 429 without it.
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => guess(i % 2 ? a : b)));
    expect(burst.every((s) => s === 401 || s === 429)).toBe(true);
    const checked = burst.filter((s) => s === 401).length;
    expect(checked).toBeLessThanOrEqual(5);
    // One at a time, alternating, until refused: exactly 5 checked in all, whichever process asked.
    let more = 0;
    for (let status = 401; status === 401 && more <= 5; more++) status = await guess(more % 2 ? a : b);
    expect(checked + more - 1).toBe(5);
    expect(await guess(a)).toBe(429);
    expect(await guess(b)).toBe(429);
    await c.sql('DELETE FROM sign_in_failures'); // the loopback address is everyone's here
  });

  it('killed (SIGKILL) while publishing, leaves the previous or the new release whole, served by the other', async () => {
    const publishing = call(a, 'POST', `/fairs/${fairId}/releases`, { note: 'interrupted' }).catch(() => null);
    await sleep(15);
    expect(await c.send({ cmd: 'signal', app: 0, signal: 'SIGKILL' })).toMatchObject({ signal: 'SIGKILL' });
    await publishing;
    const rows = await c.sql<{ version: number; ok: boolean }>(`SELECT version, snapshot ? 'fair' AS ok FROM releases WHERE fair_id = $1 ORDER BY version`, [
      fairId,
    ]);
    expect(rows.map((r) => r.version)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.every((r) => r.ok)).toBe(true);
    expect(await versionAt(b)).toBe(rows.length);
  });

  it('on SIGTERM finishes the requests in flight, stops its workers and closes its connections', async () => {
    const inFlight = Array.from({ length: 40 }, (_, i) =>
      fetch(`${b}/api${i % 2 ? `/public/fairs/${SLUG}` : '/fairs'}`, { headers: organizer }).then(
        (r) => r.status,
        (e: Error) => e.message,
      ),
    );
    await sleep(5);
    const exit = c.send<{ code: number | null }>({ cmd: 'signal', app: 1, signal: 'SIGTERM' });
    const outcomes = await Promise.all(inFlight);
    // Each request either was answered in full or was never accepted (the listener closed first).
    for (const o of outcomes) expect(o === 200 || (typeof o === 'string' && /fetch failed|ECONNREFUSED/.test(o))).toBe(true);
    expect(outcomes.filter((o) => o === 200).length).toBeGreaterThan(0);
    expect((await exit).code).toBe(0);
    const [left] = await c.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    expect(left.n).toBe(0);
  });
});
