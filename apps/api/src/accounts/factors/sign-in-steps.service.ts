import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CurrentUser, SecondFactorMethod, SignInPending, SignInResult, SignInStep } from '@bussanten/contracts';
import { signInStep } from '@bussanten/domain';
import { type SessionDevice, SessionsRepository } from '../sessions.repository';
import { UsersRepository } from '../users.repository';
import { FactorsRepository } from './factors.repository';

export interface OpenedSession {
  step: SignInStep | null;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Where every way in opens its session (a password, an invitation, a passkey) and where a switch
 * into another membership is judged: a person with a second factor is asked for it; a person without
 * one, entering an organizer membership of a host that requires one, is asked to enrol first.
 */
@Injectable()
export class SignInStepsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly factors: FactorsRepository,
  ) {}

  /** The session, waiting for the step the person still needs (if any); describe() it once the caller's transaction is committed. */
  async open(
    userId: string,
    membershipId: string,
    device: SessionDevice,
    m: EntityManager,
    options: { secondFactorDone?: boolean } = {},
  ): Promise<OpenedSession> {
    const secondFactorDone = options.secondFactorDone === true;
    const step = await this.stepFor(userId, membershipId, secondFactorDone, m);
    const session = await this.sessions.create(userId, membershipId, device, m, { pending: step, secondFactorDone });
    return { step, ...session };
  }

  /** What the client is told about a session: the person, or the step still needed. */
  describe(userId: string, membershipId: string, step: SignInStep | null, csrfToken: string): Promise<SignInResult> {
    return step ? this.pending(userId, membershipId, step, csrfToken) : this.currentUser(userId, membershipId, csrfToken);
  }

  /** The step a session of this person in this membership still needs, if any. */
  async stepFor(userId: string, membershipId: string, secondFactorDone: boolean, m: EntityManager): Promise<SignInStep | null> {
    const have = await this.factors.status(userId, m);
    const required = (await this.factors.requiredBy(membershipId, m)) !== null;
    return signInStep({ hasFactor: have.passkeys > 0 || have.totp, required, secondFactorDone });
  }

  /** The host whose rule asks this membership for a second factor, if any. */
  requiredBy(membershipId: string, m?: EntityManager) {
    return this.factors.requiredBy(membershipId, m);
  }

  /** What a waiting session is told: the step, the methods that fit it, and who asks. */
  async pending(userId: string, membershipId: string, step: SignInStep, csrfToken: string): Promise<SignInPending> {
    const user = await this.users.findById(userId);
    const have = await this.factors.status(userId);
    const methods: SecondFactorMethod[] =
      step === 'enrol'
        ? ['passkey', 'totp']
        : [
            ...(have.passkeys > 0 ? (['passkey'] as const) : []),
            ...(have.totp ? (['totp'] as const) : []),
            ...(have.recoveryCodes > 0 ? (['recoveryCode'] as const) : []),
          ];
    return {
      pending: step,
      methods,
      email: user?.email ?? '',
      displayName: user?.displayName ?? '',
      requiredBy: step === 'enrol' ? await this.factors.requiredBy(membershipId) : null,
      csrfToken,
    };
  }

  async currentUser(userId: string, membershipId: string, csrfToken: string): Promise<CurrentUser> {
    return (await this.users.currentUser(userId, membershipId, csrfToken)) as CurrentUser;
  }
}
