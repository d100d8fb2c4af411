import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../database/data-source-options';
import { createTestDatabase, dropTestDatabase } from '../../../test/test-database';
import { webhookOptions } from './webhook-options';
import { WebhookOutbox } from './webhook-outbox';
import { WebhookWorker } from './webhook.worker';
import { WebhooksRepository } from './webhooks.repository';
import { startTestReceiver, type TestReceiver } from './test-receiver';

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Each worker has its own connection pool, as separate API processes on one database would.
describe('webhooks: several workers on one database (real PostgreSQL)', () => {
  let database: { name: string; url: string };
  let receiver: TestReceiver;
  const pools: DataSource[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await startTestReceiver();
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.destroy()));
    await receiver.close();
    await dropTestDatabase(database.name);
  });

  async function pool(): Promise<DataSource> {
    const db = await new DataSource(dataSourceOptions(database.url)).initialize();
    pools.push(db);
    return db;
  }

  /** A repository that counts the deliveries this worker claimed. */
  class CountingRepository extends WebhooksRepository {
    claimed = 0;
    override async claimDue(limit: number, leaseMs: number) {
      const rows = await super.claimDue(limit, leaseMs);
      this.claimed += rows.length;
      return rows;
    }
  }

  async function worker(): Promise<{ worker: WebhookWorker; repo: CountingRepository }> {
    const repo = new CountingRepository(await pool());
    // allowPrivate: the receiver is on 127.0.0.1. No secretBox: these rows hold plain-text secrets,
    // as rows from before encryption do until a start seals them, and the worker signs with those.
    return { worker: new WebhookWorker(webhookOptions({ deliver: true, pollMs: 50, allowPrivate: true }), repo), repo };
  }

  it('two workers deliver each event exactly once, sharing the work', async () => {
    receiver.answer(() => ({ status: 200, delayMs: 20 })); // slow enough that both workers are sending at once
    const db = await pool();
    const [host] = await db.query(`INSERT INTO hosts (name) VALUES ('品川区') RETURNING id`);
    for (const name of ['a', 'b']) {
      await db.query('INSERT INTO webhooks (host_id, url, secret) VALUES ($1, $2, $3)', [host.id, `${receiver.base}/hook/${name}`, `secret-${name}`]);
    }
    const outbox = new WebhookOutbox(new WebhooksRepository(db));
    await db.transaction(async (m) => {
      for (let i = 0; i < 20; i++) await outbox.enqueue(m, host.id, 'release.published', { version: i });
    });
    const { worker: a, repo: repoA } = await worker();
    const { worker: b, repo: repoB } = await worker();
    a.onApplicationBootstrap();
    b.onApplicationBootstrap();
    try {
      await eventually(async () => (await db.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE delivered_at IS NOT NULL'))[0].n === 40);
      await sleep(300); // a duplicate would arrive within a few more polls
    } finally {
      await Promise.all([a.onModuleDestroy(), b.onModuleDestroy()]);
    }
    const ids = receiver.received.map((r) => r.headers['x-bussanten-delivery']);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect(await db.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE attempts = 1')).toEqual([{ n: 40 }]);
    // Both took a share, and no row was claimed twice.
    expect(repoA.claimed).toBeGreaterThan(0);
    expect(repoB.claimed).toBeGreaterThan(0);
    expect(repoA.claimed + repoB.claimed).toBe(40);
  });

  it('a stopped worker finishes the POST in progress, hands the rest of its batch back, and sends nothing more', async () => {
    receiver.received.length = 0;
    receiver.answer(() => ({ status: 200, delayMs: 100 }));
    const db = pools[0];
    const [host] = await db.query(`INSERT INTO hosts (name) VALUES ('大田区') RETURNING id`);
    await db.query('INSERT INTO webhooks (host_id, url, secret) VALUES ($1, $2, $3)', [host.id, `${receiver.base}/hook/stop`, 's']);
    const outbox = new WebhookOutbox(new WebhooksRepository(db));
    await db.transaction(async (m) => {
      for (let i = 0; i < 8; i++) await outbox.enqueue(m, host.id, 'release.published', { version: i });
    });
    const { worker: w } = await worker();
    w.onApplicationBootstrap();
    await eventually(() => receiver.received.length >= 1);
    await w.onModuleDestroy();
    const delivered = receiver.received.length;
    expect(delivered).toBeLessThan(8);
    const count = async (where: string) =>
      (
        await db.query(`SELECT count(*)::int AS n FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE w.host_id = $1 AND ${where}`, [
          host.id,
        ])
      )[0].n;
    expect(await count('delivered_at IS NOT NULL')).toBe(delivered);
    expect(await count('delivered_at IS NULL AND attempts = 0 AND next_attempt_at <= now()')).toBe(8 - delivered);
    await sleep(300);
    expect(receiver.received.length).toBe(delivered);
  });
});
