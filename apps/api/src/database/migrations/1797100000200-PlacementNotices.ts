import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 「配置を通知」: a manual placement no longer mails the exhibitor at once (an organizer trying
 * booths mailed 宮古市 four times). Each notice records what it told, per application, so the next
 * one tells only what changed since. Published fairs tell through their release notices instead.
 */
export class PlacementNotices1797100000200 implements MigrationInterface {
  name = 'PlacementNotices1797100000200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "placement_notices" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "fair_id" uuid NOT NULL,
        "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_by" uuid,
        "placements" jsonb NOT NULL,
        CONSTRAINT "pk_placement_notices" PRIMARY KEY ("id"),
        CONSTRAINT "fk_placement_notices_fair" FOREIGN KEY ("fair_id") REFERENCES "fairs"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_placement_notices_user" FOREIGN KEY ("sent_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "ix_placement_notices_fair" ON "placement_notices" ("fair_id", "sent_at" DESC)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "placement_notices"`);
  }
}
