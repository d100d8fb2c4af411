import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { ApplicationStatus, DraftProductInput, PermitStatus, StaffMember } from '@bussanten/contracts';
import { UserEntity } from '../../accounts/entities/user.entity';
import { numericTransformer } from '../../database/numeric-transformer';
import { FairEntity } from '../../fairs/entities/fair.entity';
import { MunicipalityEntity } from '../../registry/entities/municipality.entity';
import { Constraint } from '../../database/constraints';

/**
 * A municipality's application to exhibit at a fair: one per fair and municipality (a withdrawn one
 * is re-submitted, not duplicated). Staff, phones, permit and note are private to the municipality
 * and the host's organizers.
 */
@Entity('applications')
@Unique(Constraint.applicationsFairMunicipality, ['fairId', 'municipalityId'])
@Index('ix_applications_fair_status', ['fairId', 'status'])
@Check('ck_applications_status', `"status" IN ('draft', 'submitted', 'accepted', 'waitlisted', 'rejected', 'withdrawn', 'declined')`)
@Check(
  'ck_applications_permit',
  `"permit_status" IN ('held', 'toBeArranged', 'notNeeded') AND ("permit_status" <> 'held' OR ("permit_number" IS NOT NULL AND "permit_health_centre" IS NOT NULL))`,
)
@Check('ck_applications_complete', `"status" = 'draft' OR ("permit_status" IS NOT NULL AND "staff_count" IS NOT NULL)`)
@Check('ck_applications_entered', `"entered_by" IS NULL OR "entered_at" IS NOT NULL`)
@Check('ck_applications_needs', `"power_watts" >= 0 AND ("min_area_m2" IS NULL OR "min_area_m2" > 0) AND "staff_count" >= 0`)
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fair_id', type: 'uuid' })
  fairId: string;

  @ManyToOne(() => FairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fair_id', foreignKeyConstraintName: 'fk_applications_fair' })
  fair?: FairEntity;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_applications_municipality' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'text', default: 'submitted' })
  status: ApplicationStatus;

  @Column({ type: 'jsonb' })
  products: DraftProductInput[];

  @Column({ name: 'min_area_m2', type: 'numeric', precision: 6, scale: 2, nullable: true, transformer: numericTransformer })
  minAreaM2: number | null;

  @Column({ name: 'power_watts', type: 'integer', default: 0 })
  powerWatts: number;

  @Column({ type: 'boolean', default: false })
  fridge: boolean;

  @Column({ type: 'boolean', default: false })
  freezer: boolean;

  @Column({ type: 'boolean', default: false })
  water: boolean;

  /** Null only in a draft. */
  /** Cooking at the booth (調理): needs a booth marked 調理可. */
  @Column({ type: 'boolean', default: false })
  cooking: boolean;

  @Column({ name: 'permit_status', type: 'text', nullable: true })
  permitStatus: PermitStatus | null;

  @Column({ name: 'permit_number', type: 'text', nullable: true })
  permitNumber: string | null;

  @Column({ name: 'permit_health_centre', type: 'text', nullable: true })
  permitHealthCentre: string | null;

  /** Null only in a draft. */
  @Column({ name: 'staff_count', type: 'integer', nullable: true })
  staffCount: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  staff: StaffMember[];

  @Column({ type: 'text', nullable: true })
  vehicle: string | null;

  @Column({ name: 'load_in_time', type: 'time', nullable: true })
  loadInTime: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** For visitors: published on the public page once accepted (the note above stays private). */
  @Column({ name: 'pr_text', type: 'text', nullable: true })
  prText: string | null;

  @Column({ name: 'pr_text_en', type: 'text', nullable: true })
  prTextEn: string | null;

  /** Public label of the tie to the host; proposed from the registry, edited by the organizer. */
  @Column({ name: 'tie_label', type: 'text', nullable: true })
  tieLabel: string | null;

  @Column({ name: 'decision_message', type: 'text', nullable: true })
  decisionMessage: string | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by', foreignKeyConstraintName: 'fk_applications_submitted_by' })
  submitter?: UserEntity;

  /** Who submitted it at the source of an imported fair (an e-mail as text): never linked to this install's people. */
  @Column({ name: 'submitted_by_text', type: 'text', nullable: true })
  submittedByText: string | null;

  /** The organizer who entered the current submission for the municipality (paper, fax); null when the municipality sent it. */
  @Column({ name: 'entered_by', type: 'uuid', nullable: true })
  enteredBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entered_by', foreignKeyConstraintName: 'fk_applications_entered_by' })
  enterer?: UserEntity;

  /** When an organizer entered it: the mark "entered by the organizer" (kept if that user goes). */
  @Column({ name: 'entered_at', type: 'timestamptz', nullable: true })
  enteredAt: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
