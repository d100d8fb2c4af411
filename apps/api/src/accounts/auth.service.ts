import { Injectable } from '@nestjs/common';
import type { CurrentUser, SignInResult } from '@bussanten/contracts';
import { SignInStepsService } from './factors/sign-in-steps.service';
import { judgeSignInAttempt } from '@bussanten/domain';
import { AuditService } from '../audit/audit.service';
import type { Actor, AuthUser } from './access';
import { invalidCredentials, membershipNotFound, noMembership, tooManyAttempts } from './accounts.errors';
import { assertGoodPassword, hashPassword, verifyPassword } from './passwords';
import { type SessionDevice, SessionsRepository } from './sessions.repository';
import { normaliseEmail } from './tokens';
import type { UserEntity } from './entities';
import { UsersRepository } from './users.repository';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly steps: SignInStepsService,
  ) {}

  /** The password's sign-in: the person, or (with a second factor, or a host's rule) the step the new session still waits for. */
  async signIn(emailInput: string, password: string, device: SessionDevice): Promise<{ result: SignInResult; token: string; expiresAt: Date }> {
    const user = await this.checkPassword(emailInput, password, device.address);
    return this.openSession(user.id, device);
  }

  /** A session for the person in the membership used last (they may switch afterwards). */
  async openSession(
    userId: string,
    device: SessionDevice,
    options: { secondFactorDone?: boolean } = {},
  ): Promise<{ result: SignInResult; token: string; expiresAt: Date }> {
    const [membership] = await this.users.liveMemberships(userId);
    if (!membership) throw noMembership();
    const opened = await this.users.transaction((m) => this.steps.open(userId, membership.id, device, m, options));
    if (!opened.step) await this.users.markSignedIn(userId);
    return { result: await this.steps.describe(userId, membership.id, opened.step, opened.csrfToken), token: opened.token, expiresAt: opened.expiresAt };
  }

  /**
   * The enabled account with this address and password, or a refusal. Every attempt counts towards
   * the throttle (sign-in, and accepting an invitation with an existing account's password): the
   * guessing address is refused with 429 and Retry-After; the account itself only slows down for
   * addresses that have failed, so its owner still signs in from elsewhere (sign-in-throttle.ts).
   */
  async checkPassword(emailInput: string, password: string, address: string): Promise<UserEntity> {
    const email = normaliseEmail(emailInput);
    // Booked (as a failure) and checked before the password, so a guesser past the limit learns
    // nothing more, however many attempts it sends at once or to however many processes.
    const attempt = await this.users.bookAttempt(email, address);
    const verdict = judgeSignInAttempt(attempt.failures, attempt.now);
    if (!verdict.allowed) {
      await this.users.forgetAttempt(attempt.id);
      throw tooManyAttempts(verdict.retryAfterSeconds, verdict.reason);
    }
    const user = await this.users.findByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok || user.disabledAt) throw invalidCredentials(); // the booked row stays: a failure
    await this.users.forgetAttempt(attempt.id);
    return user;
  }

  /** From now on the session acts within another of the person's live memberships. */
  async switchMembership(user: AuthUser, membershipId: string): Promise<SignInResult> {
    // Entering an organizer membership of a host that requires a second factor, without one proved in
    // this session, makes the session wait for it (or for enrolling one) like a sign-in.
    const step = await this.users.transaction(async (m) => {
      if (!(await this.sessions.switchMembership(user.sessionId, user.id, membershipId, m))) throw membershipNotFound(membershipId);
      const needed = await this.steps.stepFor(user.id, membershipId, await this.sessions.secondFactorDone(user.sessionId, m), m);
      if (needed && (await this.steps.requiredBy(membershipId, m))) {
        await this.sessions.requireStep(user.sessionId, needed, m);
        return needed;
      }
      return null;
    });
    return this.steps.describe(user.id, membershipId, step, user.csrfToken);
  }

  signOut(user: AuthUser): Promise<void> {
    return this.sessions.delete(user.sessionId);
  }

  async me(user: AuthUser): Promise<CurrentUser> {
    return (await this.users.currentUser(user.id, user.membershipId, user.csrfToken)) as CurrentUser;
  }

  /** Changes the password and signs out every other session of the user. */
  async changePassword(actor: Actor & { user: AuthUser }, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findById(actor.user.id);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw invalidCredentials();
    }
    await assertGoodPassword('newPassword', newPassword, user.email);
    const passwordHash = await hashPassword(newPassword);
    await this.users.transaction(async (m) => {
      user.passwordHash = passwordHash;
      user.passwordChangedAt = new Date();
      await this.users.save(user, m);
      await this.sessions.deleteForUser(user.id, m, actor.user.sessionId);
      await this.audit.record(m, actor, { action: 'user.password_changed', entityType: 'user', entityId: user.id, changes: {} });
    });
  }
}
