import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Fair, type FairSummary, type Venue } from '@bussanten/contracts';
import { Access, asOrganizer, CurrentActor, type Actor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateFairDto } from './dto/fair.dto';
import { FairsService } from './fairs.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);

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

  @Get('venues')
  venues(@CurrentActor() actor: Actor): Promise<Venue[]> {
    return this.fairs.venues(asOrganizer(actor));
  }
}
