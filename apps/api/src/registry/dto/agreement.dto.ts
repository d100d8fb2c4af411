import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AGREEMENT_KINDS, type AgreementInput, type AgreementKind, type AgreementPartyInput, type AgreementQuery } from '@bussanten/contracts';
import { FIRST_SIGNING_YEAR, LAST_SIGNING_YEAR, integerRule, notBlankRule } from '@bussanten/domain';
import { Satisfies } from '../../common/satisfies';

export class AgreementPartyDto implements AgreementPartyInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  municipalityId: string;

  @ApiPropertyOptional({ type: [String], description: "This party's joint activities (連携事業)" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  activities?: string[];
}

export class CreateAgreementDto implements AgreementInput {
  @ApiProperty({ enum: AGREEMENT_KINDS })
  @IsIn(AGREEMENT_KINDS)
  kind: AgreementKind;

  @ApiProperty({ example: '水と緑のふれあい交流協定' })
  @IsString()
  @Satisfies(notBlankRule)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ type: String, example: '2002-04-01', nullable: true, description: 'Full date when known' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'signedOn must be a date as YYYY-MM-DD' })
  signedOn?: string | null;

  @ApiPropertyOptional({ type: 'integer', example: 2002, nullable: true, description: 'Year alone, when the date is not known' })
  @IsOptional()
  @Satisfies(integerRule)
  @Min(FIRST_SIGNING_YEAR)
  @Max(LAST_SIGNING_YEAR)
  signedYear?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '特別区全国連携プロジェクト' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  occasion?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  explanation?: string | null;

  @ApiProperty({ type: [AgreementPartyDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  // Without it an item that is itself an array ([[]]) passes ValidateNested unchecked.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AgreementPartyDto)
  parties: AgreementPartyDto[];
}

export class UpdateAgreementDto extends PartialType(CreateAgreementDto) {}

export class AgreementQueryDto implements AgreementQuery {
  @ApiPropertyOptional({ enum: AGREEMENT_KINDS })
  @IsOptional()
  @IsIn(AGREEMENT_KINDS)
  kind?: AgreementKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;
}
