import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  APPEARANCE_STATUSES,
  APPLICATION_STATUSES,
  MAX_PR_TEXT_LENGTH,
  BOOTH_TAGS,
  FAIR_DOCUMENT_FORMAT,
  FAIR_DOCUMENT_VERSION,
  FAIR_STATUSES,
  GUEST_KINDS,
  type AppearanceStatus,
  type ApplicationStatus,
  type BoothTag,
  type FairDocumentApplication,
  type FairDocumentAssignment,
  type FairDocumentBooth,
  type FairDocumentEvent,
  type FairDocumentFair,
  type FairDocumentStage,
  type FairImportQuery,
  type FairStatus,
  type GuestKind,
  type MunicipalityKey,
} from '@bussanten/contracts';
import {
  BOOTH_POSITION_RULES,
  BOOTH_POWER_RULES,
  BOOTH_SIDE_RULES,
  MAX_SLUG_LENGTH,
  ROOM_METRES_RULES,
  MAX_BOOTH_ZONE_LENGTH,
  boothCodeRule,
  boothZoneRule,
  slugRule,
  emailAddressRule,
  notBlankRule,
} from '@bussanten/domain';
import { NeedsDto, PermitDto, ProductDto, StaffDto } from '../../applications/dto/application.dto';
import { Satisfies } from '../../common/satisfies';
import { FairDayDto } from '../dto/fair.dto';
import { BoothCodeText, BoothZoneText, TypedText } from '../../common/typed-input';

// The shapes are those of the regular write routes (a booth as POST …/booths takes it, an application
// as a representative sends it), plus what only the database holds (status, history, timestamps).
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const nullable = () => ValidateIf((_o, v) => v !== null);
const many =
  (type: () => new () => object, max: number): PropertyDecorator =>
  (target, key) =>
    // IsObject each: an item that is itself an array ([[]]) would pass ValidateNested unchecked.
    [IsArray(), ArrayMaxSize(max), IsObject({ each: true }), ValidateNested({ each: true }), Type(type)].forEach((d) => d(target, key));
const one =
  (type: () => new () => object): PropertyDecorator =>
  (target, key) =>
    [IsObject(), ValidateNested(), Type(type)].forEach((d) => d(target, key));
const text =
  (max: number): PropertyDecorator =>
  (target, key) =>
    [IsString(), Satisfies(notBlankRule), MaxLength(max)].forEach((d) => d(target, key));
const optionalText =
  (max: number): PropertyDecorator =>
  (target, key) =>
    [nullable(), IsString(), MaxLength(max)].forEach((d) => d(target, key));

export class MunicipalityKeyDto implements MunicipalityKey {
  @ApiProperty({ example: 3, minimum: 1, maximum: 47, description: 'JIS prefecture code' }) @IsInt() @Min(1) @Max(47) prefectureCode: number;
  @ApiProperty({ example: '宮古市', maxLength: 100 }) @text(100) name: string;
}

export class DocumentVenueDto {
  @ApiProperty({ example: 'イオンスタイル品川シーサイド', maxLength: 200 }) @text(200) name: string;
  @ApiProperty({ example: '東京都品川区東品川4-12-5', maxLength: 300 }) @text(300) address: string;
}

export class DocumentRoomDto {
  @ApiProperty({ example: '地下1階催事場', maxLength: 100 }) @text(100) name: string;
  @ApiProperty({ example: 30 }) @Satisfies(...ROOM_METRES_RULES) widthM: number;
  @ApiProperty({ example: 20 }) @Satisfies(...ROOM_METRES_RULES) depthM: number;
}

export class DocumentStageDto implements FairDocumentStage {
  @ApiProperty({ example: 'メインステージ', maxLength: 100 }) @text(100) name: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 100 }) @optionalText(100) nameEn: string | null;
  @ApiProperty() @IsBoolean() shared: boolean;
}

export class DocumentBoothDto implements FairDocumentBooth {
  @ApiProperty({ example: 'A1' }) @BoothCodeText() @IsString() @Satisfies(boothCodeRule) code: string;
  @ApiProperty({ example: 1 }) @Satisfies(...BOOTH_POSITION_RULES) x: number;
  @ApiProperty({ example: 1 }) @Satisfies(...BOOTH_POSITION_RULES) y: number;
  @ApiProperty({ example: 4 }) @Satisfies(...BOOTH_SIDE_RULES) width: number;
  @ApiProperty({ example: 3 }) @Satisfies(...BOOTH_SIDE_RULES) depth: number;
  @ApiProperty({ example: 1500 }) @Satisfies(...BOOTH_POWER_RULES) powerWatts: number;
  @ApiProperty() @IsBoolean() fridge: boolean;
  @ApiProperty() @IsBoolean() freezer: boolean;
  @ApiProperty() @IsBoolean() water: boolean;
  @ApiProperty() @IsBoolean() cookingAllowed: boolean;
  @ApiProperty({ enum: BOOTH_TAGS, isArray: true })
  @IsArray()
  @ArrayMaxSize(BOOTH_TAGS.length)
  @ArrayUnique()
  @IsIn(BOOTH_TAGS, { each: true })
  tags: BoothTag[];
  @ApiProperty({ example: 1, minimum: 0, maximum: 3 }) @IsInt() @Min(0) @Max(3) prime: number;
  // Optional: documents exported before booths had zones have none.
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_BOOTH_ZONE_LENGTH, example: '入口側' })
  @BoothZoneText()
  @IsOptional()
  @IsString()
  @Satisfies(boothZoneRule)
  zone?: string | null;
}

export class DocumentAssignmentDto implements FairDocumentAssignment {
  @ApiProperty({ example: 'A1', maxLength: 10 }) @BoothCodeText() @IsString() @MaxLength(10) booth: string;
  @ApiProperty({ example: '2023-02-17' }) @IsString() @Matches(DATE, { message: 'from must be a date as YYYY-MM-DD' }) from: string;
  @ApiProperty({ example: '2023-02-21' }) @IsString() @Matches(DATE, { message: 'to must be a date as YYYY-MM-DD' }) to: string;
  @ApiProperty() @IsBoolean() pinned: boolean;
  @ApiProperty() @IsBoolean() overridden: boolean;
  @ApiProperty({ type: String, nullable: true, maxLength: 320 }) @nullable() @Satisfies(emailAddressRule) @MaxLength(320) createdBy: string | null;
}

export class DocumentEventDto implements FairDocumentEvent {
  @ApiProperty({ example: '2023-01-20T01:00:00.000Z' }) @IsISO8601({ strict: true }) at: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 320 }) @nullable() @Satisfies(emailAddressRule) @MaxLength(320) actor: string | null;
  @ApiProperty({ example: 'submitted', maxLength: 50 })
  @IsString()
  @Matches(/^[A-Za-z.]{1,50}$/, { message: 'action must be a word like submitted' })
  action: string;
  @ApiProperty({ enum: APPLICATION_STATUSES, nullable: true }) @nullable() @IsIn(APPLICATION_STATUSES) status: ApplicationStatus | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 2000 }) @optionalText(2000) message: string | null;
}

export class DocumentApplicationDto implements FairDocumentApplication {
  @ApiProperty({ type: MunicipalityKeyDto }) @one(() => MunicipalityKeyDto) municipality: MunicipalityKeyDto;
  @ApiProperty({ enum: APPLICATION_STATUSES }) @IsIn(APPLICATION_STATUSES) status: ApplicationStatus;

  // May be empty: closing a fair's days with the cascade keeps an application whose every day it took.
  @ApiProperty({ example: ['2023-02-17'] })
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(DATE, { each: true, message: 'each day must be a date as YYYY-MM-DD' })
  days: string[];

  @ApiProperty({ type: [ProductDto] }) @many(() => ProductDto, 30) @ArrayMinSize(1) products: ProductDto[];
  @ApiProperty({ type: NeedsDto }) @one(() => NeedsDto) needs: NeedsDto;
  @ApiProperty({ type: PermitDto }) @one(() => PermitDto) permit: PermitDto;
  @ApiProperty({ example: 2 }) @IsInt() @Min(1) @Max(100) staffCount: number;
  @ApiProperty({ type: [StaffDto] }) @many(() => StaffDto, 100) staff: StaffDto[];
  @ApiProperty({ type: String, nullable: true, maxLength: 200 }) @optionalText(200) vehicle: string | null;
  @ApiProperty({ type: String, nullable: true, example: '08:30' })
  @TypedText()
  @nullable()
  @IsString()
  @Matches(TIME, { message: 'loadInTime must be HH:MM' })
  loadInTime: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 2000 }) @optionalText(2000) note: string | null;
  // Optional: documents exported before PR texts existed have none.
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_PR_TEXT_LENGTH }) @IsOptional() @optionalText(MAX_PR_TEXT_LENGTH) prText?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_PR_TEXT_LENGTH }) @IsOptional() @optionalText(MAX_PR_TEXT_LENGTH) prTextEn?:
    string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 200 }) @optionalText(200) tieLabel: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 2000 }) @optionalText(2000) decisionMessage: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 320 }) @nullable() @Satisfies(emailAddressRule) @MaxLength(320) submittedBy: string | null;
  @ApiProperty({ example: '2023-01-20T01:00:00.000Z' }) @IsISO8601({ strict: true }) submittedAt: string;
  @ApiProperty({ type: [DocumentAssignmentDto] }) @many(() => DocumentAssignmentDto, 60) assignments: DocumentAssignmentDto[];
  @ApiProperty({ type: [DocumentEventDto] }) @many(() => DocumentEventDto, 500) history: DocumentEventDto[];
}

export class DocumentLocationDto {
  @ApiProperty({ enum: ['venue', 'stage', 'booth'] }) @IsIn(['venue', 'stage', 'booth']) kind: 'venue' | 'stage' | 'booth';
  // Required for its kind; for another kind it may be left out.
  @ApiPropertyOptional({ maxLength: 100, description: 'the stage’s name, for kind stage' })
  @ValidateIf((o, v) => o.kind === 'stage' || v !== undefined)
  @IsString()
  @MaxLength(100)
  stage?: string;

  @ApiPropertyOptional({ maxLength: 10, description: 'the booth’s code, for kind booth' })
  @ValidateIf((o, v) => o.kind === 'booth' || v !== undefined)
  @IsString()
  @MaxLength(10)
  booth?: string;
}

export class DocumentAppearanceDto {
  @ApiProperty({ example: '2023-02-19T02:00:00.000Z' }) @IsISO8601({ strict: true }) startsAt: string;
  @ApiProperty({ example: '2023-02-19T02:30:00.000Z' }) @IsISO8601({ strict: true }) endsAt: string;
  @ApiProperty() @IsBoolean() approximate: boolean;
  @ApiProperty({ type: DocumentLocationDto }) @one(() => DocumentLocationDto) location: DocumentLocationDto;
  @ApiProperty({ enum: APPEARANCE_STATUSES }) @IsIn(APPEARANCE_STATUSES) status: AppearanceStatus;
  @ApiProperty({ type: String, nullable: true, maxLength: 500 }) @optionalText(500) publicNote: string | null;
}

export class DocumentGuestDto {
  @ApiProperty({ example: 'ハタチの龍馬', maxLength: 100 }) @text(100) name: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 100 }) @optionalText(100) nameEn: string | null;
  @ApiProperty({ enum: GUEST_KINDS }) @IsIn(GUEST_KINDS) kind: GuestKind;
  @ApiProperty({ type: MunicipalityKeyDto, nullable: true }) @nullable() @one(() => MunicipalityKeyDto) ownerMunicipality: MunicipalityKeyDto | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 1000 }) @optionalText(1000) profile: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 1000 }) @optionalText(1000) profileEn: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 500 }) @optionalText(500) contact: string | null;
  @ApiProperty({ example: 60, minimum: 0, maximum: 1440 }) @IsInt() @Min(0) @Max(1440) travelBufferMinutes: number;
  @ApiProperty({ type: [DocumentAppearanceDto] }) @many(() => DocumentAppearanceDto, 500) appearances: DocumentAppearanceDto[];
}

export class DocumentFairDto implements Omit<FairDocumentFair, 'guests'> {
  @ApiProperty({ example: 'koryu-toshi-2023', maxLength: 80 })
  @IsString()
  @Satisfies(slugRule)
  @MaxLength(MAX_SLUG_LENGTH)
  slug: string;
  @ApiProperty({ example: '交流都市地方物産展', maxLength: 200 }) @text(200) title: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 200 }) @optionalText(200) titleEn: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 5000 }) @optionalText(5000) description: string | null;
  // Documents exported before visibility was its own state say 'published': that fair had closed its applications.
  @ApiProperty({ enum: FAIR_STATUSES }) @Transform(({ value }) => (value === 'published' ? 'closed' : value)) @IsIn(FAIR_STATUSES) status: FairStatus;
  @ApiProperty({ type: String, nullable: true, maxLength: 200 }) @optionalText(200) programme: string | null;
  @ApiProperty() @IsBoolean() samplePlan: boolean;
  @ApiProperty({ type: String, nullable: true, example: '2023-01-10T00:00:00.000Z' }) @nullable() @IsISO8601({ strict: true }) applicationsOpenAt:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-01-31T08:00:00.000Z' }) @nullable() @IsISO8601({ strict: true }) applicationsCloseAt:
    string | null;
  @ApiProperty({ type: DocumentVenueDto }) @one(() => DocumentVenueDto) venue: DocumentVenueDto;
  @ApiProperty({ type: DocumentRoomDto }) @one(() => DocumentRoomDto) room: DocumentRoomDto;
  @ApiProperty({ type: [FairDayDto] }) @many(() => FairDayDto, 60) @ArrayMinSize(1) days: FairDayDto[];
  @ApiProperty({ type: [DocumentStageDto] }) @many(() => DocumentStageDto, 50) stages: DocumentStageDto[];
  @ApiProperty({ type: [DocumentBoothDto] }) @many(() => DocumentBoothDto, 500) booths: DocumentBoothDto[];
  @ApiProperty({ type: [DocumentApplicationDto] }) @many(() => DocumentApplicationDto, 500) applications: DocumentApplicationDto[];
  @ApiProperty({ type: [DocumentGuestDto] }) @many(() => DocumentGuestDto, 200) guests: DocumentGuestDto[];
}

/**
 * POST /api/fairs/import. Only format and version are checked first: the rest is validated when this
 * install reads that format and version, so a document of a later version is told so (422) instead
 * of being refused field by field.
 */
export class FairDocumentDto {
  @ApiProperty({ example: FAIR_DOCUMENT_FORMAT, maxLength: 100 }) @IsString() @MaxLength(100) format: string;
  @ApiProperty({ example: FAIR_DOCUMENT_VERSION }) @IsInt() version: number;
  @ApiProperty({ example: '2026-11-25T09:00:00.000Z' }) @IsISO8601({ strict: true }) exportedAt: string;

  @ApiProperty({ type: DocumentFairDto })
  @ValidateIf((o: FairDocumentDto) => o.format === FAIR_DOCUMENT_FORMAT && o.version === FAIR_DOCUMENT_VERSION)
  @one(() => DocumentFairDto)
  fair: DocumentFairDto;
}

export class FairImportQueryDto implements FairImportQuery {
  @ApiPropertyOptional({ example: 'koryu-toshi-2024', description: 'the new fair’s address /f/<slug>, when not the document’s own' })
  @IsOptional()
  @IsString()
  @Satisfies(slugRule)
  @MaxLength(MAX_SLUG_LENGTH)
  slug?: string;
}
