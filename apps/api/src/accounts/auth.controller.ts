import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { CurrentUser, SignInResult } from '@bussanten/contracts';
import { Access, CurrentActor, type Actor, type AuthUser } from './access';
import { AuthService } from './auth.service';
import { ChangePasswordDto, SignInDto, SwitchMembershipDto } from './dto/accounts.dto';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

type SignedIn = Actor & { user: AuthUser };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @ApiOperation({ summary: 'Sign in with an e-mail address and a password' })
  @ApiSuccess('SignInResult')
  @ApiErrors(401, 403, 429)
  @Post('sign-in')
  @HttpCode(200)
  @Access('public')
  async signIn(@Body() body: SignInDto, @CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SignInResult> {
    // A session waiting for its second step gets its cookie too; it reaches only that step's routes.
    const { result, token, expiresAt } = await this.auth.signIn(body.email, body.password, actor);
    setSessionCookie(req, res, token, expiresAt);
    return result;
  }

  @ApiOperation({ summary: 'Sign out: end this session' })
  @Post('sign-out')
  @HttpCode(204)
  @Access('signedIn', 'signingIn')
  async signOut(@CurrentActor() actor: SignedIn, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.signOut(actor.user);
    clearSessionCookie(req, res);
  }

  @ApiOperation({ summary: 'The signed-in person and the active membership' })
  @ApiSuccess('CurrentUser')
  @Get('me')
  @Access('signedIn')
  me(@CurrentActor() actor: SignedIn): Promise<CurrentUser> {
    return this.auth.me(actor.user);
  }

  @ApiOperation({ summary: "Switch the session to another of the person's memberships" })
  @ApiSuccess('SignInResult')
  @ApiErrors(404)
  @Post('membership')
  @HttpCode(200)
  @Access('signedIn')
  switchMembership(@CurrentActor() actor: SignedIn, @Body() body: SwitchMembershipDto): Promise<SignInResult> {
    return this.auth.switchMembership(actor.user, body.membershipId);
  }

  @ApiOperation({ summary: 'Change the own password' })
  @Post('password')
  @HttpCode(204)
  @Access('signedIn')
  changePassword(@CurrentActor() actor: SignedIn, @Body() body: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }
}
