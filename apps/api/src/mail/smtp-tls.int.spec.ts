import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink';
import { createTestDatabase, dropTestDatabase } from '../../test/test-database';
import { mailOptions } from './mail-options';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { OutboxWorker } from './outbox.worker';
import { STARTTLS_REFUSED } from './smtp-security';

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Row {
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
}

/** smtp://user:password@127.0.0.1:PORT of a sink, with the query given. */
function withCredentials(sink: SmtpSink, query = ''): string {
  return sink.url.replace('smtp://', 'smtp://mailer%40ward:s3cret-pass@') + query;
}

// SMTP_URL's credentials and TLS: a smtp:// URL with a user name and password sends only after
// STARTTLS; a relay without credentials, or SMTP_ALLOW_INSECURE, keeps plain SMTP working.
describe('mail outbox: credentials go to the relay only over TLS (real PostgreSQL, SMTP on loopback)', () => {
  let database: { name: string; url: string };
  let db: DataSource;
  const sinks: SmtpSink[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await new DataSource(dataSourceOptions(database.url)).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await Promise.all(sinks.map((s) => s.close()));
    await dropTestDatabase(database.name);
  });

  async function sink(options: { starttls?: boolean } = {}): Promise<SmtpSink> {
    const s = await startSmtpSink({ auth: true, ...options });
    sinks.push(s);
    return s;
  }

  async function enqueue(recipient: string): Promise<string> {
    const outbox = new OutboxService(new OutboxRepository(db), mailOptions());
    return db.transaction((m) => outbox.enqueue(m, { kind: 'application.received', hostId: null, recipient, subject: `to ${recipient}`, body: '本文' }));
  }

  const rowOf = async (id: string): Promise<Row> => (await db.query('SELECT sent_at, attempts, last_error FROM outbox_messages WHERE id = $1', [id]))[0];

  /** Runs a worker until the message was sent or had its first failed attempt. */
  async function deliver(smtpUrl: string, allowInsecure: boolean, recipient: string): Promise<Row> {
    const id = await enqueue(recipient);
    const worker = new OutboxWorker(mailOptions({ smtpUrl, allowInsecure, pollMs: 100, maxAttempts: 1 }), new OutboxRepository(db));
    worker.onApplicationBootstrap();
    try {
      await eventually(async () => (await rowOf(id)).attempts >= 1);
    } finally {
      await worker.onModuleDestroy();
    }
    return rowOf(id);
  }

  it('refuses to send with credentials when the relay offers no STARTTLS, and says why', async () => {
    const relay = await sink();
    const row = await deliver(withCredentials(relay), false, 'refused@miyako.example');
    expect(row.sent_at).toBeNull();
    expect(row.last_error).toBe(`ETLS ${STARTTLS_REFUSED}`);
    expect(relay.logins).toEqual([]);
    expect(relay.messages).toEqual([]);
  });

  it('still delivers through a local relay without credentials and without TLS', async () => {
    const relay = await sink();
    const row = await deliver(relay.url, false, 'plain@miyako.example');
    expect(row).toMatchObject({ sent_at: expect.any(Date), last_error: null });
    expect(relay.messages.map((m) => m.to)).toEqual([['plain@miyako.example']]);
    expect(relay.logins).toEqual([]);
  });

  it('sends the credentials after STARTTLS when the relay offers it', async () => {
    const relay = await sink({ starttls: true });
    // The sink's certificate is smtp-server's self-signed one.
    const row = await deliver(withCredentials(relay, '?tls.rejectUnauthorized=false'), false, 'tls@miyako.example');
    expect(row).toMatchObject({ sent_at: expect.any(Date), last_error: null });
    expect(relay.logins).toEqual([{ username: 'mailer@ward', password: 's3cret-pass', secure: true }]);
    expect(relay.messages).toHaveLength(1);
  });

  it('with SMTP_ALLOW_INSECURE, logs in over plain text to a relay that has no TLS', async () => {
    const relay = await sink();
    const row = await deliver(withCredentials(relay), true, 'insecure@miyako.example');
    expect(row).toMatchObject({ sent_at: expect.any(Date), last_error: null });
    expect(relay.logins).toEqual([{ username: 'mailer@ward', password: 's3cret-pass', secure: false }]);
  });

  it('will not start with a URL whose query switches TLS off', async () => {
    const relay = await sink();
    const worker = new OutboxWorker(mailOptions({ smtpUrl: withCredentials(relay, '?ignoreTLS=true') }), new OutboxRepository(db));
    expect(() => worker.onApplicationBootstrap()).toThrow(/"ignoreTLS" query parameter could send the relay's password without TLS/);
    await worker.onModuleDestroy();
  });
});
