import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 申込の取り下げ and 出展辞退 become two statuses (issue 20): a municipality withdrawing an accepted
 * application now declines it ('declined'); before a decision it still withdraws it ('withdrawn').
 * Applications withdrawn after acceptance become declined, known by their withdrawal's audit entry
 * (status before: accepted); their withdrawal event and audit entry are renamed to match. Those
 * without an audit entry (seeded or imported) stay withdrawn: nothing says they were accepted.
 */
export class DeclinedApplications1797100001200 implements MigrationInterface {
  name = 'DeclinedApplications1797100001200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_status"`);
    await q.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_status" CHECK ("status" IN ('draft', 'submitted', 'accepted', 'waitlisted', 'rejected', 'withdrawn', 'declined'))`,
    );
    // The latest withdrawal of each application still withdrawn, when it was made from 'accepted'.
    await q.query(`CREATE TEMPORARY TABLE declined_withdrawals ON COMMIT DROP AS
      SELECT DISTINCT ON (al.entity_id) al.id AS audit_id, a.id AS application_id, al.changes->'status'->>'before' AS before
      FROM audit_log al JOIN applications a ON a.id::text = al.entity_id JOIN fairs f ON f.id = a.fair_id AND f.host_id = al.host_id
      WHERE al.action = 'application.withdrawn' AND al.entity_type = 'application' AND a.status = 'withdrawn'
      ORDER BY al.entity_id, al.at DESC, al.id DESC`);
    await q.query(`DELETE FROM declined_withdrawals WHERE before IS DISTINCT FROM 'accepted'`);
    await q.query(`UPDATE applications a SET status = 'declined' FROM declined_withdrawals d WHERE a.id = d.application_id`);
    await q.query(`UPDATE audit_log al SET action = 'application.declined', changes = jsonb_set(al.changes, '{status,after}', '"declined"')
      FROM declined_withdrawals d WHERE al.id = d.audit_id`);
    await q.query(`UPDATE application_events e SET action = 'declined', status = 'declined'
      FROM declined_withdrawals d
      WHERE e.id = (SELECT max(x.id) FROM application_events x WHERE x.application_id = d.application_id AND x.action = 'withdrawn')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE application_events SET action = 'withdrawn', status = 'withdrawn' WHERE action = 'declined'`);
    await q.query(
      `UPDATE audit_log SET action = 'application.withdrawn', changes = jsonb_set(changes, '{status,after}', '"withdrawn"') WHERE action = 'application.declined'`,
    );
    await q.query(`UPDATE applications SET status = 'withdrawn' WHERE status = 'declined'`);
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_status"`);
    await q.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_status" CHECK ("status" IN ('draft', 'submitted', 'accepted', 'waitlisted', 'rejected', 'withdrawn'))`,
    );
  }
}
