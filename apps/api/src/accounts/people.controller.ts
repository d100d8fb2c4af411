import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ErrorCode, type Invitation, type Person } from '@bussanten/contracts';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Access, asOrganizer, CurrentActor, type Actor } from './access';
import { InvitationDto } from './dto/accounts.dto';
import { InvitationsService } from './invitations.service';
import { PeopleService } from './people.service';

const PersonId = new ParseIdPipe(ErrorCode.PersonNotFound);
const InvitationId = new ParseIdPipe(ErrorCode.InvitationInvalid);

/** Where links in invitations point: PUBLIC_URL when set, else the address the organizer is using. */
export function originOf(req: Request): string {
  return process.env['PUBLIC_URL']?.replace(/\/+$/, '') || `${req.protocol}://${req.get('host')}`;
}

@ApiTags('people')
@Controller('people')
@Access('organizer')
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
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
  invite(@CurrentActor() actor: Actor, @Body() body: InvitationDto, @Req() req: Request): Promise<Invitation> {
    return this.invitations.invite(asOrganizer(actor), body, originOf(req));
  }

  @Post('invitations/:id/resend')
  @HttpCode(200)
  resend(@CurrentActor() actor: Actor, @Param('id', InvitationId) id: string, @Req() req: Request): Promise<Invitation> {
    return this.invitations.resend(asOrganizer(actor), id, originOf(req));
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

  @Post(':id/enable')
  @HttpCode(200)
  enable(@CurrentActor() actor: Actor, @Param('id', PersonId) id: string): Promise<Person> {
    return this.people.setDisabled(asOrganizer(actor), id, false);
  }
}
