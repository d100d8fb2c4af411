import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Fair, type FairSummary, type Venue } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateFairDto, FairStatusDto, VenueDto } from './dto/fair.dto';
import { FairsService } from './fairs.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const VenueId = new ParseIdPipe(ErrorCode.VenueNotFound);

@ApiTags('fairs')
@Controller()
@Access('organizer')
export class FairsController {
  constructor(private readonly fairs: FairsService) {}

  @ApiOperation({ summary: "The host's fairs" })
  @ApiSuccess('FairSummary', { array: true })
  @Get('fairs')
  list(@Organizer() organizer: OrganizerActor): Promise<FairSummary[]> {
    return this.fairs.list(organizer);
  }

  @ApiOperation({ summary: 'A fair of the host' })
  @ApiSuccess('Fair')
  @ApiErrors(404)
  @Get('fairs/:id')
  get(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<Fair> {
    return this.fairs.get(organizer, id);
  }

  @ApiOperation({ summary: 'Create a fair' })
  @ApiSuccess('Fair')
  @ApiErrors(409)
  @Post('fairs')
  create(@Organizer() organizer: OrganizerActor, @Body() body: CreateFairDto): Promise<Fair> {
    return this.fairs.create(organizer, body);
  }

  @ApiOperation({ summary: 'Change a fair' })
  @ApiSuccess('Fair')
  @ApiErrors(404, 409)
  @Put('fairs/:id')
  update(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: CreateFairDto): Promise<Fair> {
    return this.fairs.update(organizer, id, body);
  }

  @ApiOperation({ summary: "Change a fair's status" })
  @ApiSuccess('Fair')
  @ApiErrors(404, 409)
  @Post('fairs/:id/status')
  @HttpCode(200)
  changeStatus(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: FairStatusDto): Promise<Fair> {
    return this.fairs.changeStatus(organizer, id, body.status);
  }

  @ApiOperation({ summary: 'Delete a fair that holds nothing yet' })
  @ApiErrors(404, 409)
  @Delete('fairs/:id')
  @HttpCode(204)
  delete(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<void> {
    return this.fairs.delete(organizer, id);
  }

  @ApiOperation({ summary: 'Add a venue with its rooms' })
  @ApiSuccess('Venue')
  @Post('venues')
  createVenue(@Organizer() organizer: OrganizerActor, @Body() body: VenueDto): Promise<Venue> {
    return this.fairs.createVenue(organizer, body);
  }

  @ApiOperation({ summary: 'Change a venue' })
  @ApiSuccess('Venue')
  @ApiErrors(404)
  @Put('venues/:id')
  updateVenue(@Organizer() organizer: OrganizerActor, @Param('id', VenueId) id: string, @Body() body: VenueDto): Promise<Venue> {
    return this.fairs.updateVenue(organizer, id, body);
  }

  @ApiOperation({ summary: "The host's venues" })
  @ApiSuccess('Venue', { array: true })
  @Get('venues')
  venues(@Organizer() organizer: OrganizerActor): Promise<Venue[]> {
    return this.fairs.venues(organizer);
  }
}
