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
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
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
  list(@Organizer() organizer: OrganizerActor): Promise<Guest[]> {
    return this.guests.list(organizer);
  }

  @Post('guests')
  create(@Organizer() organizer: OrganizerActor, @Body() body: GuestDto): Promise<Guest> {
    return this.guests.create(organizer, body);
  }

  @Get('guests/:id')
  get(@Organizer() organizer: OrganizerActor, @Param('id', GuestId) id: string): Promise<Guest> {
    return this.guests.get(organizer, id);
  }

  @Put('guests/:id')
  update(@Organizer() organizer: OrganizerActor, @Param('id', GuestId) id: string, @Body() body: GuestDto): Promise<Guest> {
    return this.guests.update(organizer, id, body);
  }

  @Delete('guests/:id')
  @HttpCode(204)
  delete(@Organizer() organizer: OrganizerActor, @Param('id', GuestId) id: string): Promise<void> {
    return this.guests.delete(organizer, id);
  }

  @Get('fairs/:id/stages')
  stages(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<Stage[]> {
    return this.appearances.stages(organizer, id);
  }

  @Post('fairs/:id/stages')
  createStage(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: StageDto): Promise<Stage> {
    return this.appearances.saveStage(organizer, id, null, body);
  }

  @Put('fairs/:id/stages/:stageId')
  updateStage(
    @Organizer() organizer: OrganizerActor,
    @Param('id', FairId) id: string,
    @Param('stageId', StageId) stageId: string,
    @Body() body: StageDto,
  ): Promise<Stage> {
    return this.appearances.saveStage(organizer, id, stageId, body);
  }

  @Delete('fairs/:id/stages/:stageId')
  @HttpCode(204)
  deleteStage(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Param('stageId', StageId) stageId: string): Promise<void> {
    return this.appearances.deleteStage(organizer, id, stageId);
  }

  @Get('fairs/:id/appearances')
  appearancesOf(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<Appearance[]> {
    return this.appearances.list(organizer, id);
  }

  @Post('fairs/:id/appearances')
  createAppearance(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: AppearanceDto): Promise<Appearance> {
    return this.appearances.create(organizer, id, asInput(body));
  }

  @Post('fairs/:id/appearances/repeat')
  repeat(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: RepeatAppearanceDto): Promise<Appearance[]> {
    return this.appearances.repeat(organizer, id, body as unknown as RepeatAppearanceInput);
  }

  /** A dry run for the timetable: what saving would answer, while the organizer is still dragging. */
  @Post('fairs/:id/appearances/check')
  @HttpCode(200)
  check(
    @Organizer() organizer: OrganizerActor,
    @Param('id', FairId) id: string,
    @Query() query: CheckQueryDto,
    @Body() body: AppearanceDto,
  ): Promise<AppearanceCheck> {
    return this.appearances.check(organizer, id, asInput(body), query.appearanceId ?? null);
  }

  @Put('appearances/:id')
  updateAppearance(@Organizer() organizer: OrganizerActor, @Param('id', AppearanceId) id: string, @Body() body: AppearanceDto): Promise<Appearance> {
    return this.appearances.update(organizer, id, asInput(body));
  }

  @Delete('appearances/:id')
  @HttpCode(204)
  deleteAppearance(@Organizer() organizer: OrganizerActor, @Param('id', AppearanceId) id: string): Promise<void> {
    return this.appearances.delete(organizer, id);
  }
}
