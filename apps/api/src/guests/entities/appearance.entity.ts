import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AppearanceStatus } from '@bussanten/contracts';
import { BoothEntity } from '../../booths/entities/booth.entity';
import { FairEntity } from '../../fairs/entities/fair.entity';
import { GuestEntity } from './guest.entity';
import { StageEntity } from './stage.entity';
import { Constraint } from '../../database/constraints';

/**
 * A guest at a fair from starts_at to ends_at (half-open), at a booth, a stage or the whole venue.
 * The exclusion constraints are the last word when requests race: a guest is never in two places
 * at once (across every fair of every host), and an unshared place holds one appearance at a time.
 * Cancelled appearances stay for the record and block nothing.
 */
@Entity('appearances')
@Index('ix_appearances_fair', ['fairId', 'startsAt'])
@Check('ck_appearances_times', `"ends_at" > "starts_at"`)
@Check('ck_appearances_status', `"status" IN ('planned', 'confirmed', 'mayChange', 'cancelled')`)
@Check(
  'ck_appearances_location',
  `("location_kind" = 'booth' AND "booth_id" IS NOT NULL AND "stage_id" IS NULL) OR ("location_kind" = 'stage' AND "stage_id" IS NOT NULL AND "booth_id" IS NULL) OR ("location_kind" = 'venue' AND "booth_id" IS NULL AND "stage_id" IS NULL)`,
)
@Exclusion(Constraint.appearancesGuest, `USING gist ("guest_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" <> 'cancelled')`)
@Exclusion(
  Constraint.appearancesLocation,
  `USING gist ("location_key" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" <> 'cancelled' AND NOT "location_shared")`,
)
export class AppearanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fair_id', type: 'uuid' })
  fairId: string;

  @ManyToOne(() => FairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fair_id', foreignKeyConstraintName: 'fk_appearances_fair' })
  fair?: FairEntity;

  @Column({ name: 'guest_id', type: 'uuid' })
  guestId: string;

  @ManyToOne(() => GuestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'guest_id', foreignKeyConstraintName: 'fk_appearances_guest' })
  guest?: GuestEntity;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** Shown as "about 30 min" (30分程度). */
  @Column({ type: 'boolean', default: false })
  approximate: boolean;

  @Column({ name: 'location_kind', type: 'text' })
  locationKind: 'booth' | 'stage' | 'venue';

  @Column({ name: 'booth_id', type: 'uuid', nullable: true })
  boothId: string | null;

  @ManyToOne(() => BoothEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'booth_id', foreignKeyConstraintName: 'fk_appearances_booth' })
  booth?: BoothEntity;

  @Column({ name: 'stage_id', type: 'uuid', nullable: true })
  stageId: string | null;

  @ManyToOne(() => StageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_appearances_stage' })
  stage?: StageEntity;

  /** 'booth:<id>', 'stage:<id>' or 'venue:<fairId>', kept by the service; what the location constraint compares. */
  @Column({ name: 'location_key', type: 'text' })
  locationKey: string;

  /** Copied from the place when saved (the whole venue and shared stages are shared). */
  @Column({ name: 'location_shared', type: 'boolean' })
  locationShared: boolean;

  @Column({ type: 'text', default: 'planned' })
  status: AppearanceStatus;

  @Column({ name: 'public_note', type: 'text', nullable: true })
  publicNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
