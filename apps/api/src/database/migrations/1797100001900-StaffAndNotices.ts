import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 23: on-site staff, a membership of a host (optionally limited to some fairs: fair_ids, on
 * the membership and on the invitation that grants it), and live notices, shown on the public pages
 * and feeds without a new release. Notices are display only: nothing else reads them.
 */
export class StaffAndNotices1797100001900 implements MigrationInterface {
  name = 'StaffAndNotices1797100001900';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "ck_memberships_scope"`);
    await q.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "ck_memberships_scope" CHECK (("role" = 'operator' AND "host_id" IS NULL AND "municipality_id" IS NULL) OR ("role" IN ('organizer', 'staff') AND "host_id" IS NOT NULL AND "municipality_id" IS NULL) OR ("role" = 'representative' AND "host_id" IS NOT NULL AND "municipality_id" IS NOT NULL))`,
    );
    await q.query(`ALTER TABLE "memberships" ADD "fair_ids" uuid array`);
    await q.query(`ALTER TABLE "memberships" ADD CONSTRAINT "ck_memberships_fair_ids" CHECK ("fair_ids" IS NULL OR "role" = 'staff')`);
    await q.query(`CREATE UNIQUE INDEX "uq_memberships_staff" ON "memberships" ("user_id", "host_id") WHERE "role" = 'staff'`);
    await q.query(`ALTER TABLE "invitations" ADD "fair_ids" uuid array`);
    await q.query(`
      CREATE TABLE "fair_notices" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "host_id" uuid NOT NULL,
        "fair_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "text" text NOT NULL,
        "text_en" text,
        "day" date,
        "closes_at" TIME,
        "ends_at" TIMESTAMP WITH TIME ZONE,
        "posted_by" uuid,
        "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_fair_notices" PRIMARY KEY ("id"),
        CONSTRAINT "ck_fair_notices_kind" CHECK ("kind" IN ('notice', 'closingEarly', 'closedDay')),
        CONSTRAINT "ck_fair_notices_closes_at" CHECK (("kind" = 'closingEarly') = ("closes_at" IS NOT NULL)),
        CONSTRAINT "ck_fair_notices_day" CHECK ("kind" = 'notice' OR "day" IS NOT NULL),
        CONSTRAINT "fk_fair_notices_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_fair_notices_fair" FOREIGN KEY ("fair_id") REFERENCES "fairs"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_fair_notices_user" FOREIGN KEY ("posted_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "ix_fair_notices_fair" ON "fair_notices" ("fair_id")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "fair_notices"`);
    await q.query(`ALTER TABLE "invitations" DROP COLUMN "fair_ids"`);
    await q.query(`DELETE FROM "memberships" WHERE "role" = 'staff'`);
    await q.query(`DROP INDEX "uq_memberships_staff"`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "ck_memberships_fair_ids"`);
    await q.query(`ALTER TABLE "memberships" DROP COLUMN "fair_ids"`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "ck_memberships_scope"`);
    await q.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "ck_memberships_scope" CHECK (("role" = 'operator' AND "host_id" IS NULL AND "municipality_id" IS NULL) OR ("role" = 'organizer' AND "host_id" IS NOT NULL AND "municipality_id" IS NULL) OR ("role" = 'representative' AND "host_id" IS NOT NULL AND "municipality_id" IS NOT NULL))`,
    );
  }
}
