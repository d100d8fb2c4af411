import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HostSecurity } from '@bussanten/contracts';
import { Access, asOrganizer, CurrentActor, type Actor } from '../access';
import { UpdateHostSecurityDto } from './factors.dto';
import { HostSecurityService } from './host-security.service';

/** The organizer's host's sign-in rule (a second factor for its organizers). */
@ApiTags('people')
@Controller('host/security')
@Access('organizer')
export class HostSecurityController {
  constructor(private readonly security: HostSecurityService) {}

  @Get()
  get(@CurrentActor() actor: Actor): Promise<HostSecurity> {
    return this.security.get(asOrganizer(actor));
  }

  @Put()
  update(@CurrentActor() actor: Actor, @Body() body: UpdateHostSecurityDto): Promise<HostSecurity> {
    return this.security.update(asOrganizer(actor), body.requireSecondFactor);
  }
}
