import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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

const PasskeyId = new ParseIdPipe(ErrorCode.PasskeyNotFound);

/** The person's own second factors; a session waiting to enrol (a host's rule) may enrol here too. */
@ApiTags('me')
@Controller('me/factors')
@Access('signedIn', 'signingIn')
export class MyFactorsController {
  constructor(private readonly factors: MyFactorsService) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<MyFactors> {
    return this.factors.list(actor);
  }

  @Post('passkeys/options')
  @HttpCode(200)
  passkeyOptions(@CurrentActor() actor: Actor): Promise<WebAuthnJson> {
    return this.factors.passkeyOptions(actor);
  }

  @Post('passkeys')
  async addPasskey(
    @CurrentActor() actor: Actor,
    @Body() body: RegisterPasskeyDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FactorEnrolled> {
    return enrolled(req, res, await this.factors.addPasskey(actor, body.name, body.response));
  }

  @Patch('passkeys/:id')
  renamePasskey(@CurrentActor() actor: Actor, @Param('id', PasskeyId) id: string, @Body() body: PasskeyNameDto): Promise<PasskeySummary> {
    return this.factors.renamePasskey(actor, id, body.name);
  }

  @Delete('passkeys/:id')
  @HttpCode(204)
  removePasskey(@CurrentActor() actor: Actor, @Param('id', PasskeyId) id: string): Promise<void> {
    return this.factors.removePasskey(actor, id);
  }

  @Post('totp/setup')
  @HttpCode(200)
  totpSetup(@CurrentActor() actor: Actor): Promise<TotpSetup> {
    return this.factors.totpSetup(actor);
  }

  @Post('totp')
  async confirmTotp(
    @CurrentActor() actor: Actor,
    @Body() body: SecondFactorCodeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FactorEnrolled> {
    return enrolled(req, res, await this.factors.confirmTotp(actor, body.code));
  }

  @Delete('totp')
  @HttpCode(204)
  removeTotp(@CurrentActor() actor: Actor): Promise<void> {
    return this.factors.removeTotp(actor);
  }

  @Post('recovery-codes')
  renewRecoveryCodes(@CurrentActor() actor: Actor): Promise<RecoveryCodes> {
    return this.factors.renewRecoveryCodes(actor);
  }
}

function enrolled(req: Request, res: Response, enrolment: Enrolment): FactorEnrolled {
  if (enrolment.session) setSessionCookie(req, res, enrolment.session.token, enrolment.session.expiresAt);
  return enrolment.body;
}
