import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { NOTICE_KINDS, type NoticeInput, type NoticeKind } from '@bussanten/contracts';

/**
 * POST /api/fairs/:id/notices. Every field is checked by noticeProblems (libs/domain), against the
 * fair's days, so that one answer names each bad field; the decorators only let the fields through.
 */
export class NoticeDto implements NoticeInput {
  @ApiPropertyOptional({ type: String, enum: NOTICE_KINDS, default: 'notice' })
  @Allow()
  kind?: NoticeKind;

  @ApiProperty({ type: String, example: '本日は17時で閉場します', maxLength: 500 })
  @Allow()
  text: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @Allow()
  textEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: 'A day of the fair; absent: the whole fair' })
  @Allow()
  day?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '16:00', description: 'Only for closingEarly' })
  @Allow()
  closesAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time', description: 'Absent: ends with its day, or stays until removed' })
  @Allow()
  endsAt?: string | null;
}
