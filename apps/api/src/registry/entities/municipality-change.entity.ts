import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditChange } from '@bussanten/contracts';
import { HostEntity } from '../../accounts/entities/host.entity';
import { MunicipalityEntity } from './municipality.entity';

/**
 * One change to a municipality's shared fields by an organizer of some host, kept for every host to
 * read and revert. Who made it is kept as text too: the history outlives accounts.
 */
@Entity('municipality_changes')
@Index('ix_municipality_changes_municipality', ['municipalityId', 'at'])
export class MunicipalityChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  // The history belongs to the record: a municipality that may be deleted (unlisted, unused) takes it along.
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_municipality_changes_municipality' })
  municipality?: MunicipalityEntity;

  @Column({ name: 'host_id', type: 'uuid' })
  hostId: string;

  @ManyToOne(() => HostEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'fk_municipality_changes_host' })
  host?: HostEntity;

  /** The organizer's user id; no foreign key, so the entry stays when accounts change. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'user_display_name', type: 'text' })
  userDisplayName: string;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;

  /** field → { before, after }, in the API's field names (nameEn, population, …). */
  @Column({ type: 'jsonb' })
  changes: Record<string, AuditChange>;

  /** Set when this entry undid an earlier one. */
  @Column({ name: 'reverts_change_id', type: 'uuid', nullable: true })
  revertsChangeId: string | null;

  @ManyToOne(() => MunicipalityChangeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reverts_change_id', foreignKeyConstraintName: 'fk_municipality_changes_reverts' })
  reverts?: MunicipalityChangeEntity;
}
