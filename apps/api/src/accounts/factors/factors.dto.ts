import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsObject, IsString, MaxLength } from 'class-validator';
import { Satisfies } from '../../common/satisfies';
import { emailAddressRule, notBlankRule } from '@bussanten/domain';
import type {
  ConfirmTotpRequest,
  OperatorFactorResetRequest,
  PasskeyAssertionRequest,
  RegisterPasskeyRequest,
  RenamePasskeyRequest,
  SecondFactorCodeRequest,
  UpdateHostSecurity,
  WebAuthnJson,
} from '@bussanten/contracts';

/** A code as typed: six digits from the app, or a recovery code (full-width digits and spaces are read too). */
export class SecondFactorCodeDto implements SecondFactorCodeRequest, ConfirmTotpRequest {
  @ApiProperty({ example: '123456' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  code: string;
}

export class PasskeyAssertionDto implements PasskeyAssertionRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The browser's AuthenticationResponseJSON (@simplewebauthn/browser startAuthentication)",
  })
  @IsObject()
  response: WebAuthnJson;
}

export class PasskeyNameDto implements RenamePasskeyRequest {
  @ApiProperty({ example: 'MacBook', maxLength: 60 })
  @IsString()
  @Satisfies(notBlankRule)
  @MaxLength(60)
  name: string;
}

export class RegisterPasskeyDto extends PasskeyNameDto implements RegisterPasskeyRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The browser's RegistrationResponseJSON (@simplewebauthn/browser startRegistration)",
  })
  @IsObject()
  response: WebAuthnJson;
}

export class UpdateHostSecurityDto implements UpdateHostSecurity {
  @ApiProperty()
  @IsBoolean()
  requireSecondFactor: boolean;
}

export class OperatorFactorResetDto implements OperatorFactorResetRequest {
  @ApiProperty({ example: 'organizer@shinagawa.example' })
  @Satisfies(emailAddressRule)
  @MaxLength(320)
  email: string;
}
