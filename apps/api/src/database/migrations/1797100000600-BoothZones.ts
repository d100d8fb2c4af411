import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A booth's zone (区画): the area of the room it belongs to, such as 入口側 or A列, shown on the plan
 * and the booth lists. Optional text, stored trimmed; booths drawn before have none.
 */
export class BoothZones1797100000600 implements MigrationInterface {
  name = 'BoothZones1797100000600';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "booths" ADD "zone" text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "booths" DROP COLUMN "zone"`);
  }
}
