import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OutboxPage } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { OutboxQueryDto } from './dto/outbox-query.dto';
import { OutboxService } from './outbox.service';

@ApiTags('mail')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  /** The host's own outgoing mail, newest first; where organizers read messages while no SMTP server is set up. */
  @Get()
  @Access('organizer')
  list(@Organizer() organizer: OrganizerActor, @Query() query: OutboxQueryDto): Promise<OutboxPage> {
    return this.outbox.list(organizer.user.hostId, query);
  }
}
