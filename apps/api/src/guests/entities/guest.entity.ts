import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { GuestKind } from '@bussanten/contracts';
import { HostEntity } from '../../accounts/entities/host.entity';
import { MunicipalityEntity } from '../../registry/entities/municipality.entity';

/** A mascot, ambassador or performer group a host schedules at its fairs; the contact is private. */
@Entity('guests')
@Index('ix_guests_host', ['hostId'])
@Check('ck_guests_kind', `"kind" IN ('mascot', 'ambassador', 'performer', 'other')`)
@Check('ck_guests_travel_buffer', `"travel_buffer_minutes" BETWEEN 0 AND 1440`)
export class GuestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'host_id', type: 'uuid' })
  hostId: string;

  @ManyToOne(() => HostEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'fk_guests_host' })
  host?: HostEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ type: 'text' })
  kind: GuestKind;

  /** The municipality that sends the guest; null for the host's own. */
  @Column({ name: 'owner_municipality_id', type: 'uuid', nullable: true })
  ownerMunicipalityId: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_municipality_id', foreignKeyConstraintName: 'fk_guests_owner_municipality' })
  ownerMunicipality?: MunicipalityEntity;

  @Column({ type: 'text', nullable: true })
  profile: string | null;

  @Column({ name: 'profile_en', type: 'text', nullable: true })
  profileEn: string | null;

  /** Private: never on a public route. */
  @Column({ type: 'text', nullable: true })
  contact: string | null;

  /** Minutes the guest needs between appearances at different venues. */
  @Column({ name: 'travel_buffer_minutes', type: 'integer', default: 60 })
  travelBufferMinutes: number;

  /** File name of the re-encoded photo under DATA_DIR/photos. */
  @Column({ name: 'photo_key', type: 'text', nullable: true })
  photoKey: string | null;

  @Column({ name: 'photo_updated_at', type: 'timestamptz', nullable: true })
  photoUpdatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
