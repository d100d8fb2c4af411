import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationStatus } from '@bussanten/contracts';
import { UserEntity } from '../../accounts/entities/user.entity';
import { ApplicationEntity } from './application.entity';

/** The history of an application as its municipality and the organizers see it (submitted, edited, decided, placed). */
@Entity('application_events')
@Index('ix_application_events_application', ['applicationId', 'at'])
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_application_events_application' })
  application?: ApplicationEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_application_events_actor' })
  actor?: UserEntity;

  /** Who did it at the source of an imported fair (an e-mail as text): never linked to this install's people. */
  @Column({ name: 'actor_text', type: 'text', nullable: true })
  actorText: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', nullable: true })
  status: ApplicationStatus | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;
}
