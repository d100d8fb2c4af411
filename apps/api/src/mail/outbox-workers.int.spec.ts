import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink';
import { createTestDatabase, dropTestDatabase } from '../../test/test-database';
import { mailOptions } from './mail-options';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { OutboxWorker } from './outbox.worker';

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Each worker has its own connection pool, as separate API processes on one database would.
describe('mail outbox: several workers on one database (real PostgreSQL)', () => {
  let database: { name: string; url: string };
  const pools: DataSource[] = [];
  const sinks: SmtpSink[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.destroy()));
    await Promise.all(sinks.map((s) => s.close()));
    await dropTestDatabase(database.name);
  });

  async function pool(): Promise<DataSource> {
    const db = await new DataSource(dataSourceOptions(database.url)).initialize();
    pools.push(db);
    return db;
  }

  async function sink(delayMs: number): Promise<SmtpSink> {
    const s = await startSmtpSink({ delayMs });
    sinks.push(s);
    return s;
  }

  async function worker(smtp: SmtpSink, from: string): Promise<OutboxWorker> {
    return new OutboxWorker(mailOptions({ smtpUrl: smtp.url, from, pollMs: 100 }), new OutboxRepository(await pool()));
  }

  async function enqueueMany(prefix: string, n: number): Promise<void> {
    const db = await pool();
    const outbox = new OutboxService(new OutboxRepository(db), mailOptions());
    await db.transaction(async (m) => {
      for (let i = 0; i < n; i++) {
        await outbox.enqueue(m, { kind: 'invitation', hostId: null, recipient: `${prefix}-${i}@example.jp`, subject: `${prefix} ${i}`, body: '本文' });
      }
    });
  }

  const countOf = async (sql: string, prefix: string): Promise<number> =>
    (await pools[0].query(`SELECT count(*)::int AS n FROM outbox_messages WHERE recipient LIKE $1 AND ${sql}`, [`${prefix}-%`]))[0].n;

  it('two workers deliver each message exactly once, sharing the work', async () => {
    const smtp = await sink(20); // slow enough that both workers are sending at the same time
    await enqueueMany('pair', 40);
    const a = await worker(smtp, 'A <a@bussanten.invalid>');
    const b = await worker(smtp, 'B <b@bussanten.invalid>');
    a.onApplicationBootstrap();
    b.onApplicationBootstrap();
    try {
      await eventually(async () => (await countOf('sent_at IS NOT NULL', 'pair')) === 40);
      await sleep(400); // a duplicate would arrive within a few more polls
    } finally {
      await Promise.all([a.onModuleDestroy(), b.onModuleDestroy()]);
    }
    const subjects = smtp.messages.map((m) => m.subject);
    expect(subjects).toHaveLength(40);
    expect(new Set(subjects).size).toBe(40);
    expect(new Set(smtp.messages.map((m) => m.from))).toEqual(new Set(['a@bussanten.invalid', 'b@bussanten.invalid']));
    expect(await countOf('attempts = 1', 'pair')).toBe(40);
  });

  it('stops cleanly: finishes the message being sent, hands the rest back, sends nothing more', async () => {
    const smtp = await sink(150);
    await enqueueMany('stop', 10);
    const w = await worker(smtp, 'Bussanten <no-reply@bussanten.invalid>');
    w.onApplicationBootstrap();
    await eventually(() => smtp.messages.length >= 1);
    await w.onModuleDestroy();
    const delivered = smtp.messages.length;
    expect(delivered).toBeLessThan(10);
    // Every message the server accepted is marked sent (nothing in between), and the rest are due now.
    expect(await countOf('sent_at IS NOT NULL', 'stop')).toBe(delivered);
    expect(await countOf('sent_at IS NULL AND attempts = 0 AND next_attempt_at <= now()', 'stop')).toBe(10 - delivered);
    await sleep(400);
    expect(smtp.messages.length).toBe(delivered);
    // The next process picks them up at once.
    const next = await worker(smtp, 'Bussanten <no-reply@bussanten.invalid>');
    next.onApplicationBootstrap();
    try {
      await eventually(async () => (await countOf('sent_at IS NOT NULL', 'stop')) === 10);
    } finally {
      await next.onModuleDestroy();
    }
    expect(new Set(smtp.messages.map((m) => m.subject)).size).toBe(10);
  });
});
