import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The same words as LINK_REMOVED in mail/sent-body.ts, fixed here as migrations never change. */
const LINK_REMOVED = '[送信後にリンクを削除しました / link removed after sending]';

/**
 * Links that carry a token (an invitation's /invitations/<token>) are removed from a message's stored
 * body once it is sent: outbox_messages.secret_links lists them until then. Invitations sent before
 * this migration lose their link the same way (matched by its path); messages not yet sent, or
 * failed, keep theirs, since the organizer may still pass them on by hand.
 */
export class OutboxSecretLinks1796800000200 implements MigrationInterface {
  name = 'OutboxSecretLinks1796800000200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outbox_messages" ADD "secret_links" text array`);
    await q.query(
      `UPDATE "outbox_messages"
       SET "body" = regexp_replace("body", '\\S*/invitations/[A-Za-z0-9_-]{20,}', $1, 'g')
       WHERE "kind" = 'invitation' AND "sent_at" IS NOT NULL`,
      [LINK_REMOVED],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    // The removed links cannot come back (they were single-use and have expired by now anyway).
    await q.query(`ALTER TABLE "outbox_messages" DROP COLUMN "secret_links"`);
  }
}
