import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OutboxPage } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { OutboxQueryDto } from './dto/outbox-query.dto';
import { OutboxService } from './outbox.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

@ApiTags('mail')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  /** The host's own outgoing mail, newest first; where organizers read messages while no SMTP server is set up. */
  @ApiOperation({ summary: "The host's outgoing mail, newest first" })
  @ApiSuccess('OutboxPage')
  @ApiErrors(400)
  @Get()
  @Access('organizer')
  list(@Organizer() organizer: OrganizerActor, @Query() query: OutboxQueryDto): Promise<OutboxPage> {
    return this.outbox.list(organizer.user.hostId, query);
  }
}
