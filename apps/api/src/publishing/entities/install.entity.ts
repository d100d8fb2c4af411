import { Check, Column, Entity, Generated, PrimaryColumn } from 'typeorm';

/**
 * The install itself: one row (its key can only be true), made by the migration that created the
 * table. Its id tells this install's iCal UIDs apart from every other install's when PUBLIC_URL is
 * not set (see ReleasesRepository.fixUidDomain); it is never shown anywhere else.
 */
@Entity('install')
@Check('ck_install_one_row', `"one_row"`)
export class InstallEntity {
  @PrimaryColumn({ name: 'one_row', type: 'boolean', default: true, primaryKeyConstraintName: 'pk_install' })
  oneRow: boolean;

  @Column({ type: 'uuid' })
  @Generated('uuid') // DEFAULT gen_random_uuid(), as TypeORM expects to find it
  id: string;
}
