import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  DECISIONS,
  MAX_PR_TEXT_LENGTH,
  REVIEW_STATUSES,
  PERMIT_STATUSES,
  PRODUCT_CATEGORIES,
  type ApplicationDraftInput,
  type ApplicationFilter,
  type EntryCandidateQuery,
  type ApplicationInput,
  type ApplicationStatus,
  type BoothNeedsInput,
  type BulkDecisionInput,
  type Decision,
  type DecisionInput,
  type DraftPermitInput,
  type DraftProductInput,
  type PermitInput,
  type PermitStatus,
  type ProductCategory,
  type ProductInput,
  type StaffMember,
  type TieLabelInput,
} from '@bussanten/contracts';
import { phoneRule, notBlankRule } from '@bussanten/domain';
import { IsDecimal } from '../../common/is-decimal';
import { Satisfies } from '../../common/satisfies';
import { TypedText } from '../../common/typed-input';

const nullable = () => ValidateIf((_o, v) => v !== null);

export class ProductDto implements ProductInput {
  @ApiProperty({ example: '塩辛' }) @IsString() @Satisfies(notBlankRule) @MaxLength(100) name: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Salted squid' }) @IsOptional() @nullable() @IsString() @MaxLength(100) nameEn?: string | null;
  @ApiProperty({ enum: PRODUCT_CATEGORIES }) @IsIn(PRODUCT_CATEGORIES) category: ProductCategory;
  @ApiProperty({ type: 'integer', nullable: true, example: 500 }) @nullable() @IsInt() @Min(0) @Max(10_000_000) priceMin: number | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 1500 }) @nullable() @IsInt() @Min(0) @Max(10_000_000) priceMax: number | null;
  @ApiProperty() @IsBoolean() food: boolean;
  @ApiProperty() @IsBoolean() alcohol: boolean;
}

export class NeedsDto implements BoothNeedsInput {
  @ApiProperty({ type: Number, nullable: true, example: 6 }) @nullable() @IsDecimal(2) @Min(0.5) @Max(1000) minAreaM2: number | null;
  @ApiProperty({ example: 1000 }) @IsInt() @Min(0) @Max(100000) powerWatts: number;
  @ApiProperty() @IsBoolean() fridge: boolean;
  @ApiProperty() @IsBoolean() freezer: boolean;
  @ApiProperty() @IsBoolean() water: boolean;
  @ApiPropertyOptional({ description: 'Cooking at the booth (調理); absent = false' }) @IsOptional() @IsBoolean() cooking?: boolean;
}

export class PermitDto implements PermitInput {
  @ApiProperty({ enum: PERMIT_STATUSES }) @IsIn(PERMIT_STATUSES) status: PermitStatus;
  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(100) number: string | null;
  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(100) healthCentre: string | null;
}

export class StaffDto implements StaffMember {
  @ApiProperty() @IsString() @Satisfies(notBlankRule) @MaxLength(100) name: string;
  @ApiProperty({ example: '090-1234-5678' })
  @TypedText()
  @IsString()
  @Satisfies(phoneRule)
  phone: string;
}

export class ApplicationDto implements ApplicationInput {
  @ApiProperty({ example: ['2023-02-17', '2023-02-18'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each day must be a date as YYYY-MM-DD' })
  days: string[];

  @ApiProperty({ type: [ProductDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  // Without it an item that is itself an array ([[]]) passes ValidateNested unchecked.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ProductDto)
  products: ProductDto[];

  @ApiProperty({ type: NeedsDto }) @IsObject() @ValidateNested() @Type(() => NeedsDto) needs: NeedsDto;
  @ApiProperty({ type: PermitDto }) @IsObject() @ValidateNested() @Type(() => PermitDto) permit: PermitDto;

  @ApiProperty({ example: 3 }) @IsInt() @Min(1) @Max(100) staffCount: number;

  @ApiProperty({ type: [StaffDto] })
  @IsArray()
  @ArrayMaxSize(100)
  // Without it an item that is itself an array ([[]]) passes ValidateNested unchecked.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => StaffDto)
  staff: StaffDto[];

  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(200) vehicle: string | null;
  @ApiProperty({ type: String, nullable: true, example: '08:30' })
  @TypedText()
  @nullable()
  @IsString()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'loadInTime must be HH:MM' })
  loadInTime: string | null;
  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(2000) note: string | null;
  // Published with the accepted application (the note above is not): optional, absent = none.
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_PR_TEXT_LENGTH, description: 'for visitors, on the public page' })
  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(MAX_PR_TEXT_LENGTH)
  prText?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_PR_TEXT_LENGTH, description: 'the same in English' })
  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(MAX_PR_TEXT_LENGTH)
  prTextEn?: string | null;
}

/** A product of a draft: only what cannot be stored is refused; the name may be blank and the category not chosen yet. */
export class DraftProductDto implements DraftProductInput {
  @ApiProperty({ example: '塩辛' }) @IsString() @MaxLength(100) name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @nullable() @IsString() @MaxLength(100) nameEn?: string | null;
  @ApiProperty({ enum: PRODUCT_CATEGORIES, nullable: true }) @nullable() @IsIn(PRODUCT_CATEGORIES) category: ProductCategory | null;
  @ApiProperty({ type: 'integer', nullable: true }) @nullable() @IsInt() @Min(0) @Max(10_000_000) priceMin: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) @nullable() @IsInt() @Min(0) @Max(10_000_000) priceMax: number | null;
  @ApiProperty() @IsBoolean() food: boolean;
  @ApiProperty() @IsBoolean() alcohol: boolean;
}

export class DraftPermitDto implements DraftPermitInput {
  @ApiProperty({ enum: PERMIT_STATUSES, nullable: true }) @nullable() @IsIn(PERMIT_STATUSES) status: PermitStatus | null;
  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(100) number: string | null;
  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(100) healthCentre: string | null;
}

export class DraftStaffDto implements StaffMember {
  @ApiProperty() @IsString() @MaxLength(100) name: string;
  @ApiProperty() @TypedText() @IsString() @MaxLength(40) phone: string;
}

/** PUT /api/my/fairs/:fairId/application/draft: the same body as an application, with every rule that is not about storing left to submission. */
export class ApplicationDraftDto implements ApplicationDraftInput {
  @ApiProperty({ example: ['2023-02-17'] })
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each day must be a date as YYYY-MM-DD' })
  days: string[];

  @ApiProperty({ type: [DraftProductDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DraftProductDto)
  products: DraftProductDto[];

  @ApiProperty({ type: NeedsDto }) @IsObject() @ValidateNested() @Type(() => NeedsDto) needs: NeedsDto;
  @ApiProperty({ type: DraftPermitDto }) @IsObject() @ValidateNested() @Type(() => DraftPermitDto) permit: DraftPermitDto;
  @ApiProperty({ type: 'integer', nullable: true }) @nullable() @IsInt() @Min(0) @Max(100) staffCount: number | null;

  @ApiProperty({ type: [DraftStaffDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DraftStaffDto)
  staff: DraftStaffDto[];

  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(200) vehicle: string | null;
  @ApiProperty({ type: String, nullable: true, example: '08:30' })
  @TypedText()
  @nullable()
  @IsString()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'loadInTime must be HH:MM' })
  loadInTime: string | null;
  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(2000) note: string | null;
  // Published with the accepted application (the note above is not): optional, absent = none.
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_PR_TEXT_LENGTH, description: 'for visitors, on the public page' })
  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(MAX_PR_TEXT_LENGTH)
  prText?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_PR_TEXT_LENGTH, description: 'the same in English' })
  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(MAX_PR_TEXT_LENGTH)
  prTextEn?: string | null;
}

export class DecisionDto implements DecisionInput {
  @ApiProperty({ enum: DECISIONS }) @IsIn(DECISIONS) status: Decision;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(2000) message?: string | null;
}

export class BulkDecisionDto extends DecisionDto implements BulkDecisionInput {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  applicationIds: string[];
}

export class TieLabelDto implements TieLabelInput {
  @ApiProperty({ type: String, nullable: true, example: '災害協定、商店街イベント(目黒のさんま祭り)' })
  @nullable()
  @IsString()
  @MaxLength(200)
  tieLabel: string | null;
}

export class EntryCandidateQueryDto implements EntryCandidateQuery {
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class ApplicationFilterDto implements ApplicationFilter {
  @ApiPropertyOptional({ enum: REVIEW_STATUSES }) @IsOptional() @IsIn(REVIEW_STATUSES) status?: ApplicationStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['fridge', 'freezer', 'water', 'power'] }) @IsOptional() @IsIn(['fridge', 'freezer', 'water', 'power']) needs?:
    'fridge' | 'freezer' | 'water' | 'power';

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unassigned?: boolean;
}
