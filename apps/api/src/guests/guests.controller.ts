import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

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

  @ApiOperation({ summary: "The host's guests" })
  @ApiSuccess('Guest', { array: true })
  @Get('guests')
  list(@Organizer() organizer: OrganizerActor): Promise<Guest[]> {
    return this.guests.list(organizer);
  }

  @ApiOperation({ summary: 'Add a guest' })
  @ApiSuccess('Guest')
  @Post('guests')
  create(@Organizer() organizer: OrganizerActor, @Body() body: GuestDto): Promise<Guest> {
    return this.guests.create(organizer, body);
  }

  @ApiOperation({ summary: 'A guest' })
  @ApiSuccess('Guest')
  @ApiErrors(404)
  @Get('guests/:id')
  get(@Organizer() organizer: OrganizerActor, @Param('id', GuestId) id: string): Promise<Guest> {
    return this.guests.get(organizer, id);
  }

  @ApiOperation({ summary: 'Change a guest' })
  @ApiSuccess('Guest')
  @ApiErrors(404)
  @Put('guests/:id')
  update(@Organizer() organizer: OrganizerActor, @Param('id', GuestId) id: string, @Body() body: GuestDto): Promise<Guest> {
    return this.guests.update(organizer, id, body);
  }

  @ApiOperation({ summary: 'Delete a guest who appears nowhere' })
  @ApiErrors(404, 409)
  @Delete('guests/:id')
  @HttpCode(204)
  delete(@Organizer() organizer: OrganizerActor, @Param('id', GuestId) id: string): Promise<void> {
    return this.guests.delete(organizer, id);
  }

  @ApiOperation({ summary: "A fair's stages" })
  @ApiSuccess('Stage', { array: true })
  @ApiErrors(404)
  @Get('fairs/:id/stages')
  stages(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<Stage[]> {
    return this.appearances.stages(organizer, id);
  }

  @ApiOperation({ summary: 'Add a stage to a fair' })
  @ApiSuccess('Stage')
  @ApiErrors(404, 409)
  @Post('fairs/:id/stages')
  createStage(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: StageDto): Promise<Stage> {
    return this.appearances.saveStage(organizer, id, null, body);
  }

  @ApiOperation({ summary: 'Change a stage' })
  @ApiSuccess('Stage')
  @ApiErrors(404, 409)
  @Put('fairs/:id/stages/:stageId')
  updateStage(
    @Organizer() organizer: OrganizerActor,
    @Param('id', FairId) id: string,
    @Param('stageId', StageId) stageId: string,
    @Body() body: StageDto,
  ): Promise<Stage> {
    return this.appearances.saveStage(organizer, id, stageId, body);
  }

  @ApiOperation({ summary: 'Remove a stage' })
  @ApiErrors(404, 409)
  @Delete('fairs/:id/stages/:stageId')
  @HttpCode(204)
  deleteStage(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Param('stageId', StageId) stageId: string): Promise<void> {
    return this.appearances.deleteStage(organizer, id, stageId);
  }

  @ApiOperation({ summary: "A fair's timetable" })
  @ApiSuccess('Appearance', { array: true })
  @ApiErrors(404)
  @Get('fairs/:id/appearances')
  appearancesOf(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<Appearance[]> {
    return this.appearances.list(organizer, id);
  }

  @ApiOperation({ summary: 'Add an appearance to the timetable' })
  @ApiSuccess('Appearance')
  @ApiErrors(404, 409)
  @Post('fairs/:id/appearances')
  createAppearance(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: AppearanceDto): Promise<Appearance> {
    return this.appearances.create(organizer, id, asInput(body));
  }

  @ApiOperation({ summary: 'Repeat an appearance on other days' })
  @ApiSuccess('Appearance', { array: true })
  @ApiErrors(404, 409)
  @Post('fairs/:id/appearances/repeat')
  repeat(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: RepeatAppearanceDto): Promise<Appearance[]> {
    return this.appearances.repeat(organizer, id, body as unknown as RepeatAppearanceInput);
  }

  /** A dry run for the timetable: what saving would answer, while the organizer is still dragging. */
  @ApiOperation({ summary: 'Check an appearance without saving it' })
  @ApiSuccess('AppearanceCheck')
  @ApiErrors(404)
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

  @ApiOperation({ summary: 'Change an appearance' })
  @ApiSuccess('Appearance')
  @ApiErrors(404, 409)
  @Put('appearances/:id')
  updateAppearance(@Organizer() organizer: OrganizerActor, @Param('id', AppearanceId) id: string, @Body() body: AppearanceDto): Promise<Appearance> {
    return this.appearances.update(organizer, id, asInput(body));
  }

  @ApiOperation({ summary: 'Remove an appearance' })
  @ApiErrors(404)
  @Delete('appearances/:id')
  @HttpCode(204)
  deleteAppearance(@Organizer() organizer: OrganizerActor, @Param('id', AppearanceId) id: string): Promise<void> {
    return this.appearances.delete(organizer, id);
  }
}
