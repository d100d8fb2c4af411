import { MigrationInterface, QueryRunner } from 'typeorm';

export class Fairs1795510956849 implements MigrationInterface {
  name = 'Fairs1795510956849';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "venues" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "host_id" uuid NOT NULL,
                "name" text NOT NULL,
                "address" text NOT NULL,
                CONSTRAINT "uq_venues_host_name" UNIQUE ("host_id", "name"),
                CONSTRAINT "PK_cb0f885278d12384eb7a81818be" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "rooms" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "venue_id" uuid NOT NULL,
                "name" text NOT NULL,
                CONSTRAINT "uq_rooms_venue_name" UNIQUE ("venue_id", "name"),
                CONSTRAINT "PK_0368a2d7c215f2d0458a54933f2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "fairs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "host_id" uuid NOT NULL,
                "room_id" uuid NOT NULL,
                "slug" text NOT NULL,
                "title" text NOT NULL,
                "title_en" text,
                "description" text,
                "status" text NOT NULL DEFAULT 'draft',
                "programme_id" uuid,
                "applications_open_at" TIMESTAMP WITH TIME ZONE,
                "applications_close_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_fairs_slug" UNIQUE ("slug"),
                CONSTRAINT "ck_fairs_application_window" CHECK (
                    "applications_close_at" IS NULL
                    OR "applications_open_at" IS NULL
                    OR "applications_close_at" > "applications_open_at"
                ),
                CONSTRAINT "ck_fairs_slug" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
                CONSTRAINT "ck_fairs_status" CHECK (
                    "status" IN (
                        'draft',
                        'accepting',
                        'closed',
                        'published',
                        'archived'
                    )
                ),
                CONSTRAINT "PK_763c6ba03c2a2a65c76410421da" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_fairs_host" ON "fairs" ("host_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "fair_days" (
                "fair_id" uuid NOT NULL,
                "date" date NOT NULL,
                "opens" TIME,
                "closes" TIME,
                CONSTRAINT "ck_fair_days_closes_after_opens" CHECK ("closes" > "opens"),
                CONSTRAINT "ck_fair_days_hours_pair" CHECK (("opens" IS NULL) = ("closes" IS NULL)),
                CONSTRAINT "pk_fair_days" PRIMARY KEY ("fair_id", "date")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "venues"
            ADD CONSTRAINT "fk_venues_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "rooms"
            ADD CONSTRAINT "fk_rooms_venue" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "fairs"
            ADD CONSTRAINT "fk_fairs_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "fairs"
            ADD CONSTRAINT "fk_fairs_room" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "fairs"
            ADD CONSTRAINT "fk_fairs_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "fair_days"
            ADD CONSTRAINT "fk_fair_days_fair" FOREIGN KEY ("fair_id") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "fair_days" DROP CONSTRAINT "fk_fair_days_fair"
        `);
    await queryRunner.query(`
            ALTER TABLE "fairs" DROP CONSTRAINT "fk_fairs_programme"
        `);
    await queryRunner.query(`
            ALTER TABLE "fairs" DROP CONSTRAINT "fk_fairs_room"
        `);
    await queryRunner.query(`
            ALTER TABLE "fairs" DROP CONSTRAINT "fk_fairs_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "rooms" DROP CONSTRAINT "fk_rooms_venue"
        `);
    await queryRunner.query(`
            ALTER TABLE "venues" DROP CONSTRAINT "fk_venues_host"
        `);
    await queryRunner.query(`
            DROP TABLE "fair_days"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_fairs_host"
        `);
    await queryRunner.query(`
            DROP TABLE "fairs"
        `);
    await queryRunner.query(`
            DROP TABLE "rooms"
        `);
    await queryRunner.query(`
            DROP TABLE "venues"
        `);
  }
}
