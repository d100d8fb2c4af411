import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications an organizer enters for a municipality (paper, fax): who entered the current
 * submission and when. Both stay null for a municipality's own; a representative's later resubmission
 * clears them. `entered_at` alone is the mark ("entered by the organizer"), so it outlives the user.
 */
export class EnteredApplications1797100000900 implements MigrationInterface {
  name = 'EnteredApplications1797100000900';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" ADD "entered_by" uuid`);
    await q.query(`ALTER TABLE "applications" ADD "entered_at" timestamptz`);
    await q.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_entered_by" FOREIGN KEY ("entered_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_entered" CHECK ("entered_by" IS NULL OR "entered_at" IS NOT NULL)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_entered"`);
    await q.query(`ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_entered_by"`);
    await q.query(`ALTER TABLE "applications" DROP COLUMN "entered_at"`);
    await q.query(`ALTER TABLE "applications" DROP COLUMN "entered_by"`);
  }
}
