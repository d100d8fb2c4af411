import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Daily sales (issue 23): each exhibitor's figures per fair day it attends, and the organizer's
 * confirmation of each day (after which only organizers change that day). Changes are in the audit log.
 */
export class DailySales1797100002000 implements MigrationInterface {
  name = 'DailySales1797100002000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "daily_sales" (
        "application_id" uuid NOT NULL,
        "date" date NOT NULL,
        "fair_id" uuid NOT NULL,
        "sales_yen" integer NOT NULL,
        "customers" integer NOT NULL,
        "products" jsonb NOT NULL DEFAULT '[]',
        "entered_by" uuid,
        "entered_on_behalf" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_daily_sales_figures" CHECK ("sales_yen" >= 0 AND "customers" >= 0),
        CONSTRAINT "pk_daily_sales" PRIMARY KEY ("application_id", "date"),
        CONSTRAINT "fk_daily_sales_application_day" FOREIGN KEY ("application_id", "date") REFERENCES "application_days"("application_id", "date") ON DELETE CASCADE,
        CONSTRAINT "fk_daily_sales_fair" FOREIGN KEY ("fair_id") REFERENCES "fairs"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_daily_sales_entered_by" FOREIGN KEY ("entered_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "ix_daily_sales_fair_date" ON "daily_sales" ("fair_id", "date")`);
    await q.query(`
      CREATE TABLE "sales_day_confirmations" (
        "fair_id" uuid NOT NULL,
        "date" date NOT NULL,
        "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "confirmed_by" uuid,
        CONSTRAINT "pk_sales_day_confirmations" PRIMARY KEY ("fair_id", "date"),
        CONSTRAINT "fk_sales_day_confirmations_fair_day" FOREIGN KEY ("fair_id", "date") REFERENCES "fair_days"("fair_id", "date") ON DELETE CASCADE,
        CONSTRAINT "fk_sales_day_confirmations_user" FOREIGN KEY ("confirmed_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sales_day_confirmations"`);
    await q.query(`DROP TABLE "daily_sales"`);
  }
}
