import { MigrationInterface, QueryRunner } from 'typeorm';

export class Memberships1795700000000 implements MigrationInterface {
  name = 'Memberships1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "role" text NOT NULL,
                "host_id" uuid,
                "municipality_id" uuid,
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                "last_active_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_memberships_scope" CHECK (
                    (
                        "role" = 'operator'
                        AND "host_id" IS NULL
                        AND "municipality_id" IS NULL
                    )
                    OR (
                        "role" = 'organizer'
                        AND "host_id" IS NOT NULL
                        AND "municipality_id" IS NULL
                    )
                    OR (
                        "role" = 'representative'
                        AND "host_id" IS NOT NULL
                        AND "municipality_id" IS NOT NULL
                    )
                ),
                CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_memberships_representative" ON "memberships" ("user_id", "host_id", "municipality_id")
            WHERE "role" = 'representative'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_memberships_organizer" ON "memberships" ("user_id", "host_id")
            WHERE "role" = 'organizer'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_memberships_operator" ON "memberships" ("user_id")
            WHERE "role" = 'operator'
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_memberships_host_municipality" ON "memberships" ("host_id", "municipality_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_memberships_user" ON "memberships" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "fk_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "fk_memberships_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "fk_memberships_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            -- Each existing account becomes one membership: an organizer of its host, or a representative
            -- of its municipality for the host that invited it. Disabling was always one host's decision,
            -- so it moves to the membership.
            INSERT INTO "memberships" ("user_id", "role", "host_id", "municipality_id", "disabled_at", "created_at")
            SELECT "id", "role", CASE WHEN "role" = 'organizer' THEN "host_id" ELSE "invited_by_host_id" END,
                   "municipality_id", "disabled_at", "created_at"
            FROM "users"
        `);
    await queryRunner.query(`
            UPDATE "users" SET "disabled_at" = NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "hosts"
            ADD "disabled_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD "membership_id" uuid
        `);
    await queryRunner.query(`
            UPDATE "sessions" s SET "membership_id" = m."id" FROM "memberships" m WHERE m."user_id" = s."user_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" ALTER COLUMN "membership_id" SET NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_membership" ON "sessions" ("membership_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "fk_sessions_membership" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "fk_users_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "fk_users_municipality"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "fk_users_invited_by_host"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_users_invited_by_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "ck_users_role_scope"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "host_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "municipality_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "invited_by_host_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "role"
        `);
  }

  // Lossy: a person keeps only their oldest host membership, and people who are only the operator are removed.
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_membership"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sessions_membership"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP COLUMN "membership_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "hosts" DROP COLUMN "disabled_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" ADD "role" text, ADD "invited_by_host_id" uuid, ADD "municipality_id" uuid, ADD "host_id" uuid
        `);
    await queryRunner.query(`
            UPDATE "users" u SET "role" = m."role", "invited_by_host_id" = m."host_id",
                   "host_id" = CASE WHEN m."role" = 'organizer' THEN m."host_id" END, "municipality_id" = m."municipality_id",
                   "disabled_at" = coalesce(u."disabled_at", m."disabled_at")
            FROM (SELECT DISTINCT ON ("user_id") * FROM "memberships" WHERE "role" <> 'operator' ORDER BY "user_id", "created_at") m
            WHERE m."user_id" = u."id"
        `);
    await queryRunner.query(`
            DELETE FROM "users" WHERE "role" IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "users" ALTER COLUMN "role" SET NOT NULL, ALTER COLUMN "invited_by_host_id" SET NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_municipality"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_memberships_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_memberships_host_municipality"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_memberships_operator"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_memberships_organizer"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_memberships_representative"
        `);
    await queryRunner.query(`
            DROP TABLE "memberships"
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "ck_users_role_scope" CHECK (
                    (
                        (
                            (role = 'organizer'::text)
                            AND (host_id IS NOT NULL)
                            AND (municipality_id IS NULL)
                        )
                        OR (
                            (role = 'representative'::text)
                            AND (municipality_id IS NOT NULL)
                            AND (host_id IS NULL)
                        )
                    )
                )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_invited_by_host" ON "users" USING btree ("invited_by_host_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "fk_users_invited_by_host" FOREIGN KEY ("invited_by_host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "fk_users_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "fk_users_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }
}
