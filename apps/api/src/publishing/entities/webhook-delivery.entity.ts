import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { WebhookDeliveryOutcome } from '@bussanten/contracts';
import { WebhookEntity } from './webhook.entity';

/** One event for one webhook, written with the release (an outbox); a worker delivers and retries it. */
@Entity('webhook_deliveries')
@Check('ck_webhook_deliveries_outcome', `"outcome" IN ('delivered', 'receiverRefused', 'unreachable', 'timedOut', 'addressBlocked')`)
@Index('ix_webhook_deliveries_due', ['nextAttemptAt'], { where: '"delivered_at" IS NULL AND "failed_at" IS NULL' })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId: string;

  @ManyToOne(() => WebhookEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id', foreignKeyConstraintName: 'fk_webhook_deliveries_webhook' })
  webhook?: WebhookEntity;

  @Column({ type: 'text' })
  event: string;

  @Column({ type: 'jsonb' })
  payload: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** The cause of the latest failure, for operators (the log says the same); never sent to organizers. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** How the latest attempt went, as organizers see it; null before the first. */
  @Column({ type: 'text', nullable: true })
  outcome: WebhookDeliveryOutcome | null;

  /** The receiver's HTTP status in the latest attempt, when it answered. */
  @Column({ name: 'http_status', type: 'integer', nullable: true })
  httpStatus: number | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
