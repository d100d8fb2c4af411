import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Fair, type FairSummary, type Venue } from '@bussanten/contracts';
import { Access, asOrganizer, CurrentActor, type Actor } from '../accounts/access';
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
  list(@CurrentActor() actor: Actor): Promise<FairSummary[]> {
    return this.fairs.list(asOrganizer(actor));
  }

  @Get('fairs/:id')
  get(@CurrentActor() actor: Actor, @Param('id', FairId) id: string): Promise<Fair> {
    return this.fairs.get(asOrganizer(actor), id);
  }

  @Post('fairs')
  create(@CurrentActor() actor: Actor, @Body() body: CreateFairDto): Promise<Fair> {
    return this.fairs.create(asOrganizer(actor), body);
  }

  @Put('fairs/:id')
  update(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Body() body: CreateFairDto): Promise<Fair> {
    return this.fairs.update(asOrganizer(actor), id, body);
  }

  @Post('fairs/:id/status')
  @HttpCode(200)
  changeStatus(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Body() body: FairStatusDto): Promise<Fair> {
    return this.fairs.changeStatus(asOrganizer(actor), id, body.status);
  }

  @Delete('fairs/:id')
  @HttpCode(204)
  delete(@CurrentActor() actor: Actor, @Param('id', FairId) id: string): Promise<void> {
    return this.fairs.delete(asOrganizer(actor), id);
  }

  @Post('venues')
  createVenue(@CurrentActor() actor: Actor, @Body() body: VenueDto): Promise<Venue> {
    return this.fairs.createVenue(asOrganizer(actor), body);
  }

  @Put('venues/:id')
  updateVenue(@CurrentActor() actor: Actor, @Param('id', VenueId) id: string, @Body() body: VenueDto): Promise<Venue> {
    return this.fairs.updateVenue(asOrganizer(actor), id, body);
  }

  @Get('venues')
  venues(@CurrentActor() actor: Actor): Promise<Venue[]> {
    return this.fairs.venues(asOrganizer(actor));
  }
}
