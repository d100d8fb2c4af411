import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Forgot password" links (only the token's SHA-256 is stored; valid an hour, used once). A request
 * for an address without an account writes a row too, with no user, so that both answers make the
 * same writes. sign_in_failures gains an index for the failures of one account from one address
 * (the throttle that answers 429 to the guessing address only).
 */
export class PasswordResets1796900000100 implements MigrationInterface {
  name = 'PasswordResets1796900000100';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "password_reset_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" text NOT NULL,
        "user_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "uq_password_reset_tokens_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "pk_password_reset_tokens" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "ix_password_reset_tokens_user" ON "password_reset_tokens" ("user_id")`);
    await q.query(`CREATE INDEX "ix_password_reset_tokens_expires_at" ON "password_reset_tokens" ("expires_at")`);
    await q.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "fk_password_reset_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "ix_sign_in_failures_email_address_at" ON "sign_in_failures" ("email", "address", "at")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_sign_in_failures_email_address_at"`);
    await q.query(`ALTER TABLE "password_reset_tokens" DROP CONSTRAINT "fk_password_reset_tokens_user"`);
    await q.query(`DROP INDEX "public"."ix_password_reset_tokens_expires_at"`);
    await q.query(`DROP INDEX "public"."ix_password_reset_tokens_user"`);
    await q.query(`DROP TABLE "password_reset_tokens"`);
  }
}
