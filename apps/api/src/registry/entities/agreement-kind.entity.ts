import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgreementKind } from '@bussanten/contracts';

/** Reference rows for the agreement kinds, with the public explanation of each. */
@Entity('agreement_kinds')
export class AgreementKindEntity {
  @PrimaryColumn({ type: 'text' })
  kind: AgreementKind;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ type: 'text', nullable: true })
  explanation: string | null;

  @Column({ type: 'smallint' })
  position: number;
}
