import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { CurrentUser, SignInPending, SignInResult, WebAuthnJson } from '@bussanten/contracts';
import { Access, CurrentActor, type Actor } from '../access';
import { setSessionCookie } from '../session-cookie';
import { PasskeyAssertionDto, SecondFactorCodeDto } from './factors.dto';
import { SecondStepService, type StepDone } from './second-step.service';
import { ApiErrors, ApiSuccess } from '../../common/openapi/decorators';

/** The second step of a sign-in, and signing in with a passkey alone. */
@ApiTags('auth')
@Controller('auth')
export class SignInStepsController {
  constructor(private readonly steps: SecondStepService) {}

  @ApiOperation({ summary: 'The step the sign-in still waits for' })
  @ApiSuccess('SignInPending')
  @ApiErrors(409)
  @Get('sign-in/pending')
  @Access('signingIn')
  pending(@CurrentActor() actor: Actor): Promise<SignInPending> {
    return this.steps.pendingOf(actor);
  }

  @ApiOperation({ summary: 'Second step: a code of the authenticator app' })
  @ApiSuccess('CurrentUser')
  @ApiErrors(409, 429)
  @Post('sign-in/totp')
  @HttpCode(200)
  @Access('signingIn')
  async totp(
    @CurrentActor() actor: Actor,
    @Body() body: SecondFactorCodeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CurrentUser> {
    return done(req, res, await this.steps.totp(actor, body.code));
  }

  @ApiOperation({ summary: 'Second step: a recovery code' })
  @ApiSuccess('CurrentUser')
  @ApiErrors(409, 429)
  @Post('sign-in/recovery-code')
  @HttpCode(200)
  @Access('signingIn')
  async recoveryCode(
    @CurrentActor() actor: Actor,
    @Body() body: SecondFactorCodeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CurrentUser> {
    return done(req, res, await this.steps.recoveryCode(actor, body.code));
  }

  @ApiOperation({ summary: 'Second step: options for a passkey assertion' })
  @ApiSuccess('WebAuthnJson')
  @ApiErrors(409)
  @Post('sign-in/passkey/options')
  @HttpCode(200)
  @Access('signingIn')
  passkeyOptions(@CurrentActor() actor: Actor): Promise<WebAuthnJson> {
    return this.steps.passkeyOptions(actor);
  }

  @ApiOperation({ summary: 'Second step: a passkey assertion' })
  @ApiSuccess('CurrentUser')
  @ApiErrors(409, 429)
  @Post('sign-in/passkey')
  @HttpCode(200)
  @Access('signingIn')
  async passkey(
    @CurrentActor() actor: Actor,
    @Body() body: PasskeyAssertionDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CurrentUser> {
    return done(req, res, await this.steps.passkey(actor, body.response));
  }

  /** Options for signing in with a passkey and no password (the browser offers the site's discoverable passkeys). */
  @ApiOperation({ summary: 'Options for signing in with a passkey alone' })
  @ApiSuccess('WebAuthnJson')
  @ApiErrors(400)
  @Post('passkey/options')
  @HttpCode(200)
  @Access('public')
  signInOptions(): Promise<WebAuthnJson> {
    return this.steps.signInOptions();
  }

  @ApiOperation({ summary: 'Sign in with a passkey alone' })
  @ApiSuccess('SignInResult')
  @ApiErrors(401, 403, 429)
  @Post('passkey')
  @HttpCode(200)
  @Access('public')
  async signIn(
    @CurrentActor() actor: Actor,
    @Body() body: PasskeyAssertionDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignInResult> {
    const { result, token, expiresAt } = await this.steps.signIn(body.response, actor);
    setSessionCookie(req, res, token, expiresAt);
    return result;
  }
}

/** The finished step's session has a new token: the cookie gets it. */
function done(req: Request, res: Response, step: StepDone): CurrentUser {
  setSessionCookie(req, res, step.token, step.expiresAt);
  return step.user;
}
