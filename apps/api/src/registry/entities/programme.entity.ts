import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A programme that ties municipalities to the ward without an agreement (特別区全国連携プロジェクト). */
@Entity('programmes')
@Unique('uq_programmes_name', ['name'])
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'started_year', type: 'smallint', nullable: true })
  startedYear: number | null;

  @Column({ type: 'text' })
  explanation: string;
}
