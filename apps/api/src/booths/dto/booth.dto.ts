import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { BOOTH_TAGS, type AssignmentInput, type BoothInput, type BoothTag, type CopyPlanInput } from '@bussanten/contracts';
import { BOOTH_POSITION_RULES, BOOTH_POWER_RULES, BOOTH_SIDE_RULES, MAX_BOOTH_ZONE_LENGTH, boothCodeRule, boothZoneRule } from '@bussanten/domain';
import { Satisfies } from '../../common/satisfies';
import { BoothCodeText, BoothZoneText } from '../../common/typed-input';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class BoothDto implements BoothInput {
  @ApiProperty({ example: 'A1', description: 'stored upper-case with full-width letters and digits made ASCII (Ａ１, a1 → A1)' })
  @BoothCodeText()
  @IsString()
  @Satisfies(boothCodeRule)
  code: string;

  @ApiProperty({ example: 2, description: 'metres from the room’s left wall' })
  @Satisfies(...BOOTH_POSITION_RULES)
  x: number;

  @ApiProperty({ example: 2, description: 'metres from the room’s top wall' })
  @Satisfies(...BOOTH_POSITION_RULES)
  y: number;

  @ApiProperty({ example: 3 })
  @Satisfies(...BOOTH_SIDE_RULES)
  width: number;

  @ApiProperty({ example: 2 })
  @Satisfies(...BOOTH_SIDE_RULES)
  depth: number;

  @ApiProperty({ example: 1500 })
  @Satisfies(...BOOTH_POWER_RULES)
  powerWatts: number;

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

  @ApiPropertyOptional({ minimum: 0, maximum: 3, default: 0, description: 'how attractive the spot is: 0 quiet … 3 by the entrance' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3)
  prime?: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: MAX_BOOTH_ZONE_LENGTH,
    example: '入口側',
    description: 'the area of the room (区画): stored trimmed; blank, null or left out = none',
  })
  @BoothZoneText()
  @IsOptional()
  @IsString()
  @Satisfies(boothZoneRule)
  zone?: string | null;
}

export class CopyPlanDto implements CopyPlanInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  fromFairId: string;
}

export class AssignmentDto implements AssignmentInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  boothId: string;

  @ApiProperty({ example: '2023-02-17' })
  @IsString()
  @Matches(DATE, { message: 'from must be a date as YYYY-MM-DD' })
  @MaxLength(10)
  from: string;

  @ApiProperty({ example: '2023-02-19' })
  @IsString()
  @Matches(DATE, { message: 'to must be a date as YYYY-MM-DD' })
  @MaxLength(10)
  to: string;

  @ApiPropertyOptional({ description: 'place it although the booth lacks a needed facility (recorded in the audit log)' })
  @IsOptional()
  @IsBoolean()
  override?: boolean;
}
