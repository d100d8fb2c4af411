import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HostEntity } from './host.entity';

/**
 * A message stored for sending, written in the same transaction as the change that caused it. The
 * mail worker claims due rows (FOR UPDATE SKIP LOCKED), sends them and marks them sent; a failure
 * pushes next_attempt_at back, and after the last attempt failed_at is set.
 */
@Entity('outbox_messages')
@Index('ix_outbox_messages_due', ['nextAttemptAt'], { where: '"sent_at" IS NULL AND "failed_at" IS NULL' })
@Index('ix_outbox_messages_host', ['hostId', 'createdAt'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: string;

  /** Whose organizers may read it in the UI. */
  @Column({ name: 'host_id', type: 'uuid', nullable: true })
  hostId: string | null;

  @ManyToOne(() => HostEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'fk_outbox_messages_host' })
  host?: HostEntity;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  /** Files sent with the message, e.g. the .ics of changed appearances: [{ filename, contentType, content }]. */
  @Column({ type: 'jsonb', nullable: true })
  attachments: { filename: string; contentType: string; content: string }[] | null;

  /**
   * Links in the body that carry a token (an invitation's), removed from the body once the message is
   * sent (see mail/sent-body.ts); null after that, or when there are none.
   */
  @Column({ name: 'secret_links', type: 'text', array: true, nullable: true })
  secretLinks: string[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
