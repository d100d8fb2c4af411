import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type PlacementNoticePreview, type PlacementNoticeResult } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { PlacementNoticesService } from './placement-notices.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);

/** 「配置を通知」: what it would tell, and telling it. */
@ApiTags('booths')
@Controller()
@Access('organizer')
export class PlacementNoticesController {
  constructor(private readonly notices: PlacementNoticesService) {}

  @ApiOperation({ summary: 'What 配置を通知 would tell each exhibitor now (changes since the last notice)' })
  @ApiSuccess('PlacementNoticePreview')
  @ApiErrors(404)
  @Get('fairs/:id/placement-notice')
  preview(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<PlacementNoticePreview> {
    return this.notices.preview(organizer, id);
  }

  @ApiOperation({ summary: '配置を通知: mail each exhibitor whose booths or days changed since the last notice' })
  @ApiSuccess('PlacementNoticeResult')
  @ApiErrors(404, 409)
  @Post('fairs/:id/placement-notice')
  @HttpCode(200)
  send(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<PlacementNoticeResult> {
    return this.notices.send(organizer, id);
  }
}
