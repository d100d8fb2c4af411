import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HomeSummary } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ApiSuccess } from '../common/openapi/decorators';
import { HomeService } from './home.service';

/** The organizers' start page, in one request. */
@ApiTags('home')
@Controller('home')
@Access('organizer')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @ApiOperation({ summary: "What waits to be done: per fair of the host (not archived), and the host's failed mails and webhook deliveries" })
  @ApiSuccess('HomeSummary')
  @Get()
  summary(@Organizer() organizer: OrganizerActor): Promise<HomeSummary> {
    return this.home.summary(organizer);
  }
}
