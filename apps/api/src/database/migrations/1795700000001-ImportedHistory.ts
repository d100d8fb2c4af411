import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportedHistory1795700000001 implements MigrationInterface {
  name = 'ImportedHistory1795700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "applications"
            ADD "submitted_by_text" text
        `);
    await queryRunner.query(`
            ALTER TABLE "application_events"
            ADD "actor_text" text
        `);
    await queryRunner.query(`
            ALTER TABLE "booth_assignments"
            ADD "created_by_text" text
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "booth_assignments" DROP COLUMN "created_by_text"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_events" DROP COLUMN "actor_text"
        `);
    await queryRunner.query(`
            ALTER TABLE "applications" DROP COLUMN "submitted_by_text"
        `);
  }
}
