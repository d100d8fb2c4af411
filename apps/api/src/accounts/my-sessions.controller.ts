import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ErrorCode, type SessionInfo, type SignedOutOthers } from '@bussanten/contracts';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Access, CurrentActor, type Actor, type AuthUser } from './access';
import { MySessionsService } from './my-sessions.service';
import { clearSessionCookie } from './session-cookie';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

type SignedIn = Actor & { user: AuthUser };
const SessionId = new ParseIdPipe(ErrorCode.SessionNotFound);

/** The caller's own sessions, across all their memberships: list them, end one, end all the others. */
@ApiTags('auth')
@Controller('me/sessions')
@Access('signedIn')
export class MySessionsController {
  constructor(private readonly sessions: MySessionsService) {}

  @ApiOperation({ summary: 'The own sessions, on every device' })
  @ApiSuccess('SessionInfo', { array: true })
  @Get()
  list(@CurrentActor() actor: SignedIn): Promise<SessionInfo[]> {
    return this.sessions.list(actor.user);
  }

  /** Sign out everywhere else: every other session of the person ends; this one stays. */
  @ApiOperation({ summary: 'Sign out everywhere else' })
  @ApiSuccess('SignedOutOthers')
  @Post('sign-out-others')
  @HttpCode(200)
  signOutOthers(@CurrentActor() actor: SignedIn): Promise<SignedOutOthers> {
    return this.sessions.signOutOthers(actor.user);
  }

  /** Ends one of the caller's own sessions (another person's id: 404). Ending this one signs out. */
  @ApiOperation({ summary: 'End one of the own sessions' })
  @ApiErrors(404)
  @Delete(':id')
  @HttpCode(204)
  async end(
    @CurrentActor() actor: SignedIn,
    @Param('id', SessionId) id: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.sessions.end(actor.user, id);
    if (id === actor.user.sessionId) clearSessionCookie(req, res);
  }
}
