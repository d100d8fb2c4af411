import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import type { FairDayInput, FairInput } from '@bussanten/contracts';

export class FairDayDto implements FairDayInput {
  @ApiProperty({ example: '2023-02-17' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a date as YYYY-MM-DD' })
  date: string;

  @ApiProperty({ example: '10:00', nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  opens: string | null;

  @ApiProperty({ example: '20:00', nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  closes: string | null;
}

export class CreateFairDto implements FairInput {
  @ApiProperty({ example: '交流都市地方物産展' })
  @IsString()
  @Matches(/\S/, { message: 'title must not be blank' })
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  titleEn?: string | null;

  @ApiProperty({ example: 'bussanten-2023', description: 'lower-case letters, digits and hyphens; the public address /f/<slug>' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters, digits and single hyphens' })
  @MaxLength(80)
  slug: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  roomId: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ type: [FairDayDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => FairDayDto)
  days: FairDayDto[];

  @ApiPropertyOptional({ nullable: true, example: '2023-01-10T09:00:00+09:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  applicationsOpenAt?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2023-01-31T17:00:00+09:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  applicationsCloseAt?: string | null;
}
