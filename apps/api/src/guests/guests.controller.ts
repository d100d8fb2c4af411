import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  type Appearance,
  type AppearanceCheck,
  type AppearanceInput,
  type Guest,
  type RepeatAppearanceInput,
  type Stage,
} from '@bussanten/contracts';
import { Access, asOrganizer, CurrentActor, type Actor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AppearancesService } from './appearances.service';
import { AppearanceDto, CheckQueryDto, GuestDto, RepeatAppearanceDto, StageDto } from './dto/guest.dto';
import { GuestsService } from './guests.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const GuestId = new ParseIdPipe(ErrorCode.GuestNotFound);
const StageId = new ParseIdPipe(ErrorCode.StageNotFound);
const AppearanceId = new ParseIdPipe(ErrorCode.AppearanceNotFound);

// The DTOs validate the location union field by field (ValidateIf); here it is the contract's type.
const asInput = (body: AppearanceDto) => body as unknown as AppearanceInput;

@ApiTags('guests')
@Controller()
@Access('organizer')
export class GuestsController {
  constructor(
    private readonly guests: GuestsService,
    private readonly appearances: AppearancesService,
  ) {}

  @Get('guests')
  list(@CurrentActor() actor: Actor): Promise<Guest[]> {
    return this.guests.list(asOrganizer(actor));
  }

  @Post('guests')
  create(@CurrentActor() actor: Actor, @Body() body: GuestDto): Promise<Guest> {
    return this.guests.create(asOrganizer(actor), body);
  }

  @Get('guests/:id')
  get(@CurrentActor() actor: Actor, @Param('id', GuestId) id: string): Promise<Guest> {
    return this.guests.get(asOrganizer(actor), id);
  }

  @Put('guests/:id')
  update(@CurrentActor() actor: Actor, @Param('id', GuestId) id: string, @Body() body: GuestDto): Promise<Guest> {
    return this.guests.update(asOrganizer(actor), id, body);
  }

  @Delete('guests/:id')
  @HttpCode(204)
  delete(@CurrentActor() actor: Actor, @Param('id', GuestId) id: string): Promise<void> {
    return this.guests.delete(asOrganizer(actor), id);
  }

  @Get('fairs/:id/stages')
  stages(@CurrentActor() actor: Actor, @Param('id', FairId) id: string): Promise<Stage[]> {
    return this.appearances.stages(asOrganizer(actor), id);
  }

  @Post('fairs/:id/stages')
  createStage(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Body() body: StageDto): Promise<Stage> {
    return this.appearances.saveStage(asOrganizer(actor), id, null, body);
  }

  @Put('fairs/:id/stages/:stageId')
  updateStage(
    @CurrentActor() actor: Actor,
    @Param('id', FairId) id: string,
    @Param('stageId', StageId) stageId: string,
    @Body() body: StageDto,
  ): Promise<Stage> {
    return this.appearances.saveStage(asOrganizer(actor), id, stageId, body);
  }

  @Delete('fairs/:id/stages/:stageId')
  @HttpCode(204)
  deleteStage(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Param('stageId', StageId) stageId: string): Promise<void> {
    return this.appearances.deleteStage(asOrganizer(actor), id, stageId);
  }

  @Get('fairs/:id/appearances')
  appearancesOf(@CurrentActor() actor: Actor, @Param('id', FairId) id: string): Promise<Appearance[]> {
    return this.appearances.list(asOrganizer(actor), id);
  }

  @Post('fairs/:id/appearances')
  createAppearance(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Body() body: AppearanceDto): Promise<Appearance> {
    return this.appearances.create(asOrganizer(actor), id, asInput(body));
  }

  @Post('fairs/:id/appearances/repeat')
  repeat(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Body() body: RepeatAppearanceDto): Promise<Appearance[]> {
    return this.appearances.repeat(asOrganizer(actor), id, body as unknown as RepeatAppearanceInput);
  }

  /** A dry run for the timetable: what saving would answer, while the organizer is still dragging. */
  @Post('fairs/:id/appearances/check')
  @HttpCode(200)
  check(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Query() query: CheckQueryDto, @Body() body: AppearanceDto): Promise<AppearanceCheck> {
    return this.appearances.check(asOrganizer(actor), id, asInput(body), query.appearanceId ?? null);
  }

  @Put('appearances/:id')
  updateAppearance(@CurrentActor() actor: Actor, @Param('id', AppearanceId) id: string, @Body() body: AppearanceDto): Promise<Appearance> {
    return this.appearances.update(asOrganizer(actor), id, asInput(body));
  }

  @Delete('appearances/:id')
  @HttpCode(204)
  deleteAppearance(@CurrentActor() actor: Actor, @Param('id', AppearanceId) id: string): Promise<void> {
    return this.appearances.delete(asOrganizer(actor), id);
  }
}
