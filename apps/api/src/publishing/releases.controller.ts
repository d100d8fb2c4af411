import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type ReleaseChange, type ReleaseSummary } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { PublishDto } from './dto/publish.dto';
import { ReleasesService } from './releases.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);

/** Publishing a fair's schedule and its release history (organizers). */
@ApiTags('publishing')
@Controller('fairs/:id/releases')
@Access('organizer')
export class ReleasesController {
  constructor(private readonly releases: ReleasesService) {}

  @Get()
  history(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<ReleaseSummary[]> {
    return this.releases.history(organizer, id);
  }

  @Get('preview')
  preview(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<ReleaseChange[]> {
    return this.releases.preview(organizer, id);
  }

  @Post()
  publish(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: PublishDto): Promise<ReleaseSummary> {
    return this.releases.publish(organizer, id, body.note ?? null);
  }
}
