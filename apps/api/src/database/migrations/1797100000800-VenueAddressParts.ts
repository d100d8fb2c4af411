import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A venue's address in parts: 郵便番号, 都道府県 and 市区町村 (the form fills the last two from the
 * postal code), and the rest in `address`. Venues saved before keep their whole address there,
 * with the new parts empty, and read exactly as before.
 */
export class VenueAddressParts1797100000800 implements MigrationInterface {
  name = 'VenueAddressParts1797100000800';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "venues" ADD "postal_code" text, ADD "prefecture" text, ADD "city" text`);
    await q.query(`ALTER TABLE "venues" ADD CONSTRAINT "ck_venues_postal_code" CHECK ("postal_code" ~ '^[0-9]{3}-[0-9]{4}$')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "venues" DROP CONSTRAINT "ck_venues_postal_code"`);
    await q.query(`ALTER TABLE "venues" DROP COLUMN "city", DROP COLUMN "prefecture", DROP COLUMN "postal_code"`);
  }
}
