import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { FairStatus } from '@bussanten/contracts';
import { HostEntity } from '../../accounts/entities/host.entity';
import { ProgrammeEntity } from '../../registry/entities/programme.entity';
import { RoomEntity } from './room.entity';
import { Constraint } from '../../database/constraints';

@Entity('fairs')
@Unique(Constraint.fairsSlug, ['slug'])
@Index('ix_fairs_host', ['hostId'])
@Check('ck_fairs_status', `"status" IN ('draft', 'accepting', 'closed', 'archived')`)
@Check('ck_fairs_visible', `NOT "visible" OR "status" <> 'draft'`)
@Check('ck_fairs_slug', `"slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('ck_fairs_application_window', `"applications_close_at" IS NULL OR "applications_open_at" IS NULL OR "applications_close_at" > "applications_open_at"`)
export class FairEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'host_id', type: 'uuid' })
  hostId: string;

  @ManyToOne(() => HostEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'fk_fairs_host' })
  host?: HostEntity;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @ManyToOne(() => RoomEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_fairs_room' })
  room?: RoomEntity;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', default: 'draft' })
  status: FairStatus;

  /** 公開中: the public routes serve the latest release. Separate from the status: publishing never changes the status. */
  @Column({ type: 'boolean', default: false })
  visible: boolean;

  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_fairs_programme' })
  programme?: ProgrammeEntity;

  @Column({ name: 'applications_open_at', type: 'timestamptz', nullable: true })
  applicationsOpenAt: Date | null;

  @Column({ name: 'applications_close_at', type: 'timestamptz', nullable: true })
  applicationsCloseAt: Date | null;

  /** The floor plan is invented demo data; the UI says so. */
  @Column({ name: 'sample_plan', type: 'boolean', default: false })
  samplePlan: boolean;

  /**
   * The domain part of the fair's iCal UIDs, fixed at its first publication and never changed
   * (ReleasesRepository.fixUidDomain), so calendars subscribed to its feed keep matching its events.
   */
  @Column({ name: 'ical_uid_domain', type: 'text', nullable: true })
  icalUidDomain: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
