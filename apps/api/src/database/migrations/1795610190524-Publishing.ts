import { MigrationInterface, QueryRunner } from 'typeorm';

export class Publishing1795610190524 implements MigrationInterface {
  name = 'Publishing1795610190524';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "releases" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "fair_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "author_id" uuid,
                "note" text,
                "snapshot" jsonb NOT NULL,
                "changes" jsonb NOT NULL,
                "digest" text NOT NULL,
                CONSTRAINT "uq_releases_fair_version" UNIQUE ("fair_id", "version"),
                CONSTRAINT "PK_6b6fc2599a5a281dd44a7d64016" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_releases_fair_latest" ON "releases" ("fair_id", "version")
        `);
    await queryRunner.query(`
            CREATE TABLE "webhooks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "host_id" uuid NOT NULL,
                "url" text NOT NULL,
                "secret" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_9e8795cfc899ab7bdaa831e8527" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_webhooks_host" ON "webhooks" ("host_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "webhook_deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "webhook_id" uuid NOT NULL,
                "event" text NOT NULL,
                "payload" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_error" text,
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                "failed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_webhook_deliveries_due" ON "webhook_deliveries" ("next_attempt_at")
            WHERE "delivered_at" IS NULL
                AND "failed_at" IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages"
            ADD "attachments" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "releases"
            ADD CONSTRAINT "fk_releases_fair" FOREIGN KEY ("fair_id") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "releases"
            ADD CONSTRAINT "fk_releases_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "webhooks"
            ADD CONSTRAINT "fk_webhooks_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD CONSTRAINT "fk_webhook_deliveries_webhook" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "fk_webhook_deliveries_webhook"
        `);
    await queryRunner.query(`
            ALTER TABLE "webhooks" DROP CONSTRAINT "fk_webhooks_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "releases" DROP CONSTRAINT "fk_releases_author"
        `);
    await queryRunner.query(`
            ALTER TABLE "releases" DROP CONSTRAINT "fk_releases_fair"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages" DROP COLUMN "attachments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_webhook_deliveries_due"
        `);
    await queryRunner.query(`
            DROP TABLE "webhook_deliveries"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_webhooks_host"
        `);
    await queryRunner.query(`
            DROP TABLE "webhooks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_releases_fair_latest"
        `);
    await queryRunner.query(`
            DROP TABLE "releases"
        `);
  }
}
