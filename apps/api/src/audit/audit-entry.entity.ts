import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditChange } from '@bussanten/contracts';
import { UserEntity } from '../accounts/entities/user.entity';

/** Who did what to which record, when, with which field changes; append-only. */
@Entity('audit_log')
@Index('ix_audit_log_host_at', ['hostId', 'at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_audit_log_actor' })
  actor?: UserEntity;

  /** The host whose log shows the entry; null for changes to shared master data seen by every host. */
  @Column({ name: 'host_id', type: 'uuid', nullable: true })
  hostId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: Record<string, AuditChange>;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
