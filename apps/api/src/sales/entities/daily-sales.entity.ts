import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SalesLine } from '@bussanten/contracts';
import { UserEntity } from '../../accounts/entities/user.entity';
import { ApplicationDayEntity } from '../../applications/entities/application-day.entity';
import { FairEntity } from '../../fairs/entities/fair.entity';

/**
 * An exhibitor's figures for one fair day it attends (the foreign key to application_days makes
 * "a day it attends" a database fact). Private to the municipality and the host's organizers.
 */
@Entity('daily_sales')
@Index('ix_daily_sales_fair_date', ['fairId', 'date'])
@Check('ck_daily_sales_figures', `"sales_yen" >= 0 AND "customers" >= 0`)
export class DailySalesEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid', primaryKeyConstraintName: 'pk_daily_sales' })
  applicationId: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_daily_sales' })
  date: string;

  @ManyToOne(() => ApplicationDayEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'application_id', referencedColumnName: 'applicationId', foreignKeyConstraintName: 'fk_daily_sales_application_day' },
    { name: 'date', referencedColumnName: 'date', foreignKeyConstraintName: 'fk_daily_sales_application_day' },
  ])
  applicationDay?: ApplicationDayEntity;

  @Column({ name: 'fair_id', type: 'uuid' })
  fairId: string;

  @ManyToOne(() => FairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fair_id', foreignKeyConstraintName: 'fk_daily_sales_fair' })
  fair?: FairEntity;

  /** Tax included, whole yen. */
  @Column({ name: 'sales_yen', type: 'integer' })
  salesYen: number;

  @Column({ type: 'integer' })
  customers: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  products: SalesLine[];

  @Column({ name: 'entered_by', type: 'uuid', nullable: true })
  enteredBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entered_by', foreignKeyConstraintName: 'fk_daily_sales_entered_by' })
  enteredByUser?: UserEntity;

  /** Entered or last changed by an organizer for the exhibitor (代理入力). */
  @Column({ name: 'entered_on_behalf', type: 'boolean', default: false })
  enteredOnBehalf: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
