import { HostEntity } from './host.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { PasskeyEntity } from './passkey.entity';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { SessionEntity } from './session.entity';
import { SignInFailureEntity } from './sign-in-attempt.entity';
import { TotpFactorEntity } from './totp-factor.entity';
import { UserEntity } from './user.entity';
import { WebAuthnChallengeEntity } from './webauthn-challenge.entity';

export {
  HostEntity,
  InvitationEntity,
  MembershipEntity,
  OutboxMessageEntity,
  PasskeyEntity,
  PasswordResetTokenEntity,
  RecoveryCodeEntity,
  SessionEntity,
  SignInFailureEntity,
  TotpFactorEntity,
  UserEntity,
  WebAuthnChallengeEntity,
};
export const ACCOUNT_ENTITIES = [
  HostEntity,
  UserEntity,
  MembershipEntity,
  SessionEntity,
  InvitationEntity,
  SignInFailureEntity,
  OutboxMessageEntity,
  PasswordResetTokenEntity,
  PasskeyEntity,
  TotpFactorEntity,
  RecoveryCodeEntity,
  WebAuthnChallengeEntity,
];
