import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { SignInResult, InvitationPreview } from '@bussanten/contracts';
import { Access, CurrentActor, type Actor } from './access';
import { AcceptInvitationDto } from './dto/accounts.dto';
import { InvitationsService } from './invitations.service';
import { setSessionCookie } from './session-cookie';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

/** The public side of an invitation: whoever holds the link may look at it and accept it, once. */
@ApiTags('auth')
@Controller('invitations')
@Access('public')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @ApiOperation({ summary: 'What an invitation link invites to' })
  @ApiSuccess('InvitationPreview')
  @ApiErrors(404)
  @Get(':token')
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @ApiOperation({ summary: 'Accept an invitation and sign in' })
  @ApiSuccess('SignInResult')
  @ApiErrors(404, 409)
  @Post(':token/accept')
  @HttpCode(200)
  async accept(
    @Param('token') token: string,
    @Body() body: AcceptInvitationDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignInResult> {
    const accepted = await this.invitations.accept(token, body.password, body.displayName, actor);
    setSessionCookie(req, res, accepted.token, accepted.expiresAt);
    return accepted.result;
  }
}
