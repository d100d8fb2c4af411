import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public index reads a small listing kept at publish time (public_listings) instead of every
 * release's snapshot, and each fair gets the domain of its iCal UIDs (fairs.ical_uid_domain), fixed
 * once and never again taken from a request's Host header. `install` holds the install's id, the
 * UID domain's fallback when PUBLIC_URL is not set.
 *
 * Fairs already published get their listing from their latest release, and a UID domain by the rule
 * new publications follow: the host of PUBLIC_URL when it is set (read here, as at publish time)
 * — the Host header that built their UIDs until now was that host for anyone who came through
 * the public address, so those subscribers keep their events — else the install's id.
 */
export class PublicListing1796700000200 implements MigrationInterface {
  name = 'PublicListing1796700000200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "install" (
        "one_row" boolean NOT NULL DEFAULT true,
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        CONSTRAINT "ck_install_one_row" CHECK ("one_row"),
        CONSTRAINT "pk_install" PRIMARY KEY ("one_row")
      )`);
    await q.query(`INSERT INTO "install" DEFAULT VALUES`);
    await q.query(`
      CREATE TABLE "public_listings" (
        "fair_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "title" text NOT NULL,
        "title_en" text,
        "host_name" text NOT NULL,
        "host_name_en" text,
        "venue_name" text NOT NULL,
        "first_day" date NOT NULL,
        "last_day" date NOT NULL,
        CONSTRAINT "pk_public_listings" PRIMARY KEY ("fair_id")
      )`);
    await q.query(`ALTER TABLE "fairs" ADD "ical_uid_domain" text`);
    await q.query(
      `ALTER TABLE "public_listings" ADD CONSTRAINT "fk_public_listings_fair" FOREIGN KEY ("fair_id") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`
      INSERT INTO "public_listings" ("fair_id", "version", "title", "title_en", "host_name", "host_name_en", "venue_name", "first_day", "last_day")
      SELECT l."fair_id", l."version", l.s->'fair'->>'title', l.s->'fair'->>'titleEn', l.s->'fair'->>'hostName', l.s->'fair'->>'hostNameEn', l.s->'venue'->>'name',
             (SELECT min(d->>'date') FROM jsonb_array_elements(l.s->'days') d)::date, (SELECT max(d->>'date') FROM jsonb_array_elements(l.s->'days') d)::date
      FROM (SELECT DISTINCT ON ("fair_id") "fair_id", "version", "snapshot" AS s FROM "releases" ORDER BY "fair_id", "version" DESC) l
      WHERE jsonb_array_length(l.s->'days') > 0`);
    await q.query(
      `UPDATE "fairs" f SET "ical_uid_domain" = COALESCE($1, (SELECT "id"::text || '.bussanten.invalid' FROM "install"))
       WHERE EXISTS (SELECT 1 FROM "releases" r WHERE r."fair_id" = f."id")`,
      [publicUrlHost(process.env['PUBLIC_URL'])],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "public_listings" DROP CONSTRAINT "fk_public_listings_fair"`);
    await q.query(`ALTER TABLE "fairs" DROP COLUMN "ical_uid_domain"`);
    await q.query(`DROP TABLE "public_listings"`);
    await q.query(`DROP TABLE "install"`);
  }
}

/** Frozen here rather than imported, so this migration does what it did when it was written. */
function publicUrlHost(raw: string | undefined): string | null {
  try {
    return raw?.trim() ? new URL(raw.trim()).hostname || null : null;
  } catch {
    return null;
  }
}
