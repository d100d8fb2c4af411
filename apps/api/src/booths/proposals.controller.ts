import { Body, Controller, Get, Header, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Assignment, type AssignmentProposal } from '@bussanten/contracts';
import type { BoothAssignmentInstance } from '@bussanten/domain';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AssignmentsService } from './assignments.service';
import { AcceptProposalDto, PinDto, ProposalRequestDto } from './dto/proposal.dto';
import { ProposalsService } from './proposals.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const AssignmentId = new ParseIdPipe(ErrorCode.AssignmentNotFound);

/** Automatic booth assignment: the fair as a problem file, proposals, accepting them, pins. */
@ApiTags('booths')
@Controller()
@Access('organizer')
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly assignments: AssignmentsService,
  ) {}

  /** The problem file `npm run assign` reads (format: libs/domain booth-assignment/types.ts). */
  @ApiOperation({ summary: 'The fair as a booth-assignment problem file (what npm run assign reads)' })
  @ApiErrors(404)
  @Get('fairs/:id/assignment-instance')
  @Header('Cache-Control', 'no-store')
  instance(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<BoothAssignmentInstance> {
    return this.proposals.instance(organizer, id);
  }

  /** A proposal, solved in a worker thread (ProposalSolver); nothing is saved. */
  @ApiOperation({ summary: 'Propose booth assignments; nothing is saved' })
  @ApiSuccess('AssignmentProposal')
  @ApiErrors(404, 422, 429)
  @Post('fairs/:id/assignment-proposal')
  @HttpCode(200)
  propose(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: ProposalRequestDto): Promise<AssignmentProposal> {
    return this.proposals.propose(organizer, id, body.seed);
  }

  @ApiOperation({ summary: 'Accept a proposal' })
  @ApiSuccess('Assignment', { array: true })
  @ApiErrors(404, 409)
  @Post('fairs/:id/assignment-proposal/accept')
  @HttpCode(200)
  accept(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Body() body: AcceptProposalDto): Promise<Assignment[]> {
    return this.proposals.accept(organizer, id, body);
  }

  @ApiOperation({ summary: 'Pin an assignment (proposals keep it) or unpin it' })
  @ApiSuccess('Assignment')
  @ApiErrors(404)
  @Put('assignments/:id/pin')
  pin(@Organizer() organizer: OrganizerActor, @Param('id', AssignmentId) id: string, @Body() body: PinDto): Promise<Assignment> {
    return this.assignments.pin(organizer, id, body.pinned);
  }
}
