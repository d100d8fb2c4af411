import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@bussanten/contracts';
import { MunicipalityEntity } from '../../registry/entities/municipality.entity';
import { HostEntity } from './host.entity';
import { UserEntity } from './user.entity';

/**
 * What a person may do, and for whom: operator of the install, organizer of a host, or
 * representative of a municipality for a host. A person holds any number; a session acts within one.
 * A host revokes its own memberships (disabled_at) and never touches another host's.
 */
@Entity('memberships')
@Index('ix_memberships_user', ['userId'])
@Index('ix_memberships_host_municipality', ['hostId', 'municipalityId'])
@Index('uq_memberships_operator', ['userId'], { unique: true, where: `"role" = 'operator'` })
@Index('uq_memberships_organizer', ['userId', 'hostId'], { unique: true, where: `"role" = 'organizer'` })
@Index('uq_memberships_staff', ['userId', 'hostId'], { unique: true, where: `"role" = 'staff'` })
@Index('uq_memberships_representative', ['userId', 'hostId', 'municipalityId'], { unique: true, where: `"role" = 'representative'` })
// The operator belongs to no host; an organizer or on-site staff to one host; a representative to one host and one municipality.
@Check(
  'ck_memberships_scope',
  `("role" = 'operator' AND "host_id" IS NULL AND "municipality_id" IS NULL) OR ("role" IN ('organizer', 'staff') AND "host_id" IS NOT NULL AND "municipality_id" IS NULL) OR ("role" = 'representative' AND "host_id" IS NOT NULL AND "municipality_id" IS NOT NULL)`,
)
// Only staff may be limited to some fairs.
@Check('ck_memberships_fair_ids', `"fair_ids" IS NULL OR "role" = 'staff'`)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_memberships_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'host_id', type: 'uuid', nullable: true })
  hostId: string | null;

  @ManyToOne(() => HostEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'fk_memberships_host' })
  host?: HostEntity;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_memberships_municipality' })
  municipality?: MunicipalityEntity;

  /** On-site staff limited to these fairs of its host; null: every fair (and always null for other roles). */
  @Column({ name: 'fair_ids', type: 'uuid', array: true, nullable: true })
  fairIds: string[] | null;

  /** Revoked by the host (or, for the operator, by the install): no access until enabled again. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** When a session last chose it: sign-in starts in the membership used last. */
  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true })
  lastActiveAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
