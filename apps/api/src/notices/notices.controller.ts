import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type FairNotice, type FairNotices, type NoticeFair } from '@bussanten/contracts';
import { Access, DayCrew, type DayCrewActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';
import { NoticeDto } from './dto/notice.dto';
import { NoticesService } from './notices.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const NoticeId = new ParseIdPipe(ErrorCode.NotFound);

/** Live notices: posted and removed on the day by an organizer or on-site staff (staff limited to its fairs). */
@ApiTags('notices')
@Controller()
@Access('organizer', 'staff')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @ApiOperation({ summary: 'The fairs the caller may post notices for (on-site staff: its own fairs only)' })
  @ApiSuccess('NoticeFair', { array: true })
  @Get('notices/fairs')
  fairs(@DayCrew() actor: DayCrewActor): Promise<NoticeFair[]> {
    return this.notices.fairs(actor);
  }

  @ApiOperation({ summary: "A fair's live notices, newest first, with whether each is shown now" })
  @ApiSuccess('FairNotices')
  @ApiErrors(404)
  @Get('fairs/:id/notices')
  list(@DayCrew() actor: DayCrewActor, @Param('id', FairId) id: string): Promise<FairNotices> {
    return this.notices.list(actor, id);
  }

  @ApiOperation({ summary: 'Post a live notice (notice, closingEarly, closedDay): shown on the public page and feeds at once, without a release' })
  @ApiSuccess('FairNotice')
  @ApiErrors(400, 404)
  @Post('fairs/:id/notices')
  post(@DayCrew() actor: DayCrewActor, @Param('id', FairId) id: string, @Body() body: NoticeDto): Promise<FairNotice> {
    return this.notices.post(actor, id, body);
  }

  @ApiOperation({ summary: 'Remove a live notice' })
  @ApiErrors(404)
  @Delete('fairs/:id/notices/:noticeId')
  @HttpCode(204)
  remove(@DayCrew() actor: DayCrewActor, @Param('id', FairId) id: string, @Param('noticeId', NoticeId) noticeId: string): Promise<void> {
    return this.notices.remove(actor, id, noticeId);
  }
}
