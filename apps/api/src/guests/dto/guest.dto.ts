import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
import { Satisfies } from '../../common/satisfies';
import { notBlankRule } from '@bussanten/domain';
import { APPEARANCE_STATUSES, GUEST_KINDS, type AppearanceStatus, type GuestInput, type GuestKind, type StageInput } from '@bussanten/contracts';
import { TypedText, TypedTextEach } from '../../common/typed-input';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const nullable = () => ValidateIf((_o, v) => v !== null);

export class GuestDto implements GuestInput {
  @ApiProperty({ example: "しながわ観光大使'見習い' ハタチの龍馬" })
  @IsString()
  @Satisfies(notBlankRule)
  @MaxLength(100)
  name: string;
  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(100) nameEn: string | null;
  @ApiProperty({ enum: GUEST_KINDS }) @IsIn(GUEST_KINDS) kind: GuestKind;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) @nullable() @IsUUID() ownerMunicipalityId: string | null;
  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(1000) profile: string | null;
  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(1000) profileEn: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'private' }) @nullable() @IsString() @MaxLength(500) contact: string | null;

  @ApiPropertyOptional({ description: 'minutes needed between appearances at different venues (default 60)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  travelBufferMinutes?: number;
}

export class StageDto implements StageInput {
  @ApiProperty({ example: 'ステージ' }) @IsString() @Satisfies(notBlankRule) @MaxLength(100) name: string;
  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(100) nameEn: string | null;
  @ApiProperty() @IsBoolean() shared: boolean;
}

export class LocationDto {
  @ApiProperty({ enum: ['booth', 'stage', 'venue'] }) @IsIn(['booth', 'stage', 'venue']) kind: 'booth' | 'stage' | 'venue';
  // Required for its kind; for another kind it may be left out, but if sent it must still be an id.
  @ApiPropertyOptional({ format: 'uuid' }) @ValidateIf((o, v) => o.kind === 'booth' || (v !== undefined && v !== null)) @IsUUID() boothId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @ValidateIf((o, v) => o.kind === 'stage' || (v !== undefined && v !== null)) @IsUUID() stageId?: string;
}

class AppearanceBaseDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() guestId: string;
  @ApiProperty({ example: '2023-02-19' }) @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a date as YYYY-MM-DD' }) date: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 30 }) @nullable() @IsInt() @Min(5) @Max(720) durationMinutes: number | null;
  @ApiProperty() @IsBoolean() approximate: boolean;
  @ApiProperty({ type: LocationDto }) @IsObject() @ValidateNested() @Type(() => LocationDto) location: LocationDto;
  @ApiProperty({ enum: APPEARANCE_STATUSES }) @IsIn(APPEARANCE_STATUSES) status: AppearanceStatus;
  @ApiProperty({ type: String, nullable: true }) @nullable() @IsString() @MaxLength(500) publicNote: string | null;
}

// Not `implements AppearanceInput`: the location union is checked by ValidateIf, and the controller narrows it.
export class AppearanceDto extends AppearanceBaseDto {
  @ApiProperty({ example: '13:30' }) @TypedText() @IsString() @Matches(TIME, { message: 'start must be HH:MM' }) start: string;
  @ApiProperty({ type: String, nullable: true, example: '14:00' }) @TypedText() @nullable() @IsString() @Matches(TIME, { message: 'end must be HH:MM' }) end:
    string | null;
}

export class RepeatAppearanceDto extends AppearanceBaseDto {
  @ApiProperty({ example: ['13:30', '14:30', '15:30'] })
  @TypedTextEach()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(48)
  @Matches(TIME, { each: true, message: 'each start must be HH:MM' })
  starts: string[];
}

export class CheckQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the appearance being moved, so it does not clash with itself' })
  @IsOptional()
  @IsUUID()
  appearanceId?: string;
}
