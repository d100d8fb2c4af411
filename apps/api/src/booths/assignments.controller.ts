import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Assignment } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AssignmentsService } from './assignments.service';
import { AssignmentDto } from './dto/booth.dto';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const ApplicationId = new ParseIdPipe(ErrorCode.ApplicationNotFound);
const AssignmentId = new ParseIdPipe(ErrorCode.AssignmentNotFound);

/** Who holds which booth on which days: placing an accepted application, moving it, taking it off. */
@ApiTags('booths')
@Controller()
@Access('organizer')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @ApiOperation({ summary: "A fair's booth assignments" })
  @ApiSuccess('Assignment', { array: true })
  @ApiErrors(404)
  @Get('fairs/:id/assignments')
  list(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<Assignment[]> {
    return this.assignments.list(organizer, id);
  }

  @ApiOperation({ summary: 'Place an accepted application on a booth for some days' })
  @ApiSuccess('Assignment')
  @ApiErrors(404, 409, 422)
  @Post('applications/:id/assignments')
  assign(@Organizer() organizer: OrganizerActor, @Param('id', ApplicationId) id: string, @Body() body: AssignmentDto): Promise<Assignment> {
    return this.assignments.assign(organizer, id, body);
  }

  @ApiOperation({ summary: 'Move an assignment to another booth or other days' })
  @ApiSuccess('Assignment')
  @ApiErrors(404, 409, 422)
  @Put('assignments/:id')
  move(@Organizer() organizer: OrganizerActor, @Param('id', AssignmentId) id: string, @Body() body: AssignmentDto): Promise<Assignment> {
    return this.assignments.move(organizer, id, body);
  }

  @ApiOperation({ summary: 'Take an assignment off its booth' })
  @ApiErrors(404)
  @Delete('assignments/:id')
  @HttpCode(204)
  unassign(@Organizer() organizer: OrganizerActor, @Param('id', AssignmentId) id: string): Promise<void> {
    return this.assignments.remove(organizer, id);
  }
}
