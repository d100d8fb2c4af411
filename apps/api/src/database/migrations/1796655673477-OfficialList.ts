import { MigrationInterface, QueryRunner } from 'typeorm';

export class OfficialList1796655673477 implements MigrationInterface {
  name = 'OfficialList1796655673477';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "municipality_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "host_id" uuid NOT NULL,
                "user_id" uuid,
                "user_display_name" text NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "changes" jsonb NOT NULL,
                "reverts_change_id" uuid,
                CONSTRAINT "PK_2347219a9545f3f24c122c5714f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_municipality_changes_municipality" ON "municipality_changes" ("municipality_id", "at")
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities"
            ADD "listed" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities"
            ADD "population_as_of" date
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities"
            ADD "population_source" text
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities"
            ADD "area_as_of" date
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities"
            ADD "area_source" text
        `);
    await queryRunner.query(`
            ALTER TABLE "municipality_changes"
            ADD CONSTRAINT "fk_municipality_changes_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "municipality_changes"
            ADD CONSTRAINT "fk_municipality_changes_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "municipality_changes"
            ADD CONSTRAINT "fk_municipality_changes_reverts" FOREIGN KEY ("reverts_change_id") REFERENCES "municipality_changes"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    // Written by hand (TypeORM cannot express a collation in an index): the registry list's
    // default order, so its first page is read from the index instead of sorting every row.
    await queryRunner.query(`
            CREATE INDEX "ix_municipalities_reading" ON "municipalities" ("reading" COLLATE "C", "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_municipalities_reading"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipality_changes" DROP CONSTRAINT "fk_municipality_changes_reverts"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipality_changes" DROP CONSTRAINT "fk_municipality_changes_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipality_changes" DROP CONSTRAINT "fk_municipality_changes_municipality"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities" DROP COLUMN "area_source"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities" DROP COLUMN "area_as_of"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities" DROP COLUMN "population_source"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities" DROP COLUMN "population_as_of"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipalities" DROP COLUMN "listed"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_municipality_changes_municipality"
        `);
    await queryRunner.query(`
            DROP TABLE "municipality_changes"
        `);
  }
}
