import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sites a host lets show its fair widget (/embed/f/:slug) in an <iframe>: the widget's
 * frame-ancestors. None by default, so no site may frame it until the host enters one.
 */
export class EmbedOrigins1797100001300 implements MigrationInterface {
  name = 'EmbedOrigins1797100001300';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "hosts" ADD "embed_origins" text[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "hosts" ADD CONSTRAINT "ck_hosts_embed_origins" CHECK (cardinality("embed_origins") <= 20)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "hosts" DROP CONSTRAINT "ck_hosts_embed_origins"`);
    await q.query(`ALTER TABLE "hosts" DROP COLUMN "embed_origins"`);
  }
}
