import { startTestApp, type TestApp } from '../../test/test-app';

const MIGRATION = 'DeclinedApplications1797100001200';

/** Applications withdrawn after acceptance before 出展辞退 had its own status become declined (real PostgreSQL). */
describe('the migration to declined applications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('makes a withdrawal from accepted a declined application, with its event and audit entry; other withdrawals stay', async () => {
    const applied = async () => (await t.db.query('SELECT name FROM migrations WHERE name = $1', [MIGRATION])).length > 0;
    while (await applied()) await t.db.undoLastMigration({ transaction: 'each' });

    // Three seeded applications of the 2023 fair, withdrawn as the code before this migration did.
    const rows: { id: string; host_id: string }[] = await t.db.query(
      `SELECT a.id, f.host_id FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE f.slug = 'koryu-toshi-2023' ORDER BY mu.name LIMIT 3`,
    );
    const [fromAccepted, fromSubmitted, noAudit] = rows;
    const withdraw = async (row: { id: string; host_id: string }, before: string | null) => {
      await t.db.query(`UPDATE applications SET status = 'withdrawn' WHERE id = $1`, [row.id]);
      await t.db.query(`INSERT INTO application_events (application_id, action, status) VALUES ($1, 'withdrawn', 'withdrawn')`, [row.id]);
      if (before)
        await t.db.query(
          `INSERT INTO audit_log (host_id, action, entity_type, entity_id, changes) VALUES ($1, 'application.withdrawn', 'application', $2, $3)`,
          [row.host_id, row.id, JSON.stringify({ status: { before, after: 'withdrawn' }, booths: { before: 1, after: 0 } })],
        );
    };
    await withdraw(fromAccepted, 'accepted');
    await withdraw(fromSubmitted, 'submitted');
    await withdraw(noAudit, null);

    await t.db.runMigrations({ transaction: 'each' });

    const status = async (id: string) => (await t.db.query('SELECT status FROM applications WHERE id = $1', [id]))[0].status;
    const lastEvent = async (id: string) =>
      (await t.db.query('SELECT action, status FROM application_events WHERE application_id = $1 ORDER BY id DESC LIMIT 1', [id]))[0];
    const audit = async (id: string) => t.db.query(`SELECT action, changes->'status' AS status FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(await status(fromAccepted.id)).toBe('declined');
    expect(await lastEvent(fromAccepted.id)).toEqual({ action: 'declined', status: 'declined' });
    expect(await audit(fromAccepted.id)).toEqual([{ action: 'application.declined', status: { before: 'accepted', after: 'declined' } }]);
    expect(await status(fromSubmitted.id)).toBe('withdrawn');
    expect(await lastEvent(fromSubmitted.id)).toEqual({ action: 'withdrawn', status: 'withdrawn' });
    expect(await audit(fromSubmitted.id)).toEqual([{ action: 'application.withdrawn', status: { before: 'submitted', after: 'withdrawn' } }]);
    expect(await status(noAudit.id)).toBe('withdrawn');
  });
});
