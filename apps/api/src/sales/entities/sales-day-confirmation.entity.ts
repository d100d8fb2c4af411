import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../accounts/entities/user.entity';
import { FairDayEntity } from '../../fairs/entities/fair-day.entity';

/** An organizer confirmed a fair day's sales: from then on only organizers change that day's figures. */
@Entity('sales_day_confirmations')
export class SalesDayConfirmationEntity {
  @PrimaryColumn({ name: 'fair_id', type: 'uuid', primaryKeyConstraintName: 'pk_sales_day_confirmations' })
  fairId: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_sales_day_confirmations' })
  date: string;

  @ManyToOne(() => FairDayEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'fair_id', referencedColumnName: 'fairId', foreignKeyConstraintName: 'fk_sales_day_confirmations_fair_day' },
    { name: 'date', referencedColumnName: 'date', foreignKeyConstraintName: 'fk_sales_day_confirmations_fair_day' },
  ])
  fairDay?: FairDayEntity;

  @CreateDateColumn({ name: 'confirmed_at', type: 'timestamptz' })
  confirmedAt: Date;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'confirmed_by', foreignKeyConstraintName: 'fk_sales_day_confirmations_user' })
  confirmer?: UserEntity;
}
