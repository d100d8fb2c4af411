import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Role } from '@bussanten/contracts';
import { MunicipalityEntity } from '../../registry/entities/municipality.entity';
import { HostEntity } from './host.entity';

@Entity('users')
@Unique('uq_users_email', ['email'])
@Index('ix_users_invited_by_host', ['invitedByHostId'])
@Check('ck_users_email_lower', `"email" = lower("email")`)
// An organizer belongs to one host; a representative to exactly one municipality, and nothing else.
@Check(
  'ck_users_role_scope',
  `("role" = 'organizer' AND "host_id" IS NOT NULL AND "municipality_id" IS NULL) OR ("role" = 'representative' AND "municipality_id" IS NOT NULL AND "host_id" IS NULL)`,
)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id, PHC string format. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'host_id', type: 'uuid', nullable: true })
  hostId: string | null;

  @ManyToOne(() => HostEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'fk_users_host' })
  host?: HostEntity;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_users_municipality' })
  municipality?: MunicipalityEntity;

  /** Whose "people" page lists this user: the host that invited them (or, for organizers, their own). */
  @Column({ name: 'invited_by_host_id', type: 'uuid' })
  invitedByHostId: string;

  @ManyToOne(() => HostEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by_host_id', foreignKeyConstraintName: 'fk_users_invited_by_host' })
  invitedByHost?: HostEntity;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz' })
  passwordChangedAt: Date;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
