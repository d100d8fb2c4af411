import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Application, type ApplicationEvent, type ApplicationSummary } from '@bussanten/contracts';
import { Access, asOrganizer, CurrentActor, type Actor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApplicationFilterDto, BulkDecisionDto, DecisionDto, TieLabelDto } from './dto/application.dto';
import { ReviewService } from './review.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const ApplicationId = new ParseIdPipe(ErrorCode.ApplicationNotFound);

/** The organizers' review of the applications to their host's fairs. */
@ApiTags('applications')
@Controller()
@Access('organizer')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Get('fairs/:id/applications')
  list(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Query() filter: ApplicationFilterDto): Promise<ApplicationSummary[]> {
    return this.review.list(asOrganizer(actor), id, filter);
  }

  @Post('fairs/:id/applications/decisions')
  @HttpCode(200)
  decideMany(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Body() body: BulkDecisionDto): Promise<ApplicationSummary[]> {
    return this.review.decideMany(asOrganizer(actor), id, body.applicationIds, body.status, body.message);
  }

  @Get('applications/:id')
  get(@CurrentActor() actor: Actor, @Param('id', ApplicationId) id: string): Promise<Application> {
    return this.review.get(asOrganizer(actor), id);
  }

  @Get('applications/:id/history')
  history(@CurrentActor() actor: Actor, @Param('id', ApplicationId) id: string): Promise<ApplicationEvent[]> {
    return this.review.history(asOrganizer(actor), id);
  }

  @Post('applications/:id/decision')
  @HttpCode(200)
  decide(@CurrentActor() actor: Actor, @Param('id', ApplicationId) id: string, @Body() body: DecisionDto): Promise<Application> {
    return this.review.decide(asOrganizer(actor), id, body.status, body.message);
  }

  @Put('applications/:id/tie')
  tie(@CurrentActor() actor: Actor, @Param('id', ApplicationId) id: string, @Body() body: TieLabelDto): Promise<Application> {
    return this.review.setTieLabel(asOrganizer(actor), id, body.tieLabel);
  }
}
