import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795508635712 implements MigrationInterface {
  name = 'Accounts1795508635712';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "hosts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "name_en" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_hosts_name" UNIQUE ("name"),
                CONSTRAINT "PK_c4bcf0826e0e2847faee4da1746" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "password_hash" text NOT NULL,
                "role" text NOT NULL,
                "host_id" uuid,
                "municipality_id" uuid,
                "invited_by_host_id" uuid NOT NULL,
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_sign_in_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_users_email" UNIQUE ("email"),
                CONSTRAINT "ck_users_role_scope" CHECK (
                    (
                        "role" = 'organizer'
                        AND "host_id" IS NOT NULL
                        AND "municipality_id" IS NULL
                    )
                    OR (
                        "role" = 'representative'
                        AND "municipality_id" IS NOT NULL
                        AND "host_id" IS NULL
                    )
                ),
                CONSTRAINT "ck_users_email_lower" CHECK ("email" = lower("email")),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_invited_by_host" ON "users" ("invited_by_host_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "invitations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "token_hash" text NOT NULL,
                "email" text NOT NULL,
                "role" text NOT NULL,
                "display_name" text,
                "host_id" uuid NOT NULL,
                "municipality_id" uuid,
                "invited_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_invitations_token_hash" UNIQUE ("token_hash"),
                CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_invitations_host" ON "invitations" ("host_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" text NOT NULL,
                "recipient" text NOT NULL,
                "subject" text NOT NULL,
                "body" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbox_messages_unsent" ON "outbox_messages" ("created_at")
            WHERE "sent_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "token_hash" text NOT NULL,
                "user_id" uuid NOT NULL,
                "csrf_token" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "uq_sessions_token_hash" UNIQUE ("token_hash"),
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_user" ON "sessions" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "sign_in_failures" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "email" text NOT NULL,
                "address" text NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fa4e2048c06590424ef01bfd171" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sign_in_failures_address_at" ON "sign_in_failures" ("address", "at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sign_in_failures_email_at" ON "sign_in_failures" ("email", "at")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "host_id" uuid,
                "action" text NOT NULL,
                "entity_type" text NOT NULL,
                "entity_id" text,
                "changes" jsonb NOT NULL DEFAULT '{}',
                "request_id" text,
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_log_host_at" ON "audit_log" ("host_id", "at")
        `);
    await queryRunner.query(`
            ALTER TABLE "agreements"
            ADD "host_id" uuid
        `);
    // Written by hand: agreements made before hosts existed were all 品川区's (the first host).
    await queryRunner.query(`
            INSERT INTO "hosts" ("name", "name_en")
            SELECT '品川区', 'Shinagawa City' WHERE EXISTS (SELECT 1 FROM "agreements")
            ON CONFLICT ("name") DO NOTHING
        `);
    await queryRunner.query(`
            UPDATE "agreements" SET "host_id" = (SELECT "id" FROM "hosts" WHERE "name" = '品川区')
        `);
    await queryRunner.query(`
            ALTER TABLE "agreements" ALTER COLUMN "host_id" SET NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_agreements_host" ON "agreements" ("host_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "fk_users_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "fk_users_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "fk_users_invited_by_host" FOREIGN KEY ("invited_by_host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "fk_invitations_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "fk_invitations_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "fk_invitations_invited_by" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_log"
            ADD CONSTRAINT "fk_audit_log_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "agreements"
            ADD CONSTRAINT "fk_agreements_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "agreements" DROP CONSTRAINT "fk_agreements_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_log" DROP CONSTRAINT "fk_audit_log_actor"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_invited_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_municipality"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "fk_users_invited_by_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "fk_users_municipality"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "fk_users_host"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_agreements_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "agreements" DROP COLUMN "host_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_host_at"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sign_in_failures_email_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sign_in_failures_address_at"
        `);
    await queryRunner.query(`
            DROP TABLE "sign_in_failures"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sessions_user"
        `);
    await queryRunner.query(`
            DROP TABLE "sessions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_messages_unsent"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_messages"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_invitations_host"
        `);
    await queryRunner.query(`
            DROP TABLE "invitations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_users_invited_by_host"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP TABLE "hosts"
        `);
  }
}
