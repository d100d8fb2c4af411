import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HostEntity } from '../../accounts/entities/host.entity';

/** An address a host's releases are POSTed to, signed with HMAC-SHA256 of "<timestamp>.<body>" under `secret`. */
@Entity('webhooks')
@Index('ix_webhooks_host', ['hostId'])
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'host_id', type: 'uuid' })
  hostId: string;

  @ManyToOne(() => HostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'fk_webhooks_host' })
  host?: HostEntity;

  @Column({ type: 'text' })
  url: string;

  /** Shown once when created; needed to sign, so stored as is (like an API key the host rotates). */
  @Column({ type: 'text' })
  secret: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;
}
