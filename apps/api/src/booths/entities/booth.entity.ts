import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { BoothTag } from '@bussanten/contracts';
import { numericTransformer } from '../../database/numeric-transformer';
import { FairEntity } from '../../fairs/entities/fair.entity';
import { Constraint } from '../../database/constraints';

const metres = (name: string) => ({ name, type: 'numeric' as const, precision: 6, scale: 2, transformer: numericTransformer });

/** A booth on a fair's floor plan: a rectangle in metres from the room's top-left corner, with its facilities. */
@Entity('booths')
@Unique(Constraint.boothsFairCode, ['fairId', 'code'])
@Check('ck_booths_rect', `"x" >= 0 AND "y" >= 0 AND "width" > 0 AND "depth" > 0`)
@Check('ck_booths_power', `"power_watts" >= 0`)
@Check('ck_booths_prime', `"prime" BETWEEN 0 AND 3`)
export class BoothEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fair_id', type: 'uuid' })
  fairId: string;

  @ManyToOne(() => FairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fair_id', foreignKeyConstraintName: 'fk_booths_fair' })
  fair?: FairEntity;

  @Column({ type: 'text' })
  code: string;

  @Column(metres('x'))
  x: number;

  @Column(metres('y'))
  y: number;

  @Column(metres('width'))
  width: number;

  @Column(metres('depth'))
  depth: number;

  @Column({ name: 'power_watts', type: 'integer', default: 0 })
  powerWatts: number;

  @Column({ type: 'boolean', default: false })
  fridge: boolean;

  @Column({ type: 'boolean', default: false })
  freezer: boolean;

  @Column({ type: 'boolean', default: false })
  water: boolean;

  @Column({ name: 'cooking_allowed', type: 'boolean', default: false })
  cookingAllowed: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: BoothTag[];

  /** How attractive the spot is (0 quiet … 3 by the entrance); proposals spread good spots over the years. */
  @Column({ type: 'smallint', default: 0 })
  prime: number;

  /** The area of the room it belongs to (区画), such as 入口側 or A列; trimmed, null for none. */
  @Column({ type: 'text', nullable: true })
  zone: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
