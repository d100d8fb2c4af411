import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { PageQueryDto } from '../../common/page-query.dto';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  AGREEMENT_KINDS,
  MUNICIPALITY_KINDS,
  MUNICIPALITY_SORTS,
  type AgreementKind,
  type MunicipalityInput,
  type MunicipalityKind,
  type MunicipalityQuery,
  type MunicipalitySort,
} from '@bussanten/contracts';
import { AREA_KM2_RULES, POPULATION_RULES, calendarDateRule, httpUrlRule, kanaReadingRule, localGovernmentCodeRule, notBlankRule } from '@bussanten/domain';
import { Satisfies } from '../../common/satisfies';

export class CreateMunicipalityDto implements MunicipalityInput {
  @ApiProperty({ example: '宮古市', maxLength: 100 })
  @IsString()
  @Satisfies(notBlankRule)
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 'みやこし', description: 'Reading in kana; names are sorted by it.' })
  @IsString()
  @Satisfies(kanaReadingRule)
  @MaxLength(200)
  reading: string;

  @ApiPropertyOptional({ type: String, example: 'Miyako', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  nameEn?: string | null;

  @ApiProperty({ example: 3, minimum: 1, maximum: 47, description: 'JIS X 0401 prefecture code' })
  @IsInt()
  @Min(1)
  @Max(47)
  prefectureCode: number;

  @ApiProperty({ enum: MUNICIPALITY_KINDS })
  @IsIn(MUNICIPALITY_KINDS)
  kind: MunicipalityKind;

  @ApiPropertyOptional({ type: String, example: '032026', nullable: true, description: '6-digit code with check digit' })
  @IsOptional()
  @Satisfies(localGovernmentCodeRule)
  localGovernmentCode?: string | null;

  @ApiPropertyOptional({ type: 'integer', example: 44905, nullable: true, minimum: 0 })
  @IsOptional()
  @Satisfies(...POPULATION_RULES)
  population?: number | null;

  @ApiPropertyOptional({ type: String, example: '2020-10-01', nullable: true, description: 'The day the population figure describes' })
  @IsOptional()
  @Satisfies(calendarDateRule)
  populationAsOf?: string | null;

  @ApiPropertyOptional({ type: String, example: '令和2年国勢調査', nullable: true, description: 'Where the population figure comes from' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  populationSource?: string | null;

  @ApiPropertyOptional({ type: Number, example: 1259.89, nullable: true })
  @IsOptional()
  @Satisfies(...AREA_KM2_RULES)
  areaKm2?: number | null;

  @ApiPropertyOptional({ type: String, example: '2024-10-01', nullable: true, description: 'The day the area figure describes' })
  @IsOptional()
  @Satisfies(calendarDateRule)
  areaAsOf?: string | null;

  @ApiPropertyOptional({ type: String, example: '全国都道府県市区町村別面積調', nullable: true, description: 'Where the area figure comes from' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  areaSource?: string | null;

  @ApiPropertyOptional({ type: String, example: 'https://www.city.miyako.iwate.jp/', nullable: true })
  @IsOptional()
  @Satisfies(httpUrlRule)
  @MaxLength(2000)
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

/** PATCH body: any subset; the service validates the merged result as a whole. */
export class UpdateMunicipalityDto extends PartialType(CreateMunicipalityDto) {}

export class MunicipalityQueryDto extends PageQueryDto implements MunicipalityQuery {
  @ApiPropertyOptional({ description: 'Name, kana or English; ignores hiragana/katakana and width' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 47 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(47)
  prefectureCode?: number;

  @ApiPropertyOptional({ enum: AGREEMENT_KINDS })
  @IsOptional()
  @IsIn(AGREEMENT_KINDS)
  agreementKind?: AgreementKind;

  @ApiPropertyOptional({ type: Boolean, description: 'Only the asking host’s agreement parties (協定先のみ)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  partners?: boolean;

  @ApiPropertyOptional({ enum: MUNICIPALITY_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(MUNICIPALITY_SORTS)
  sort?: MunicipalitySort;
}
