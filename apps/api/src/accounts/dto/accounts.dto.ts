import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/page-query.dto';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Satisfies } from '../../common/satisfies';
import { emailAddressRule, notBlankRule } from '@bussanten/domain';
import {
  HOST_ROLES,
  type AcceptInvitationInput,
  type AuditQuery,
  type ChangePasswordInput,
  type CreateHostInput,
  type HostRole,
  type InvitationInput,
  type PasswordResetInput,
  type PasswordResetRequestInput,
  type SignInInput,
  type SwitchMembershipInput,
} from '@bussanten/contracts';

export class SignInDto implements SignInInput {
  @ApiProperty({ example: 'organizer@shinagawa.example' })
  @IsString()
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
}

export class ChangePasswordDto implements ChangePasswordInput {
  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}

export class PasswordResetRequestDto implements PasswordResetRequestInput {
  @ApiProperty({ example: 'organizer@shinagawa.example' })
  @IsString()
  @MaxLength(320)
  email: string;
}

export class PasswordResetDto implements PasswordResetInput {
  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(1024)
  password: string;
}

export class InvitationDto implements InvitationInput {
  @ApiProperty({ example: 'staff@city.miyako.example' })
  @Satisfies(emailAddressRule)
  @MaxLength(320)
  email: string;

  @ApiProperty({ enum: HOST_ROLES })
  @IsIn(HOST_ROLES)
  role: HostRole;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for a representative' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Only for staff: the fairs it may act on (absent or empty: every fair)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID(undefined, { each: true })
  fairIds?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  displayName?: string;
}

export class AcceptInvitationDto implements AcceptInvitationInput {
  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(1024)
  password: string;

  @ApiPropertyOptional({ description: 'Required for a new account; ignored when the address already has one' })
  @IsOptional()
  @IsString()
  @Satisfies(notBlankRule)
  @MaxLength(100)
  displayName?: string;
}

export class SwitchMembershipDto implements SwitchMembershipInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  membershipId: string;
}

export class CreateHostDto implements CreateHostInput {
  @ApiProperty({ example: '大田区' })
  @IsString()
  @Satisfies(notBlankRule)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: 'Ota City', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  nameEn?: string | null;

  @ApiProperty({ example: 'organizer@city.ota.example' })
  @Satisfies(emailAddressRule)
  @MaxLength(320)
  organizerEmail: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organizerName?: string;
}

export class AuditQueryDto extends PageQueryDto implements AuditQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;
}
