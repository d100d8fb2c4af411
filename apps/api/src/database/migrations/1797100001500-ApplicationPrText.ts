import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An exhibitor's PR text (出展者からのひとこと), in Japanese and optionally in English (issue 20):
 * written by the municipality for visitors, published on the public page with its accepted
 * application, unlike the note to the organizers, which stays private.
 */
export class ApplicationPrText1797100001500 implements MigrationInterface {
  name = 'ApplicationPrText1797100001500';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" ADD "pr_text" text`);
    await q.query(`ALTER TABLE "applications" ADD "pr_text_en" text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" DROP COLUMN "pr_text_en"`);
    await q.query(`ALTER TABLE "applications" DROP COLUMN "pr_text"`);
  }
}
