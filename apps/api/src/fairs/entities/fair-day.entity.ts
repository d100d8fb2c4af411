import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FairEntity } from './fair.entity';

/** A day of a fair in Japan with its opening hours (Japan time), or closed (both null). */
@Entity('fair_days')
@Check('ck_fair_days_hours_pair', `("opens" IS NULL) = ("closes" IS NULL)`)
@Check('ck_fair_days_closes_after_opens', `"closes" > "opens"`)
export class FairDayEntity {
  @PrimaryColumn({ name: 'fair_id', type: 'uuid', primaryKeyConstraintName: 'pk_fair_days' })
  fairId: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_fair_days' })
  date: string;

  @ManyToOne(() => FairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fair_id', foreignKeyConstraintName: 'fk_fair_days_fair' })
  fair?: FairEntity;

  @Column({ type: 'time', nullable: true })
  opens: string | null;

  @Column({ type: 'time', nullable: true })
  closes: string | null;
}
