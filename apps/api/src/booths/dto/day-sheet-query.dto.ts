import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/**
 * GET /api/fairs/:id/day-sheet's query. `day` is checked by the service once the fair is known to be
 * the caller's (another host's fair answers 404 whatever the query), then named in the 400.
 */
export class DaySheetQueryDto {
  @ApiProperty({ type: String, format: 'date', example: '2023-02-17', description: 'a day of the fair, YYYY-MM-DD (Japan)' })
  @Allow()
  day?: unknown;
}
