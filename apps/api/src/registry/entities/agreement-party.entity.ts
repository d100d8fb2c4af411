import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgreementEntity } from './agreement.entity';
import { MunicipalityEntity } from './municipality.entity';
import { Constraint } from '../../database/constraints';

/** A municipality's part in an agreement, with its own joint activities (連携事業). */
@Entity('agreement_parties')
@Index('ix_agreement_parties_municipality', ['municipalityId'])
export class AgreementPartyEntity {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid', primaryKeyConstraintName: 'pk_agreement_parties' })
  agreementId: string;

  @PrimaryColumn({ name: 'municipality_id', type: 'uuid', primaryKeyConstraintName: 'pk_agreement_parties' })
  municipalityId: string;

  @ManyToOne(() => AgreementEntity, (a) => a.parties, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'fk_agreement_parties_agreement' })
  agreement?: AgreementEntity;

  // RESTRICT: a municipality that is party to an agreement cannot disappear under it, even in a race.
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: Constraint.agreementPartiesMunicipality })
  municipality?: MunicipalityEntity;

  /** Order in which the parties were listed. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  activities: string[];
}
