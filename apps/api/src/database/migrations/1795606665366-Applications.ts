import { MigrationInterface, QueryRunner } from 'typeorm';

export class Applications1795606665366 implements MigrationInterface {
  name = 'Applications1795606665366';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The exclusion constraints on booth_assignments compare uuids with = inside a GiST index.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_messages_unsent"
        `);
    await queryRunner.query(`
            CREATE TABLE "applications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "fair_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'submitted',
                "products" jsonb NOT NULL,
                "min_area_m2" numeric(6, 2),
                "power_watts" integer NOT NULL DEFAULT '0',
                "fridge" boolean NOT NULL DEFAULT false,
                "freezer" boolean NOT NULL DEFAULT false,
                "water" boolean NOT NULL DEFAULT false,
                "permit_status" text NOT NULL,
                "permit_number" text,
                "permit_health_centre" text,
                "staff_count" integer NOT NULL,
                "staff" jsonb NOT NULL DEFAULT '[]',
                "vehicle" text,
                "load_in_time" TIME,
                "note" text,
                "tie_label" text,
                "decision_message" text,
                "submitted_by" uuid,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_applications_fair_municipality" UNIQUE ("fair_id", "municipality_id"),
                CONSTRAINT "ck_applications_needs" CHECK (
                    "power_watts" >= 0
                    AND (
                        "min_area_m2" IS NULL
                        OR "min_area_m2" > 0
                    )
                    AND "staff_count" >= 0
                ),
                CONSTRAINT "ck_applications_permit" CHECK (
                    "permit_status" IN ('held', 'toBeArranged', 'notNeeded')
                    AND (
                        "permit_status" <> 'held'
                        OR (
                            "permit_number" IS NOT NULL
                            AND "permit_health_centre" IS NOT NULL
                        )
                    )
                ),
                CONSTRAINT "ck_applications_status" CHECK (
                    "status" IN (
                        'submitted',
                        'accepted',
                        'waitlisted',
                        'rejected',
                        'withdrawn'
                    )
                ),
                CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_applications_fair_status" ON "applications" ("fair_id", "status")
        `);
    await queryRunner.query(`
            CREATE TABLE "application_days" (
                "application_id" uuid NOT NULL,
                "date" date NOT NULL,
                "fair_id" uuid NOT NULL,
                CONSTRAINT "pk_application_days" PRIMARY KEY ("application_id", "date")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "application_events" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "application_id" uuid NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "action" text NOT NULL,
                "status" text,
                "message" text,
                CONSTRAINT "PK_fd185969787381d8bf8c529bc00" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_events_application" ON "application_events" ("application_id", "at")
        `);
    await queryRunner.query(`
            CREATE TABLE "booths" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "fair_id" uuid NOT NULL,
                "code" text NOT NULL,
                "x" numeric(6, 2) NOT NULL,
                "y" numeric(6, 2) NOT NULL,
                "width" numeric(6, 2) NOT NULL,
                "depth" numeric(6, 2) NOT NULL,
                "power_watts" integer NOT NULL DEFAULT '0',
                "fridge" boolean NOT NULL DEFAULT false,
                "freezer" boolean NOT NULL DEFAULT false,
                "water" boolean NOT NULL DEFAULT false,
                "cooking_allowed" boolean NOT NULL DEFAULT false,
                "tags" text array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_booths_fair_code" UNIQUE ("fair_id", "code"),
                CONSTRAINT "ck_booths_power" CHECK ("power_watts" >= 0),
                CONSTRAINT "ck_booths_rect" CHECK (
                    "x" >= 0
                    AND "y" >= 0
                    AND "width" > 0
                    AND "depth" > 0
                ),
                CONSTRAINT "PK_13c9749e8a08d40cc3257ef7360" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "booth_assignments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "fair_id" uuid NOT NULL,
                "booth_id" uuid NOT NULL,
                "application_id" uuid NOT NULL,
                "first_day" date NOT NULL,
                "last_day" date NOT NULL,
                "overridden" boolean NOT NULL DEFAULT false,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_booth_assignments_range" CHECK ("last_day" >= "first_day"),
                CONSTRAINT "ex_booth_assignments_application_days" EXCLUDE USING gist (
                    "application_id" WITH =,
                    daterange("first_day", "last_day", '[]') WITH &&
                ),
                CONSTRAINT "ex_booth_assignments_booth_days" EXCLUDE USING gist (
                    "booth_id" WITH =,
                    daterange("first_day", "last_day", '[]') WITH &&
                ),
                CONSTRAINT "PK_09db464b70a617094c5dc1958d7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_booth_assignments_fair" ON "booth_assignments" ("fair_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages"
            ADD "host_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages"
            ADD "attempts" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages"
            ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages"
            ADD "last_error" text
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages"
            ADD "failed_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "rooms"
            ADD "width_m" numeric(6, 1) NOT NULL DEFAULT '30'
        `);
    await queryRunner.query(`
            ALTER TABLE "rooms"
            ADD "depth_m" numeric(6, 1) NOT NULL DEFAULT '20'
        `);
    await queryRunner.query(`
            ALTER TABLE "fairs"
            ADD "sample_plan" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbox_messages_host" ON "outbox_messages" ("host_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbox_messages_due" ON "outbox_messages" ("next_attempt_at")
            WHERE "sent_at" IS NULL
                AND "failed_at" IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "rooms"
            ADD CONSTRAINT "ck_rooms_size" CHECK (
                    "width_m" > 0
                    AND "depth_m" > 0
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages"
            ADD CONSTRAINT "fk_outbox_messages_host" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "applications"
            ADD CONSTRAINT "fk_applications_fair" FOREIGN KEY ("fair_id") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "applications"
            ADD CONSTRAINT "fk_applications_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "applications"
            ADD CONSTRAINT "fk_applications_submitted_by" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_days"
            ADD CONSTRAINT "fk_application_days_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_days"
            ADD CONSTRAINT "fk_application_days_fair_day" FOREIGN KEY ("fair_id", "date") REFERENCES "fair_days"("fair_id", "date") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_events"
            ADD CONSTRAINT "fk_application_events_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_events"
            ADD CONSTRAINT "fk_application_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "booths"
            ADD CONSTRAINT "fk_booths_fair" FOREIGN KEY ("fair_id") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "booth_assignments"
            ADD CONSTRAINT "fk_booth_assignments_fair" FOREIGN KEY ("fair_id") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "booth_assignments"
            ADD CONSTRAINT "fk_booth_assignments_booth" FOREIGN KEY ("booth_id") REFERENCES "booths"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "booth_assignments"
            ADD CONSTRAINT "fk_booth_assignments_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "booth_assignments"
            ADD CONSTRAINT "fk_booth_assignments_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "booth_assignments" DROP CONSTRAINT "fk_booth_assignments_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "booth_assignments" DROP CONSTRAINT "fk_booth_assignments_application"
        `);
    await queryRunner.query(`
            ALTER TABLE "booth_assignments" DROP CONSTRAINT "fk_booth_assignments_booth"
        `);
    await queryRunner.query(`
            ALTER TABLE "booth_assignments" DROP CONSTRAINT "fk_booth_assignments_fair"
        `);
    await queryRunner.query(`
            ALTER TABLE "booths" DROP CONSTRAINT "fk_booths_fair"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_events" DROP CONSTRAINT "fk_application_events_actor"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_events" DROP CONSTRAINT "fk_application_events_application"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_days" DROP CONSTRAINT "fk_application_days_fair_day"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_days" DROP CONSTRAINT "fk_application_days_application"
        `);
    await queryRunner.query(`
            ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_submitted_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_municipality"
        `);
    await queryRunner.query(`
            ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_fair"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages" DROP CONSTRAINT "fk_outbox_messages_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "rooms" DROP CONSTRAINT "ck_rooms_size"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_messages_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_messages_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "fairs" DROP COLUMN "sample_plan"
        `);
    await queryRunner.query(`
            ALTER TABLE "rooms" DROP COLUMN "depth_m"
        `);
    await queryRunner.query(`
            ALTER TABLE "rooms" DROP COLUMN "width_m"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages" DROP COLUMN "failed_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages" DROP COLUMN "last_error"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages" DROP COLUMN "next_attempt_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages" DROP COLUMN "attempts"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_messages" DROP COLUMN "host_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_booth_assignments_fair"
        `);
    await queryRunner.query(`
            DROP TABLE "booth_assignments"
        `);
    await queryRunner.query(`
            DROP TABLE "booths"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_application_events_application"
        `);
    await queryRunner.query(`
            DROP TABLE "application_events"
        `);
    await queryRunner.query(`
            DROP TABLE "application_days"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_applications_fair_status"
        `);
    await queryRunner.query(`
            DROP TABLE "applications"
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbox_messages_unsent" ON "outbox_messages" USING btree ("created_at")
            WHERE (sent_at IS NULL)
        `);
  }
}
