import { MigrationInterface, QueryRunner } from 'typeorm';

export class Registry1795504911768 implements MigrationInterface {
  name = 'Registry1795504911768';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "agreement_kinds" (
                "kind" text NOT NULL,
                "label" text NOT NULL,
                "label_en" text NOT NULL,
                "explanation" text,
                "position" smallint NOT NULL,
                CONSTRAINT "PK_3b4fa0c9d99b5f1e7fa4a6b7d9f" PRIMARY KEY ("kind")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "agreements" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" text NOT NULL,
                "title" text NOT NULL,
                "signed_on" date,
                "signed_year" smallint,
                "occasion" text,
                "explanation" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_agreements_signed_on_year" CHECK (
                    "signed_on" IS NULL
                    OR EXTRACT(
                        YEAR
                        FROM "signed_on"
                    ) = "signed_year"
                ),
                CONSTRAINT "ck_agreements_signed_year" CHECK (
                    "signed_year" BETWEEN 1868 AND 2200
                ),
                CONSTRAINT "PK_01532f6c999d44c776e3d1fa4c8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "municipalities" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "reading" text NOT NULL,
                "name_en" text,
                "prefecture_code" smallint NOT NULL,
                "kind" text NOT NULL,
                "local_government_code" character(6),
                "population" integer,
                "area_km2" numeric(10, 2),
                "website" text,
                "notes" text,
                "search_text" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_municipalities_prefecture_name" UNIQUE ("prefecture_code", "name"),
                CONSTRAINT "ck_municipalities_local_government_code" CHECK ("local_government_code" ~ '^[0-9]{6}$'),
                CONSTRAINT "ck_municipalities_area" CHECK ("area_km2" > 0),
                CONSTRAINT "ck_municipalities_population" CHECK ("population" >= 0),
                CONSTRAINT "ck_municipalities_kind" CHECK (
                    "kind" IN (
                        'prefecture',
                        'city',
                        'special_ward',
                        'town',
                        'village'
                    )
                ),
                CONSTRAINT "ck_municipalities_prefecture_code" CHECK (
                    "prefecture_code" BETWEEN 1 AND 47
                ),
                CONSTRAINT "PK_9c4573349577306f221dda4d924" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_municipalities_local_government_code" ON "municipalities" ("local_government_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "agreement_parties" (
                "agreement_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "activities" text array NOT NULL DEFAULT '{}',
                CONSTRAINT "pk_agreement_parties" PRIMARY KEY ("agreement_id", "municipality_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_agreement_parties_municipality" ON "agreement_parties" ("municipality_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "programmes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "name_en" text,
                "started_year" smallint,
                "explanation" text NOT NULL,
                CONSTRAINT "uq_programmes_name" UNIQUE ("name"),
                CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "agreements"
            ADD CONSTRAINT "fk_agreements_kind" FOREIGN KEY ("kind") REFERENCES "agreement_kinds"("kind") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "agreement_parties"
            ADD CONSTRAINT "fk_agreement_parties_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "agreement_parties"
            ADD CONSTRAINT "fk_agreement_parties_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // Written by hand: substring search on folded names (みやこ finds 宮古市) needs a trigram
    // index, which TypeORM cannot declare; the entity marks it synchronize: false.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
            CREATE INDEX "ix_municipalities_search_text" ON "municipalities" USING gin ("search_text" gin_trgm_ops)
        `);
    // The agreement kinds are a closed list the code relies on, so they ship with the schema.
    await queryRunner.query(`
            INSERT INTO "agreement_kinds" ("kind", "label", "label_en", "position") VALUES
                ('comprehensive', '包括的な協定', 'Comprehensive partnership agreement', 1),
                ('exchange', '交流協定', 'Friendship / exchange agreement', 2),
                ('disaster_aid', '災害時相互援助協定', 'Disaster mutual-aid agreement', 3),
                ('cooperation', '連携協定', 'Cooperation agreement', 4),
                ('other', 'その他', 'Other', 5)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_municipalities_search_text"`);
    await queryRunner.query(`
            ALTER TABLE "agreement_parties" DROP CONSTRAINT "fk_agreement_parties_municipality"
        `);
    await queryRunner.query(`
            ALTER TABLE "agreement_parties" DROP CONSTRAINT "fk_agreement_parties_agreement"
        `);
    await queryRunner.query(`
            ALTER TABLE "agreements" DROP CONSTRAINT "fk_agreements_kind"
        `);
    await queryRunner.query(`
            DROP TABLE "programmes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_agreement_parties_municipality"
        `);
    await queryRunner.query(`
            DROP TABLE "agreement_parties"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_municipalities_local_government_code"
        `);
    await queryRunner.query(`
            DROP TABLE "municipalities"
        `);
    await queryRunner.query(`
            DROP TABLE "agreements"
        `);
    await queryRunner.query(`
            DROP TABLE "agreement_kinds"
        `);
  }
}
