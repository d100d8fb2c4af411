import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  FAIR_STATUSES,
  type FairDayCascade,
  type FairDayInput,
  type FairInput,
  type FairStatus,
  type FairStatusChange,
  type RoomInput,
  type VenueInput,
} from '@bussanten/contracts';
import { MAX_SLUG_LENGTH, ROOM_METRES_RULES, slugRule, notBlankRule, PREFECTURES, postalCodeRule } from '@bussanten/domain';
import { Satisfies } from '../../common/satisfies';
import { TypedText } from '../../common/typed-input';

export class FairDayDto implements FairDayInput {
  @ApiProperty({ example: '2023-02-17' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a date as YYYY-MM-DD' })
  date: string;

  @ApiProperty({ type: String, example: '10:00', nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  opens: string | null;

  @ApiProperty({ type: String, example: '20:00', nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  closes: string | null;
}

export class FairDayCascadeDto implements FairDayCascade {
  @ApiPropertyOptional({ description: 'drop closed or removed days from the applications attending them, splitting their booth holdings around those days' })
  @IsOptional()
  @IsBoolean()
  dropApplicationDays?: boolean;

  @ApiPropertyOptional({ description: 'cancel the guest visits on closed or removed days or outside the new hours' })
  @IsOptional()
  @IsBoolean()
  cancelVisits?: boolean;
}

export class CreateFairDto implements FairInput {
  @ApiProperty({ example: '交流都市地方物産展' })
  @IsString()
  @Satisfies(notBlankRule)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  titleEn?: string | null;

  @ApiProperty({ example: 'bussanten-2023', description: 'lower-case letters, digits and hyphens; the public address /f/<slug>' })
  @IsString()
  @Satisfies(slugRule)
  @MaxLength(MAX_SLUG_LENGTH)
  slug: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  roomId: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ type: [FairDayDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  // Without it an item that is itself an array ([[]]) passes ValidateNested unchecked.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => FairDayDto)
  days: FairDayDto[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '2023-01-10T09:00:00+09:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  applicationsOpenAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2023-01-31T17:00:00+09:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  applicationsCloseAt?: string | null;

  @ApiPropertyOptional({
    type: FairDayCascadeDto,
    description: 'PUT only: what happens to the applications and visits a day change strands; absent, such a change is refused with 409 FAIR_DAY_IN_USE',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FairDayCascadeDto)
  cascade?: FairDayCascadeDto;
}

export class FairStatusDto implements FairStatusChange {
  @ApiProperty({ enum: FAIR_STATUSES })
  @IsIn(FAIR_STATUSES)
  status: FairStatus;
}

export class RoomDto implements RoomInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'an existing room of this venue; absent for a new room' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: '地下1階催事場' })
  @IsString()
  @Satisfies(notBlankRule)
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 30, description: 'metres' })
  @Satisfies(...ROOM_METRES_RULES)
  widthM: number;

  @ApiProperty({ example: 20, description: 'metres' })
  @Satisfies(...ROOM_METRES_RULES)
  depthM: number;
}

export class VenueDto implements VenueInput {
  @ApiProperty({ example: 'イオンスタイル品川シーサイド' })
  @IsString()
  @Satisfies(notBlankRule)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '140-0002', description: '郵便番号; full-width digits and no hyphen are read too' })
  @TypedText()
  @IsOptional()
  @IsString()
  @Satisfies(postalCodeRule)
  postalCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '東京都', description: 'one of the 47 prefectures' })
  @IsOptional()
  @IsIn(PREFECTURES.map((p) => p.name), { message: 'prefecture must be one of the 47 prefectures' })
  prefecture?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '品川区' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  city?: string | null;

  @ApiProperty({ example: '東品川4-12-5', description: 'the rest of the address, or the whole of it when the parts above are empty' })
  @IsString()
  @Satisfies(notBlankRule)
  @MaxLength(300)
  address: string;

  @ApiProperty({ type: [RoomDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  // Without it an item that is itself an array ([[]]) passes ValidateNested unchecked.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RoomDto)
  rooms: RoomDto[];
}
