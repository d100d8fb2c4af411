import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Assignment } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AssignmentsService } from './assignments.service';
import { AssignmentDto } from './dto/booth.dto';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const ApplicationId = new ParseIdPipe(ErrorCode.ApplicationNotFound);
const AssignmentId = new ParseIdPipe(ErrorCode.AssignmentNotFound);

/** Who holds which booth on which days: placing an accepted application, moving it, taking it off. */
@ApiTags('booths')
@Controller()
@Access('organizer')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get('fairs/:id/assignments')
  list(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<Assignment[]> {
    return this.assignments.list(organizer, id);
  }

  @Post('applications/:id/assignments')
  assign(@Organizer() organizer: OrganizerActor, @Param('id', ApplicationId) id: string, @Body() body: AssignmentDto): Promise<Assignment> {
    return this.assignments.assign(organizer, id, body);
  }

  @Put('assignments/:id')
  move(@Organizer() organizer: OrganizerActor, @Param('id', AssignmentId) id: string, @Body() body: AssignmentDto): Promise<Assignment> {
    return this.assignments.move(organizer, id, body);
  }

  @Delete('assignments/:id')
  @HttpCode(204)
  unassign(@Organizer() organizer: OrganizerActor, @Param('id', AssignmentId) id: string): Promise<void> {
    return this.assignments.remove(organizer, id);
  }
}
