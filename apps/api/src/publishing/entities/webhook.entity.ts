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

  /**
   * The signing secret in plain text: only in rows from before secrets were encrypted, until the next
   * start seals it into secretEncrypted (sealWebhookSecrets) and sets this to null. Null too once the
   * webhook is deleted.
   */
  @Column({ type: 'text', nullable: true })
  secret: string | null;

  /**
   * The signing secret (shown once when created; needed to sign, so it cannot be a hash), sealed by
   * SecretBox (AES-256-GCM, key from APP_SECRET): `v1:<key id>:<iv>:<tag>:<ciphertext>`. A database
   * dump alone does not reveal it. Null once the webhook is deleted.
   */
  @Column({ name: 'secret_encrypted', type: 'text', nullable: true })
  secretEncrypted: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;
}
