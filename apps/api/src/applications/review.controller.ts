import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Application, type ApplicationEvent, type ApplicationSummary } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApplicationFilterDto, BulkDecisionDto, DecisionDto, TieLabelDto } from './dto/application.dto';
import { ReviewService } from './review.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const ApplicationId = new ParseIdPipe(ErrorCode.ApplicationNotFound);

/** The organizers' review of the applications to their host's fairs. */
@ApiTags('applications')
@Controller()
@Access('organizer')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @ApiOperation({ summary: "A fair's applications, filtered" })
  @ApiSuccess('ApplicationSummary', { array: true })
  @ApiErrors(400, 404)
  @Get('fairs/:id/applications')
  list(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Query() filter: ApplicationFilterDto): Promise<ApplicationSummary[]> {
    return this.review.list(organizer, id, filter);
  }

  @ApiOperation({ summary: 'Decide several applications at once' })
  @ApiSuccess('ApplicationSummary', { array: true })
  @ApiErrors(404, 409)
  @Post('fairs/:id/applications/decisions')
  @HttpCode(200)
  decideMany(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: BulkDecisionDto): Promise<ApplicationSummary[]> {
    return this.review.decideMany(organizer, id, body.applicationIds, body.status, body.message);
  }

  @ApiOperation({ summary: "An application to one of the host's fairs" })
  @ApiSuccess('Application')
  @ApiErrors(404)
  @Get('applications/:id')
  get(@Organizer() organizer: OrganizerActor, @Param('id', ApplicationId) id: string): Promise<Application> {
    return this.review.get(organizer, id);
  }

  @ApiOperation({ summary: "An application's history" })
  @ApiSuccess('ApplicationEvent', { array: true })
  @ApiErrors(404)
  @Get('applications/:id/history')
  history(@Organizer() organizer: OrganizerActor, @Param('id', ApplicationId) id: string): Promise<ApplicationEvent[]> {
    return this.review.history(organizer, id);
  }

  @ApiOperation({ summary: 'Accept, wait-list or reject an application' })
  @ApiSuccess('Application')
  @ApiErrors(404, 409)
  @Post('applications/:id/decision')
  @HttpCode(200)
  decide(@Organizer() organizer: OrganizerActor, @Param('id', ApplicationId) id: string, @Body() body: DecisionDto): Promise<Application> {
    return this.review.decide(organizer, id, body.status, body.message);
  }

  @ApiOperation({ summary: 'Set the tie label the public page shows for an application' })
  @ApiSuccess('Application')
  @ApiErrors(404)
  @Put('applications/:id/tie')
  tie(@Organizer() organizer: OrganizerActor, @Param('id', ApplicationId) id: string, @Body() body: TieLabelDto): Promise<Application> {
    return this.review.setTieLabel(organizer, id, body.tieLabel);
  }
}
