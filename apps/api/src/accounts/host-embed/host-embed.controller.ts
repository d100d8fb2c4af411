import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HostEmbedOrigins } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../access';
import { ApiSuccess } from '../../common/openapi/decorators';
import { HostEmbedOriginsDto } from './host-embed.dto';
import { HostEmbedService } from './host-embed.service';

/** The sites that may show the organizer's host's fair widget (/embed/f/:slug) in an <iframe>. */
@ApiTags('people')
@Controller('host/embed-origins')
@Access('organizer')
export class HostEmbedController {
  constructor(private readonly embed: HostEmbedService) {}

  @ApiOperation({ summary: "The sites that may show the host's fair widget in an iframe" })
  @ApiSuccess('HostEmbedOrigins')
  @Get()
  get(@Organizer() organizer: OrganizerActor): Promise<HostEmbedOrigins> {
    return this.embed.get(organizer);
  }

  @ApiOperation({ summary: "Change the sites that may show the host's fair widget in an iframe (origins, at most 20)" })
  @ApiSuccess('HostEmbedOrigins')
  @Put()
  update(@Organizer() organizer: OrganizerActor, @Body() body: HostEmbedOriginsDto): Promise<HostEmbedOrigins> {
    return this.embed.update(organizer, body.origins);
  }
}
