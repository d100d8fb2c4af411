import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Fair, type FairSummary, type Venue } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateFairDto, FairStatusDto, VenueDto } from './dto/fair.dto';
import { FairsService } from './fairs.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const VenueId = new ParseIdPipe(ErrorCode.VenueNotFound);

@ApiTags('fairs')
@Controller()
@Access('organizer')
export class FairsController {
  constructor(private readonly fairs: FairsService) {}

  @Get('fairs')
  list(@Organizer() organizer: OrganizerActor): Promise<FairSummary[]> {
    return this.fairs.list(organizer);
  }

  @Get('fairs/:id')
  get(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<Fair> {
    return this.fairs.get(organizer, id);
  }

  @Post('fairs')
  create(@Organizer() organizer: OrganizerActor, @Body() body: CreateFairDto): Promise<Fair> {
    return this.fairs.create(organizer, body);
  }

  @Put('fairs/:id')
  update(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: CreateFairDto): Promise<Fair> {
    return this.fairs.update(organizer, id, body);
  }

  @Post('fairs/:id/status')
  @HttpCode(200)
  changeStatus(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: FairStatusDto): Promise<Fair> {
    return this.fairs.changeStatus(organizer, id, body.status);
  }

  @Delete('fairs/:id')
  @HttpCode(204)
  delete(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<void> {
    return this.fairs.delete(organizer, id);
  }

  @Post('venues')
  createVenue(@Organizer() organizer: OrganizerActor, @Body() body: VenueDto): Promise<Venue> {
    return this.fairs.createVenue(organizer, body);
  }

  @Put('venues/:id')
  updateVenue(@Organizer() organizer: OrganizerActor, @Param('id', VenueId) id: string, @Body() body: VenueDto): Promise<Venue> {
    return this.fairs.updateVenue(organizer, id, body);
  }

  @Get('venues')
  venues(@Organizer() organizer: OrganizerActor): Promise<Venue[]> {
    return this.fairs.venues(organizer);
  }
}
