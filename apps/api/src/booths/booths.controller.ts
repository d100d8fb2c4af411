import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ErrorCode, type Assignment, type Booth, type FloorPlan } from '@bussanten/contracts';
import { Access, asOrganizer, CurrentActor, type Actor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AssignmentsService } from './assignments.service';
import { boothListCsv } from './booth-list-csv';
import { BoothsService } from './booths.service';
import { AssignmentDto, BoothDto, CopyPlanDto } from './dto/booth.dto';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const BoothId = new ParseIdPipe(ErrorCode.BoothNotFound);
const ApplicationId = new ParseIdPipe(ErrorCode.ApplicationNotFound);
const AssignmentId = new ParseIdPipe(ErrorCode.AssignmentNotFound);

@ApiTags('booths')
@Controller()
@Access('organizer')
export class BoothsController {
  constructor(
    private readonly booths: BoothsService,
    private readonly assignments: AssignmentsService,
  ) {}

  @Get('fairs/:id/booths')
  plan(@CurrentActor() actor: Actor, @Param('id', FairId) id: string): Promise<FloorPlan> {
    return this.booths.plan(asOrganizer(actor), id);
  }

  @Post('fairs/:id/booths')
  create(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Body() body: BoothDto): Promise<Booth> {
    return this.booths.create(asOrganizer(actor), id, body);
  }

  @Post('fairs/:id/booths/copy')
  @HttpCode(200)
  copy(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Body() body: CopyPlanDto): Promise<FloorPlan> {
    return this.booths.copyPlan(asOrganizer(actor), id, body.fromFairId);
  }

  @Put('fairs/:id/booths/:boothId')
  update(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Param('boothId', BoothId) boothId: string, @Body() body: BoothDto): Promise<Booth> {
    return this.booths.update(asOrganizer(actor), id, boothId, body);
  }

  @Delete('fairs/:id/booths/:boothId')
  @HttpCode(204)
  delete(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Param('boothId', BoothId) boothId: string): Promise<void> {
    return this.booths.delete(asOrganizer(actor), id, boothId);
  }

  /** The booth list with holders per day, for Excel: UTF-8 with a BOM so the Japanese opens correctly. */
  @Get('fairs/:id/booths.csv')
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  async csv(@CurrentActor() actor: Actor, @Param('id', FairId) id: string, @Res() res: Response): Promise<void> {
    const organizer = asOrganizer(actor);
    const plan = await this.booths.plan(organizer, id);
    const assignments = await this.assignments.list(organizer, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="booths-${id}.csv"`);
    res.send(boothListCsv(plan.booths, assignments));
  }

  @Get('fairs/:id/assignments')
  listAssignments(@CurrentActor() actor: Actor, @Param('id', FairId) id: string): Promise<Assignment[]> {
    return this.assignments.list(asOrganizer(actor), id);
  }

  @Post('applications/:id/assignments')
  assign(@CurrentActor() actor: Actor, @Param('id', ApplicationId) id: string, @Body() body: AssignmentDto): Promise<Assignment> {
    return this.assignments.assign(asOrganizer(actor), id, body);
  }

  @Put('assignments/:id')
  move(@CurrentActor() actor: Actor, @Param('id', AssignmentId) id: string, @Body() body: AssignmentDto): Promise<Assignment> {
    return this.assignments.move(asOrganizer(actor), id, body);
  }

  @Delete('assignments/:id')
  @HttpCode(204)
  unassign(@CurrentActor() actor: Actor, @Param('id', AssignmentId) id: string): Promise<void> {
    return this.assignments.remove(asOrganizer(actor), id);
  }
}
