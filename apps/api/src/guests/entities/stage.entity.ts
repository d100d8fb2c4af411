import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { FairEntity } from '../../fairs/entities/fair.entity';
import { Constraint } from '../../database/constraints';

/** A stage or other place of a fair where guests appear; a shared one holds several appearances at once. */
@Entity('fair_stages')
@Unique(Constraint.fairStagesFairName, ['fairId', 'name'])
export class StageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fair_id', type: 'uuid' })
  fairId: string;

  @ManyToOne(() => FairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fair_id', foreignKeyConstraintName: 'fk_fair_stages_fair' })
  fair?: FairEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ type: 'boolean', default: false })
  shared: boolean;
}
