import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HostSecurity } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../access';
import { UpdateHostSecurityDto } from './factors.dto';
import { HostSecurityService } from './host-security.service';

/** The organizer's host's sign-in rule (a second factor for its organizers). */
@ApiTags('people')
@Controller('host/security')
@Access('organizer')
export class HostSecurityController {
  constructor(private readonly security: HostSecurityService) {}

  @Get()
  get(@Organizer() organizer: OrganizerActor): Promise<HostSecurity> {
    return this.security.get(organizer);
  }

  @Put()
  update(@Organizer() organizer: OrganizerActor, @Body() body: UpdateHostSecurityDto): Promise<HostSecurity> {
    return this.security.update(organizer, body.requireSecondFactor);
  }
}
