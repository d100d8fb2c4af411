import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A fair's public visibility becomes its own state (fairs.visible), apart from the lifecycle status,
 * which loses 'published'. A published fair becomes closed and visible; an archived fair with a
 * release stays readable (visible); a closed fair whose publication was "withdrawn" under the old
 * rules was still served, but its organizer meant it hidden, so it starts hidden.
 */
export class FairVisibility1796700000000 implements MigrationInterface {
  name = 'FairVisibility1796700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "fairs" ADD "visible" boolean NOT NULL DEFAULT false`);
    await q.query(
      `UPDATE "fairs" f SET "visible" = true WHERE f."status" IN ('published', 'archived') AND EXISTS (SELECT 1 FROM "releases" r WHERE r."fair_id" = f."id")`,
    );
    await q.query(`UPDATE "fairs" SET "status" = 'closed' WHERE "status" = 'published'`);
    await q.query(`ALTER TABLE "fairs" DROP CONSTRAINT "ck_fairs_status"`);
    await q.query(`ALTER TABLE "fairs" ADD CONSTRAINT "ck_fairs_status" CHECK ("status" IN ('draft', 'accepting', 'closed', 'archived'))`);
    // Nothing is visible without a release to show.
    await q.query(`ALTER TABLE "fairs" ADD CONSTRAINT "ck_fairs_visible" CHECK (NOT "visible" OR "status" <> 'draft')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "fairs" DROP CONSTRAINT "ck_fairs_visible"`);
    await q.query(`ALTER TABLE "fairs" DROP CONSTRAINT "ck_fairs_status"`);
    await q.query(`UPDATE "fairs" SET "status" = 'published' WHERE "status" IN ('accepting', 'closed') AND "visible"`);
    await q.query(`ALTER TABLE "fairs" ADD CONSTRAINT "ck_fairs_status" CHECK ("status" IN ('draft', 'accepting', 'closed', 'published', 'archived'))`);
    await q.query(`ALTER TABLE "fairs" DROP COLUMN "visible"`);
  }
}
