import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type DaySheet } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';
import { DaySheetService } from './day-sheet.service';
import { DaySheetQueryDto } from './dto/day-sheet-query.dto';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);

/** The 当日シート: one day of a fair, booth by booth, for the people on the floor. */
@ApiTags('booths')
@Controller()
@Access('organizer')
export class DaySheetController {
  constructor(private readonly sheets: DaySheetService) {}

  @ApiOperation({ summary: "One day of a fair for the day sheet: hours, booths and their exhibitors with on-site staff (private), guests' visits" })
  @ApiSuccess('DaySheet')
  @ApiErrors(400, 404)
  @Get('fairs/:id/day-sheet')
  get(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Query() query: DaySheetQueryDto): Promise<DaySheet> {
    return this.sheets.get(organizer, id, query.day);
  }
}
