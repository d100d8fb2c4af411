import { MigrationInterface, QueryRunner } from 'typeorm';

export class Guests1795609015076 implements MigrationInterface {
  name = 'Guests1795609015076';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "guests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "host_id" uuid NOT NULL,
                "name" text NOT NULL,
                "name_en" text,
                "kind" text NOT NULL,
                "owner_municipality_id" uuid,
                "profile" text,
                "profile_en" text,
                "contact" text,
                "travel_buffer_minutes" integer NOT NULL DEFAULT '60',
                "photo_key" text,
                "photo_updated_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_guests_travel_buffer" CHECK (
                    "travel_buffer_minutes" BETWEEN 0 AND 1440
                ),
                CONSTRAINT "ck_guests_kind" CHECK (
                    "kind" IN ('mascot', 'ambassador', 'performer', 'other')
                ),
                CONSTRAINT "PK_4948267e93869ddcc6b340a2c46" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_guests_host" ON "guests" ("host_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "fair_stages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "fair_id" uuid NOT NULL,
                "name" text NOT NULL,
                "name_en" text,
                "shared" boolean NOT NULL DEFAULT false,
                CONSTRAINT "uq_fair_stages_fair_name" UNIQUE ("fair_id", "name"),
                CONSTRAINT "PK_1e961cd480f654b18e9581394fc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "appearances" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "fair_id" uuid NOT NULL,
                "guest_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "approximate" boolean NOT NULL DEFAULT false,
                "location_kind" text NOT NULL,
                "booth_id" uuid,
                "stage_id" uuid,
                "location_key" text NOT NULL,
                "location_shared" boolean NOT NULL,
                "status" text NOT NULL DEFAULT 'planned',
                "public_note" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_appearances_location" CHECK (
                    (
                        "location_kind" = 'booth'
                        AND "booth_id" IS NOT NULL
                        AND "stage_id" IS NULL
                    )
                    OR (
                        "location_kind" = 'stage'
                        AND "stage_id" IS NOT NULL
                        AND "booth_id" IS NULL
                    )
                    OR (
                        "location_kind" = 'venue'
                        AND "booth_id" IS NULL
                        AND "stage_id" IS NULL
                    )
                ),
                CONSTRAINT "ck_appearances_status" CHECK (
                    "status" IN ('planned', 'confirmed', 'mayChange', 'cancelled')
                ),
                CONSTRAINT "ck_appearances_times" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "ex_appearances_location" EXCLUDE USING gist (
                    "location_key" WITH =,
                    tstzrange("starts_at", "ends_at") WITH &&
                )
                WHERE (
                        "status" <> 'cancelled'
                        AND NOT "location_shared"
                    ),
                    CONSTRAINT "ex_appearances_guest" EXCLUDE USING gist (
                        "guest_id" WITH =,
                        tstzrange("starts_at", "ends_at") WITH &&
                    )
                WHERE ("status" <> 'cancelled'),
                    CONSTRAINT "PK_0ad92ffd5fb6882e4f27f729c63" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_appearances_fair" ON "appearances" ("fair_id", "starts_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "guests"
            ADD CONSTRAINT "fk_guests_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "guests"
            ADD CONSTRAINT "fk_guests_owner_municipality" FOREIGN KEY ("owner_municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "fair_stages"
            ADD CONSTRAINT "fk_fair_stages_fair" FOREIGN KEY ("fair_id") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "appearances"
            ADD CONSTRAINT "fk_appearances_fair" FOREIGN KEY ("fair_id") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "appearances"
            ADD CONSTRAINT "fk_appearances_guest" FOREIGN KEY ("guest_id") REFERENCES "guests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "appearances"
            ADD CONSTRAINT "fk_appearances_booth" FOREIGN KEY ("booth_id") REFERENCES "booths"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "appearances"
            ADD CONSTRAINT "fk_appearances_stage" FOREIGN KEY ("stage_id") REFERENCES "fair_stages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "appearances" DROP CONSTRAINT "fk_appearances_stage"
        `);
    await queryRunner.query(`
            ALTER TABLE "appearances" DROP CONSTRAINT "fk_appearances_booth"
        `);
    await queryRunner.query(`
            ALTER TABLE "appearances" DROP CONSTRAINT "fk_appearances_guest"
        `);
    await queryRunner.query(`
            ALTER TABLE "appearances" DROP CONSTRAINT "fk_appearances_fair"
        `);
    await queryRunner.query(`
            ALTER TABLE "fair_stages" DROP CONSTRAINT "fk_fair_stages_fair"
        `);
    await queryRunner.query(`
            ALTER TABLE "guests" DROP CONSTRAINT "fk_guests_owner_municipality"
        `);
    await queryRunner.query(`
            ALTER TABLE "guests" DROP CONSTRAINT "fk_guests_host"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_appearances_fair"
        `);
    await queryRunner.query(`
            DROP TABLE "appearances"
        `);
    await queryRunner.query(`
            DROP TABLE "fair_stages"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_guests_host"
        `);
    await queryRunner.query(`
            DROP TABLE "guests"
        `);
  }
}
