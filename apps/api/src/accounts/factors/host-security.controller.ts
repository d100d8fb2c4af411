import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HostSecurity } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../access';
import { UpdateHostSecurityDto } from './factors.dto';
import { HostSecurityService } from './host-security.service';
import { ApiErrors, ApiSuccess } from '../../common/openapi/decorators';

/** The organizer's host's sign-in rule (a second factor for its organizers). */
@ApiTags('people')
@Controller('host/security')
@Access('organizer')
export class HostSecurityController {
  constructor(private readonly security: HostSecurityService) {}

  @ApiOperation({ summary: "The host's sign-in rule" })
  @ApiSuccess('HostSecurity')
  @Get()
  get(@Organizer() organizer: OrganizerActor): Promise<HostSecurity> {
    return this.security.get(organizer);
  }

  @ApiOperation({ summary: "Change the host's sign-in rule (a second factor for its organizers)" })
  @ApiSuccess('HostSecurity')
  @ApiErrors(409)
  @Put()
  update(@Organizer() organizer: OrganizerActor, @Body() body: UpdateHostSecurityDto): Promise<HostSecurity> {
    return this.security.update(organizer, body.requireSecondFactor);
  }
}
