import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Second factors (issue 17): passkeys (WebAuthn public keys and counters), an authenticator app's
 * secret (sealed with APP_SECRET), ten one-time recovery codes (hashed), WebAuthn challenges (one
 * use, five minutes). Sessions gain the step they still wait for (pending), when a second factor was
 * confirmed in them, and the wrong codes sent; hosts gain the rule that their organizers use one.
 * Existing sessions and hosts are unchanged: nobody is signed out or asked for a factor by the upgrade.
 */
export class SecondFactors1797000000100 implements MigrationInterface {
  name = 'SecondFactors1797000000100';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "passkeys" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "credential_id" text NOT NULL,
        "public_key" bytea NOT NULL,
        "counter" bigint NOT NULL DEFAULT '0',
        "transports" text array NOT NULL DEFAULT '{}',
        "device_type" text NOT NULL,
        "backed_up" boolean NOT NULL,
        "name" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "uq_passkeys_user_name" UNIQUE ("user_id", "name"),
        CONSTRAINT "uq_passkeys_credential_id" UNIQUE ("credential_id"),
        CONSTRAINT "pk_passkeys" PRIMARY KEY ("id")
      )
    `);
    await q.query(`
      CREATE INDEX "ix_passkeys_user" ON "passkeys" ("user_id")
    `);
    await q.query(`
      CREATE TABLE "recovery_codes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "code_hash" text NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_recovery_codes_user_hash" UNIQUE ("user_id", "code_hash"),
        CONSTRAINT "pk_recovery_codes" PRIMARY KEY ("id")
      )
    `);
    await q.query(`
      CREATE INDEX "ix_recovery_codes_user" ON "recovery_codes" ("user_id")
    `);
    await q.query(`
      CREATE TABLE "totp_factors" (
        "user_id" uuid NOT NULL,
        "secret_sealed" text NOT NULL,
        "confirmed_at" TIMESTAMP WITH TIME ZONE,
        "last_time_step" bigint,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_totp_factors" PRIMARY KEY ("user_id")
      )
    `);
    await q.query(`
      CREATE TABLE "webauthn_challenges" (
        "challenge" text NOT NULL,
        "purpose" text NOT NULL,
        "session_id" uuid,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "ck_webauthn_challenges_purpose" CHECK (
          "purpose" IN ('register', 'secondFactor', 'signIn')
        ),
        CONSTRAINT "pk_webauthn_challenges" PRIMARY KEY ("challenge")
      )
    `);
    await q.query(`
      CREATE INDEX "ix_webauthn_challenges_expires_at" ON "webauthn_challenges" ("expires_at")
    `);
    await q.query(`
      ALTER TABLE "hosts"
      ADD "require_second_factor" boolean NOT NULL DEFAULT false
    `);
    await q.query(`
      ALTER TABLE "sessions"
      ADD "pending" text
    `);
    await q.query(`
      ALTER TABLE "sessions"
      ADD "second_factor_at" TIMESTAMP WITH TIME ZONE
    `);
    await q.query(`
      ALTER TABLE "sessions"
      ADD "step_failures" integer NOT NULL DEFAULT '0'
    `);
    await q.query(`
      ALTER TABLE "sessions"
      ADD CONSTRAINT "ck_sessions_pending" CHECK ("pending" IN ('secondFactor', 'enrol'))
    `);
    await q.query(`
      ALTER TABLE "passkeys"
      ADD CONSTRAINT "fk_passkeys_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await q.query(`
      ALTER TABLE "recovery_codes"
      ADD CONSTRAINT "fk_recovery_codes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await q.query(`
      ALTER TABLE "totp_factors"
      ADD CONSTRAINT "fk_totp_factors_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await q.query(`
      ALTER TABLE "webauthn_challenges"
      ADD CONSTRAINT "fk_webauthn_challenges_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "webauthn_challenges" DROP CONSTRAINT "fk_webauthn_challenges_session"
    `);
    await q.query(`
      ALTER TABLE "totp_factors" DROP CONSTRAINT "fk_totp_factors_user"
    `);
    await q.query(`
      ALTER TABLE "recovery_codes" DROP CONSTRAINT "fk_recovery_codes_user"
    `);
    await q.query(`
      ALTER TABLE "passkeys" DROP CONSTRAINT "fk_passkeys_user"
    `);
    await q.query(`
      ALTER TABLE "sessions" DROP CONSTRAINT "ck_sessions_pending"
    `);
    await q.query(`
      ALTER TABLE "sessions" DROP COLUMN "step_failures"
    `);
    await q.query(`
      ALTER TABLE "sessions" DROP COLUMN "second_factor_at"
    `);
    await q.query(`
      ALTER TABLE "sessions" DROP COLUMN "pending"
    `);
    await q.query(`
      ALTER TABLE "hosts" DROP COLUMN "require_second_factor"
    `);
    await q.query(`
      DROP INDEX "public"."ix_webauthn_challenges_expires_at"
    `);
    await q.query(`
      DROP TABLE "webauthn_challenges"
    `);
    await q.query(`
      DROP TABLE "totp_factors"
    `);
    await q.query(`
      DROP INDEX "public"."ix_recovery_codes_user"
    `);
    await q.query(`
      DROP TABLE "recovery_codes"
    `);
    await q.query(`
      DROP INDEX "public"."ix_passkeys_user"
    `);
    await q.query(`
      DROP TABLE "passkeys"
    `);
  }
}
