import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type ReleaseChange, type ReleaseSummary } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { PublishDto } from './dto/publish.dto';
import { ReleasesService } from './releases.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);

/** Publishing a fair's schedule and its release history (organizers). */
@ApiTags('publishing')
@Controller('fairs/:id/releases')
@Access('organizer')
export class ReleasesController {
  constructor(private readonly releases: ReleasesService) {}

  @ApiOperation({ summary: "A fair's releases, newest first" })
  @ApiSuccess('ReleaseSummary', { array: true })
  @ApiErrors(404)
  @Get()
  history(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<ReleaseSummary[]> {
    return this.releases.history(organizer, id);
  }

  @ApiOperation({ summary: 'What publishing now would change' })
  @ApiSuccess('ReleaseChange', { array: true })
  @ApiErrors(404)
  @Get('preview')
  preview(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<ReleaseChange[]> {
    return this.releases.preview(organizer, id);
  }

  @ApiOperation({ summary: "Publish the fair's schedule as a new release" })
  @ApiSuccess('ReleaseSummary')
  @ApiErrors(404, 409)
  @Post()
  publish(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: PublishDto): Promise<ReleaseSummary> {
    return this.releases.publish(organizer, id, body.note ?? null);
  }
}
