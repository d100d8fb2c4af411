import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../test/test-database';
import { LINK_REMOVED } from './sent-body';

const MIGRATION = 'OutboxSecretLinks1796800000200';
const TOKEN = 'q3Jm0-0Yc1Z6Zk6b8k3sT2o_pQ4nW9xVbA7cD1eF5gH';

/** Invitations sent before links were dropped after sending lose theirs when the migration runs. */
describe('migration OutboxSecretLinks (real PostgreSQL)', () => {
  let db: DataSource;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDataSource());
  });
  afterAll(() => close());

  /** Reverts migrations down to and including this one, then applies them all again. */
  const migrateAgain = async () => {
    const applied = async () => (await db.query('SELECT name FROM migrations WHERE name = $1', [MIGRATION])).length > 0;
    while (await applied()) await db.undoLastMigration({ transaction: 'each' });
    await db.runMigrations({ transaction: 'each' });
  };

  it('removes the link from sent invitations only', async () => {
    const body = (n: number) => `招待されました。\nhttps://bussanten.example.jp:8443/invitations/${TOKEN}${n}\n\nOpen the link above.`;
    const insert = async (kind: string, n: number, sent: boolean, failed = false) =>
      (
        await db.query(`INSERT INTO outbox_messages (kind, recipient, subject, body, sent_at, failed_at) VALUES ($1, $2, 's', $3, $4, $5) RETURNING id`, [
          kind,
          `${n}@example.jp`,
          body(n),
          sent ? new Date() : null,
          failed ? new Date() : null,
        ])
      )[0].id as string;
    const sent = await insert('invitation', 1, true);
    const pending = await insert('invitation', 2, false);
    const failed = await insert('invitation', 3, false, true);
    const other = await insert('application.received', 4, true);
    await migrateAgain();
    const bodyOf = async (id: string): Promise<string> => (await db.query('SELECT body FROM outbox_messages WHERE id = $1', [id]))[0].body;
    expect(await bodyOf(sent)).toBe(`招待されました。\n${LINK_REMOVED}\n\nOpen the link above.`);
    expect(await bodyOf(pending)).toBe(body(2));
    expect(await bodyOf(failed)).toBe(body(3));
    expect(await bodyOf(other)).toBe(body(4));
  });
});
