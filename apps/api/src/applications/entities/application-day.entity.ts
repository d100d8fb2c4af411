import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FairDayEntity } from '../../fairs/entities/fair-day.entity';
import { ApplicationEntity } from './application.entity';
import { Constraint } from '../../database/constraints';

/**
 * A day an application attends. The foreign key to fair_days makes "a day of this fair" a database
 * fact, and RESTRICT keeps an organizer from deleting a day someone attends.
 */
@Entity('application_days')
export class ApplicationDayEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid', primaryKeyConstraintName: Constraint.applicationDaysPrimaryKey })
  applicationId: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: Constraint.applicationDaysPrimaryKey })
  date: string;

  @Column({ name: 'fair_id', type: 'uuid' })
  fairId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_application_days_application' })
  application?: ApplicationEntity;

  @ManyToOne(() => FairDayEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'fair_id', referencedColumnName: 'fairId', foreignKeyConstraintName: 'fk_application_days_fair_day' },
    { name: 'date', referencedColumnName: 'date', foreignKeyConstraintName: 'fk_application_days_fair_day' },
  ])
  fairDay?: FairDayEntity;
}
