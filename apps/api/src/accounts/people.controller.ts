import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type FactorsReset, type Invitation, type Person } from '@bussanten/contracts';
import { FactorResetsService } from './factors/factor-resets.service';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Access, asOrganizer, CurrentActor, type Actor } from './access';
import { InvitationDto } from './dto/accounts.dto';
import { InvitationsService } from './invitations.service';
import { PeopleService } from './people.service';

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

  @Get()
  list(@CurrentActor() actor: Actor): Promise<Person[]> {
    return this.people.list(asOrganizer(actor));
  }

  @Get('invitations')
  listInvitations(@CurrentActor() actor: Actor): Promise<Invitation[]> {
    return this.invitations.list(asOrganizer(actor));
  }

  @Post('invitations')
  invite(@CurrentActor() actor: Actor, @Body() body: InvitationDto): Promise<Invitation> {
    return this.invitations.invite(asOrganizer(actor), body);
  }

  @Post('invitations/:id/resend')
  @HttpCode(200)
  resend(@CurrentActor() actor: Actor, @Param('id', InvitationId) id: string): Promise<Invitation> {
    return this.invitations.resend(asOrganizer(actor), id);
  }

  @Post('invitations/:id/revoke')
  @HttpCode(200)
  revoke(@CurrentActor() actor: Actor, @Param('id', InvitationId) id: string): Promise<Invitation> {
    return this.invitations.revoke(asOrganizer(actor), id);
  }

  /** :id is a membership of the caller's host (Person.id). */
  @Post(':id/disable')
  @HttpCode(200)
  disable(@CurrentActor() actor: Actor, @Param('id', PersonId) id: string): Promise<Person> {
    return this.people.setDisabled(asOrganizer(actor), id, true);
  }

  /** Removes every second factor of the person (who lost them) and ends their sessions; they are mailed. */
  @Post(':id/reset-factors')
  @HttpCode(200)
  resetFactors(@CurrentActor() actor: Actor, @Param('id', PersonId) id: string): Promise<FactorsReset> {
    return this.resets.byOrganizer(asOrganizer(actor), id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  enable(@CurrentActor() actor: Actor, @Param('id', PersonId) id: string): Promise<Person> {
    return this.people.setDisabled(asOrganizer(actor), id, false);
  }
}
