import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  ErrorCode,
  type FactorEnrolled,
  type MyFactors,
  type PasskeySummary,
  type RecoveryCodes,
  type TotpSetup,
  type WebAuthnJson,
} from '@bussanten/contracts';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Access, CurrentActor, type Actor } from '../access';
import { setSessionCookie } from '../session-cookie';
import { PasskeyNameDto, RegisterPasskeyDto, SecondFactorCodeDto } from './factors.dto';
import { type Enrolment, MyFactorsService } from './my-factors.service';
import { ApiErrors, ApiSuccess } from '../../common/openapi/decorators';

const PasskeyId = new ParseIdPipe(ErrorCode.PasskeyNotFound);

/** The person's own second factors; a session waiting to enrol (a host's rule) may enrol here too. */
@ApiTags('me')
@Controller('me/factors')
@Access('signedIn', 'signingIn')
export class MyFactorsController {
  constructor(private readonly factors: MyFactorsService) {}

  @ApiOperation({ summary: 'The own second factors' })
  @ApiSuccess('MyFactors')
  @Get()
  list(@CurrentActor() actor: Actor): Promise<MyFactors> {
    return this.factors.list(actor);
  }

  @ApiOperation({ summary: 'Options to register a passkey (WebAuthn creation options)' })
  @ApiSuccess('WebAuthnJson')
  @ApiErrors(409)
  @Post('passkeys/options')
  @HttpCode(200)
  passkeyOptions(@CurrentActor() actor: Actor): Promise<WebAuthnJson> {
    return this.factors.passkeyOptions(actor);
  }

  @ApiOperation({ summary: 'Register a passkey' })
  @ApiSuccess('FactorEnrolled')
  @ApiErrors(409)
  @Post('passkeys')
  async addPasskey(
    @CurrentActor() actor: Actor,
    @Body() body: RegisterPasskeyDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FactorEnrolled> {
    return enrolled(req, res, await this.factors.addPasskey(actor, body.name, body.response));
  }

  @ApiOperation({ summary: 'Rename an own passkey' })
  @ApiSuccess('PasskeySummary')
  @ApiErrors(404, 409)
  @Patch('passkeys/:id')
  renamePasskey(@CurrentActor() actor: Actor, @Param('id', PasskeyId) id: string, @Body() body: PasskeyNameDto): Promise<PasskeySummary> {
    return this.factors.renamePasskey(actor, id, body.name);
  }

  @ApiOperation({ summary: 'Remove an own passkey' })
  @ApiErrors(404, 409)
  @Delete('passkeys/:id')
  @HttpCode(204)
  removePasskey(@CurrentActor() actor: Actor, @Param('id', PasskeyId) id: string): Promise<void> {
    return this.factors.removePasskey(actor, id);
  }

  @ApiOperation({ summary: 'Start setting up an authenticator app' })
  @ApiSuccess('TotpSetup')
  @ApiErrors(409)
  @Post('totp/setup')
  @HttpCode(200)
  totpSetup(@CurrentActor() actor: Actor): Promise<TotpSetup> {
    return this.factors.totpSetup(actor);
  }

  @ApiOperation({ summary: 'Confirm the authenticator app with one of its codes' })
  @ApiSuccess('FactorEnrolled')
  @ApiErrors(409)
  @Post('totp')
  async confirmTotp(
    @CurrentActor() actor: Actor,
    @Body() body: SecondFactorCodeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FactorEnrolled> {
    return enrolled(req, res, await this.factors.confirmTotp(actor, body.code));
  }

  @ApiOperation({ summary: 'Remove the authenticator app' })
  @ApiErrors(409)
  @Delete('totp')
  @HttpCode(204)
  removeTotp(@CurrentActor() actor: Actor): Promise<void> {
    return this.factors.removeTotp(actor);
  }

  @ApiOperation({ summary: 'Replace the recovery codes' })
  @ApiSuccess('RecoveryCodes')
  @ApiErrors(409)
  @Post('recovery-codes')
  renewRecoveryCodes(@CurrentActor() actor: Actor): Promise<RecoveryCodes> {
    return this.factors.renewRecoveryCodes(actor);
  }
}

function enrolled(req: Request, res: Response, enrolment: Enrolment): FactorEnrolled {
  if (enrolment.session) setSessionCookie(req, res, enrolment.session.token, enrolment.session.expiresAt);
  return enrolment.body;
}
