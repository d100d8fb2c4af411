import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import type { PublishInput } from '@bussanten/contracts';

export class PublishDto implements PublishInput {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'ハタチの龍馬の2回目を14:45からに変更' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @MaxLength(1000)
  note: string | null;
}
