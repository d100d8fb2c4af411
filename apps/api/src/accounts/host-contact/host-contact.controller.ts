import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HostContact } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../access';
import { ApiSuccess } from '../../common/openapi/decorators';
import { HostContactDto } from './host-contact.dto';
import { HostContactService } from './host-contact.service';

/** The organizer's host's contact for its exhibitors (shown on each representative's application). */
@ApiTags('people')
@Controller('host/contact')
@Access('organizer')
export class HostContactController {
  constructor(private readonly contact: HostContactService) {}

  @ApiOperation({ summary: "The host's contact for its exhibitors" })
  @ApiSuccess('HostContact')
  @Get()
  get(@Organizer() organizer: OrganizerActor): Promise<HostContact> {
    return this.contact.get(organizer);
  }

  @ApiOperation({ summary: "Change the host's contact for its exhibitors" })
  @ApiSuccess('HostContact')
  @Put()
  update(@Organizer() organizer: OrganizerActor, @Body() body: HostContactDto): Promise<HostContact> {
    return this.contact.update(organizer, body);
  }
}
