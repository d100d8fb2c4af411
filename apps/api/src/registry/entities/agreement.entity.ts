import { Check, Column, Index, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AgreementKind } from '@bussanten/contracts';
import { HostEntity } from '../../accounts/entities/host.entity';
import { AgreementKindEntity } from './agreement-kind.entity';
import { AgreementPartyEntity } from './agreement-party.entity';
import { Constraint } from '../../database/constraints';

@Entity('agreements')
@Index('ix_agreements_host', ['hostId'])
@Check('ck_agreements_signed_year', `"signed_year" BETWEEN 1868 AND 2200`)
// When the full date is known the year must agree with it; the year alone is allowed (seeds often give only that).
@Check(Constraint.agreementsSignedOnYear, `"signed_on" IS NULL OR EXTRACT(YEAR FROM "signed_on") = "signed_year"`)
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The host that signed it; agreements belong to one host. */
  @Column({ name: 'host_id', type: 'uuid' })
  hostId: string;

  @ManyToOne(() => HostEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'fk_agreements_host' })
  host?: HostEntity;

  @Column({ type: 'text' })
  kind: AgreementKind;

  @ManyToOne(() => AgreementKindEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind', foreignKeyConstraintName: 'fk_agreements_kind' })
  kindInfo?: AgreementKindEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ name: 'signed_year', type: 'smallint', nullable: true })
  signedYear: number | null;

  @Column({ type: 'text', nullable: true })
  occasion: string | null;

  /** Short public explanation (e.g. what 龍馬の絆 is). */
  @Column({ type: 'text', nullable: true })
  explanation: string | null;

  @OneToMany(() => AgreementPartyEntity, (p) => p.agreement)
  parties?: AgreementPartyEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
