import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssignmentProposals1795617131024 implements MigrationInterface {
  name = 'AssignmentProposals1795617131024';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "booths"
            ADD "prime" smallint NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "booth_assignments"
            ADD "pinned" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "booths"
            ADD CONSTRAINT "ck_booths_prime" CHECK (
                    "prime" BETWEEN 0 AND 3
                )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "booths" DROP CONSTRAINT "ck_booths_prime"
        `);
    await queryRunner.query(`
            ALTER TABLE "booth_assignments" DROP COLUMN "pinned"
        `);
    await queryRunner.query(`
            ALTER TABLE "booths" DROP COLUMN "prime"
        `);
  }
}
