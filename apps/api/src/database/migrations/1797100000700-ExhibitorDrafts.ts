import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The exhibitor's side (issue 20): an application can be saved as a draft (only its municipality
 * sees it; permit and staff count may still be blank), a booth need for cooking (調理, matched against
 * booths marked 調理可), and the host's contact shown to its exhibitors.
 */
export class ExhibitorDrafts1797100000700 implements MigrationInterface {
  name = 'ExhibitorDrafts1797100000700';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_status"`);
    await q.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_status" CHECK ("status" IN ('draft', 'submitted', 'accepted', 'waitlisted', 'rejected', 'withdrawn'))`,
    );
    await q.query(`ALTER TABLE "applications" ALTER COLUMN "permit_status" DROP NOT NULL`);
    await q.query(`ALTER TABLE "applications" ALTER COLUMN "staff_count" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_complete" CHECK ("status" = 'draft' OR ("permit_status" IS NOT NULL AND "staff_count" IS NOT NULL))`,
    );
    await q.query(`ALTER TABLE "applications" ADD "cooking" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "hosts" ADD "contact_email" text`);
    await q.query(`ALTER TABLE "hosts" ADD "contact_phone" text`);
    await q.query(`ALTER TABLE "hosts" ADD "contact_note" text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "hosts" DROP COLUMN "contact_note"`);
    await q.query(`ALTER TABLE "hosts" DROP COLUMN "contact_phone"`);
    await q.query(`ALTER TABLE "hosts" DROP COLUMN "contact_email"`);
    await q.query(`ALTER TABLE "applications" DROP COLUMN "cooking"`);
    await q.query(`DELETE FROM "applications" WHERE "status" = 'draft'`);
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_complete"`);
    await q.query(`ALTER TABLE "applications" ALTER COLUMN "staff_count" SET NOT NULL`);
    await q.query(`ALTER TABLE "applications" ALTER COLUMN "permit_status" SET NOT NULL`);
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_status"`);
    await q.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_status" CHECK ("status" IN ('submitted', 'accepted', 'waitlisted', 'rejected', 'withdrawn'))`,
    );
  }
}
