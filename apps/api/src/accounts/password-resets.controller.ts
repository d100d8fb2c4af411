import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PasswordResetRequested } from '@bussanten/contracts';
import { Access, CurrentActor, type Actor } from './access';
import { PasswordResetDto, PasswordResetRequestDto } from './dto/accounts.dto';
import { PasswordResetsService } from './password-resets.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

/** "Forgot password": anyone may ask for a link; whoever holds the link may set the password, once. */
@ApiTags('auth')
@Controller('auth/password-reset')
@Access('public')
export class PasswordResetsController {
  constructor(private readonly resets: PasswordResetsService) {}

  /** Always 202 with the same body, whether or not the address has an account. */
  @ApiOperation({ summary: 'Ask for a password-reset link by mail' })
  @ApiSuccess('PasswordResetRequested')
  @ApiErrors(429)
  @Post()
  @HttpCode(202)
  request(@Body() body: PasswordResetRequestDto): Promise<PasswordResetRequested> {
    return this.resets.request(body.email);
  }

  /** The param is named `token` so that the request log writes the route's pattern, not the secret. */
  @ApiOperation({ summary: 'Set a new password with a reset link' })
  @ApiErrors(404)
  @Post(':token')
  @HttpCode(204)
  reset(@Param('token') token: string, @Body() body: PasswordResetDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.resets.reset(token, body.password, actor);
  }
}
