import { HostEntity } from './host.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { SessionEntity } from './session.entity';
import { SignInFailureEntity } from './sign-in-attempt.entity';
import { UserEntity } from './user.entity';

export { HostEntity, InvitationEntity, MembershipEntity, OutboxMessageEntity, PasswordResetTokenEntity, SessionEntity, SignInFailureEntity, UserEntity };
export const ACCOUNT_ENTITIES = [HostEntity, UserEntity, MembershipEntity, SessionEntity, InvitationEntity, SignInFailureEntity, OutboxMessageEntity, PasswordResetTokenEntity];
