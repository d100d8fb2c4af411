import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Fair } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { FairVisibilityDto } from './dto/visibility.dto';
import { VisibilityService } from './visibility.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);

/** 公開停止 / 公開再開 of a fair's public page and feeds (organizers). */
@ApiTags('publishing')
@Controller('fairs/:id/visibility')
@Access('organizer')
export class VisibilityController {
  constructor(private readonly visibility: VisibilityService) {}

  @ApiOperation({ summary: "Stop or resume a fair's publication" })
  @ApiSuccess('Fair')
  @ApiErrors(404, 409)
  @Put()
  set(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: FairVisibilityDto): Promise<Fair> {
    return this.visibility.set(organizer, id, body.public);
  }
}
