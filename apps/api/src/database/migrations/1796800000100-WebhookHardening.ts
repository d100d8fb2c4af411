import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook hardening (issue 16):
 *
 * - Signing secrets are stored encrypted in `secret_encrypted`. A migration cannot encrypt them: the
 *   key comes from APP_SECRET or the key file under DATA_DIR, which only the app's start knows (and
 *   the restore and create-organizer commands run migrations without it). So this migration only
 *   makes room: `secret` becomes nullable and stays readable as the plain-text fallback, and every
 *   start of the API, under the start-up lock right after the migrations, seals the plain secrets it
 *   finds into `secret_encrypted` and sets `secret` to null (sealWebhookSecrets). Deleted webhooks'
 *   wiped secrets ('') become null.
 * - Each delivery records the outcome of its latest attempt as a category (`outcome`, and the
 *   receiver's `http_status`); `last_error` stays as the operators' cause and is no longer shown to
 *   organizers. Past deliveries get a category from what `last_error` said.
 */
export class WebhookHardening1796800000100 implements MigrationInterface {
  name = 'WebhookHardening1796800000100';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhooks" ADD "secret_encrypted" text`);
    await q.query(`ALTER TABLE "webhooks" ALTER COLUMN "secret" DROP NOT NULL`);
    await q.query(`UPDATE "webhooks" SET "secret" = NULL WHERE "secret" = ''`);
    await q.query(`ALTER TABLE "webhook_deliveries" ADD "outcome" text`);
    await q.query(`ALTER TABLE "webhook_deliveries" ADD "http_status" integer`);
    await q.query(`
      UPDATE "webhook_deliveries" SET
        "http_status" = CASE WHEN "last_error" ~ '^HTTP [0-9]{3}' THEN substring("last_error" FROM 6 FOR 3)::integer END,
        "outcome" = CASE
          WHEN "delivered_at" IS NOT NULL THEN 'delivered'
          WHEN "last_error" IS NULL OR "last_error" = 'webhook deleted' THEN NULL
          WHEN "last_error" ~ '^HTTP [0-9]{3}' THEN 'receiverRefused'
          WHEN "last_error" LIKE 'no answer within %' THEN 'timedOut'
          WHEN "last_error" LIKE 'refused: %' THEN 'addressBlocked'
          ELSE 'unreachable' END`);
    await q.query(
      `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "ck_webhook_deliveries_outcome" CHECK ("outcome" IN ('delivered', 'receiverRefused', 'unreachable', 'timedOut', 'addressBlocked'))`,
    );
  }

  /**
   * Back to plain-text secrets only. Sealed secrets cannot be opened in SQL: those webhooks keep an
   * empty secret (their receivers' checks fail; delete and add them again after going back).
   */
  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "ck_webhook_deliveries_outcome"`);
    await q.query(`ALTER TABLE "webhook_deliveries" DROP COLUMN "http_status"`);
    await q.query(`ALTER TABLE "webhook_deliveries" DROP COLUMN "outcome"`);
    await q.query(`UPDATE "webhooks" SET "secret" = '' WHERE "secret" IS NULL`);
    await q.query(`ALTER TABLE "webhooks" ALTER COLUMN "secret" SET NOT NULL`);
    await q.query(`ALTER TABLE "webhooks" DROP COLUMN "secret_encrypted"`);
  }
}
