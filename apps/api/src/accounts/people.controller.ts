import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type FactorsReset, type Invitation, type Person } from '@bussanten/contracts';
import { FactorResetsService } from './factors/factor-resets.service';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Access, Organizer, type OrganizerActor } from './access';
import { InvitationDto } from './dto/accounts.dto';
import { InvitationsService } from './invitations.service';
import { PeopleService } from './people.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const PersonId = new ParseIdPipe(ErrorCode.PersonNotFound);
const InvitationId = new ParseIdPipe(ErrorCode.InvitationInvalid);

@ApiTags('people')
@Controller('people')
@Access('organizer')
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
    private readonly resets: FactorResetsService,
  ) {}

  @ApiOperation({ summary: "The host's people and their memberships" })
  @ApiSuccess('Person', { array: true })
  @Get()
  list(@Organizer() organizer: OrganizerActor): Promise<Person[]> {
    return this.people.list(organizer);
  }

  @ApiOperation({ summary: "The host's invitations" })
  @ApiSuccess('Invitation', { array: true })
  @Get('invitations')
  listInvitations(@Organizer() organizer: OrganizerActor): Promise<Invitation[]> {
    return this.invitations.list(organizer);
  }

  @ApiOperation({ summary: 'Invite a person by mail' })
  @ApiSuccess('Invitation')
  @ApiErrors(409)
  @Post('invitations')
  invite(@Organizer() organizer: OrganizerActor, @Body() body: InvitationDto): Promise<Invitation> {
    return this.invitations.invite(organizer, body);
  }

  @ApiOperation({ summary: 'Send an invitation again' })
  @ApiSuccess('Invitation')
  @ApiErrors(404)
  @Post('invitations/:id/resend')
  @HttpCode(200)
  resend(@Organizer() organizer: OrganizerActor, @Param('id', InvitationId) id: string): Promise<Invitation> {
    return this.invitations.resend(organizer, id);
  }

  @ApiOperation({ summary: 'Revoke an invitation' })
  @ApiSuccess('Invitation')
  @ApiErrors(404)
  @Post('invitations/:id/revoke')
  @HttpCode(200)
  revoke(@Organizer() organizer: OrganizerActor, @Param('id', InvitationId) id: string): Promise<Invitation> {
    return this.invitations.revoke(organizer, id);
  }

  /** :id is a membership of the caller's host (Person.id). */
  @ApiOperation({ summary: "Disable a person's membership and end its sessions" })
  @ApiSuccess('Person')
  @ApiErrors(404)
  @Post(':id/disable')
  @HttpCode(200)
  disable(@Organizer() organizer: OrganizerActor, @Param('id', PersonId) id: string): Promise<Person> {
    return this.people.setDisabled(organizer, id, true);
  }

  /** Removes every second factor of the person (who lost them) and ends their sessions; they are mailed. */
  @ApiOperation({ summary: 'Remove every second factor of a person who lost them' })
  @ApiSuccess('FactorsReset')
  @ApiErrors(404)
  @Post(':id/reset-factors')
  @HttpCode(200)
  resetFactors(@Organizer() organizer: OrganizerActor, @Param('id', PersonId) id: string): Promise<FactorsReset> {
    return this.resets.byOrganizer(organizer, id);
  }

  @ApiOperation({ summary: 'Enable a disabled membership again' })
  @ApiSuccess('Person')
  @ApiErrors(404)
  @Post(':id/enable')
  @HttpCode(200)
  enable(@Organizer() organizer: OrganizerActor, @Param('id', PersonId) id: string): Promise<Person> {
    return this.people.setDisabled(organizer, id, false);
  }
}
