import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ErrorCode, type Booth, type FloorPlan } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AssignmentsService } from './assignments.service';
import { boothListCsv } from './booth-list-csv';
import { BoothsService } from './booths.service';
import { BoothDto, CopyPlanDto } from './dto/booth.dto';
import { ApiErrors, ApiFile, ApiSuccess } from '../common/openapi/decorators';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const BoothId = new ParseIdPipe(ErrorCode.BoothNotFound);

@ApiTags('booths')
@Controller()
@Access('organizer')
export class BoothsController {
  constructor(
    private readonly booths: BoothsService,
    private readonly assignments: AssignmentsService,
  ) {}

  @ApiOperation({ summary: "A fair's floor plan" })
  @ApiSuccess('FloorPlan')
  @ApiErrors(404)
  @Get('fairs/:id/booths')
  plan(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<FloorPlan> {
    return this.booths.plan(organizer, id);
  }

  @ApiOperation({ summary: 'Add a booth to the floor plan' })
  @ApiSuccess('Booth')
  @ApiErrors(404, 409)
  @Post('fairs/:id/booths')
  create(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: BoothDto): Promise<Booth> {
    return this.booths.create(organizer, id, body);
  }

  @ApiOperation({ summary: "Copy another fair's floor plan into this fair's empty one" })
  @ApiSuccess('FloorPlan')
  @ApiErrors(404, 409)
  @Post('fairs/:id/booths/copy')
  @HttpCode(200)
  copy(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: CopyPlanDto): Promise<FloorPlan> {
    return this.booths.copyPlan(organizer, id, body.fromFairId);
  }

  @ApiOperation({ summary: 'Change a booth' })
  @ApiSuccess('Booth')
  @ApiErrors(404, 409)
  @Put('fairs/:id/booths/:boothId')
  update(
    @Organizer() organizer: OrganizerActor,
    @Param('id', FairId) id: string,
    @Param('boothId', BoothId) boothId: string,
    @Body() body: BoothDto,
  ): Promise<Booth> {
    return this.booths.update(organizer, id, boothId, body);
  }

  @ApiOperation({ summary: 'Remove a booth nobody holds' })
  @ApiErrors(404, 409)
  @Delete('fairs/:id/booths/:boothId')
  @HttpCode(204)
  delete(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Param('boothId', BoothId) boothId: string): Promise<void> {
    return this.booths.delete(organizer, id, boothId);
  }

  /** The booth list with holders per day, for Excel: UTF-8 with a BOM so the Japanese opens correctly. */
  @ApiOperation({ summary: 'The booth list with holders per day, as CSV for Excel' })
  @ApiFile('text/csv')
  @ApiErrors(404)
  @Get('fairs/:id/booths.csv')
  @Header('Cache-Control', 'no-store')
  async csv(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Res() res: Response): Promise<void> {
    const plan = await this.booths.plan(organizer, id);
    const assignments = await this.assignments.list(organizer, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="booths-${id}.csv"`);
    res.send(boothListCsv(plan.booths, assignments));
  }
}
