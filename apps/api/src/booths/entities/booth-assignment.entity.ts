import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../accounts/entities/user.entity';
import { ApplicationEntity } from '../../applications/entities/application.entity';
import { FairEntity } from '../../fairs/entities/fair.entity';
import { BoothEntity } from './booth.entity';
import { Constraint } from '../../database/constraints';

/**
 * A booth held by an application from first_day to last_day (inclusive). The two exclusion
 * constraints are the guarantee, even for concurrent requests: a booth never has two holders on a
 * day, and an application never holds two booths on a day. The service's checks only give nicer
 * messages first.
 */
@Entity('booth_assignments')
@Check('ck_booth_assignments_range', `"last_day" >= "first_day"`)
@Exclusion(Constraint.boothAssignmentsBoothDays, `USING gist ("booth_id" WITH =, daterange("first_day", "last_day", '[]') WITH &&)`)
@Exclusion(Constraint.boothAssignmentsApplicationDays, `USING gist ("application_id" WITH =, daterange("first_day", "last_day", '[]') WITH &&)`)
@Index('ix_booth_assignments_fair', ['fairId'])
export class BoothAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fair_id', type: 'uuid' })
  fairId: string;

  @ManyToOne(() => FairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fair_id', foreignKeyConstraintName: 'fk_booth_assignments_fair' })
  fair?: FairEntity;

  @Column({ name: 'booth_id', type: 'uuid' })
  boothId: string;

  // RESTRICT: a booth with holders cannot be deleted (the API says which).
  @ManyToOne(() => BoothEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'booth_id', foreignKeyConstraintName: 'fk_booth_assignments_booth' })
  booth?: BoothEntity;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_booth_assignments_application' })
  application?: ApplicationEntity;

  @Column({ name: 'first_day', type: 'date' })
  firstDay: string;

  @Column({ name: 'last_day', type: 'date' })
  lastDay: string;

  /** Placed although the booth lacks a needed facility or area (the audit log has who and why). */
  @Column({ type: 'boolean', default: false })
  overridden: boolean;

  /** Pinned by an organizer: automatic proposals keep it where it is. */
  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_booth_assignments_created_by' })
  creator?: UserEntity;

  /** Who placed it at the source of an imported fair (an e-mail as text): never linked to this install's people. */
  @Column({ name: 'created_by_text', type: 'text', nullable: true })
  createdByText: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
