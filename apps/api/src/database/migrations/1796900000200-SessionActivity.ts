import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a person's sessions page shows, and what the idle timeout reads: when each session was last
 * used, and the browser (User-Agent) and client address it signed in from. Sessions open at the
 * time of the migration count as seen now, so nobody is signed out by the upgrade itself.
 */
export class SessionActivity1796900000200 implements MigrationInterface {
  name = 'SessionActivity1796900000200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sessions" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await q.query(`ALTER TABLE "sessions" ADD "user_agent" text`);
    await q.query(`ALTER TABLE "sessions" ADD "address" text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "address"`);
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "user_agent"`);
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "last_seen_at"`);
  }
}
