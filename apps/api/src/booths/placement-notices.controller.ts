import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type PlacementNoticePreview, type PlacementNoticeResult } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { PlacementNoticesService } from './placement-notices.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);

/** 「配置を通知」: what it would tell, and telling it. */
@ApiTags('booths')
@Controller()
@Access('organizer')
export class PlacementNoticesController {
  constructor(private readonly notices: PlacementNoticesService) {}

  @Get('fairs/:id/placement-notice')
  preview(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<PlacementNoticePreview> {
    return this.notices.preview(organizer, id);
  }

  @Post('fairs/:id/placement-notice')
  @HttpCode(200)
  send(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<PlacementNoticeResult> {
    return this.notices.send(organizer, id);
  }
}
