import { Inject, Injectable } from '@nestjs/common';
import type { CurrentUser, SignInPending, SignInResult, WebAuthnJson } from '@bussanten/contracts';
import { judgeSignInAttempt, MAX_STEP_FAILURES, readRecoveryCode, readTotpCode } from '@bussanten/domain';
import { AuditService } from '../../audit/audit.service';
import type { SecretBox } from '../../common/secret-box';
import { OutboxService } from '../../mail/outbox.service';
import type { Actor, AuthUser } from '../access';
import { secondFactorInvalid, stepNotPending, tooManyAttempts } from '../accounts.errors';
import { AuthService } from '../auth.service';
import { FACTOR_SECRET_BOX, SITE_OPTIONS, type SiteOptions } from '../session-options';
import { type SessionDevice, SessionsRepository } from '../sessions.repository';
import { UsersRepository } from '../users.repository';
import { recoveryCodeUsedMessage } from './factor-messages';
import { FactorsRepository, type PasskeyRow } from './factors.repository';
import { authenticationOptions, challengeOf, credentialIdOf, verifyAssertion } from './passkey-ceremonies';
import { hashRecoveryCode } from './recovery-codes';
import { SignInStepsService } from './sign-in-steps.service';
import { totpContext, totpTimeStep } from './totp';

/** A finished second step: the person, and the session's new token for the cookie. */
export interface StepDone {
  user: CurrentUser;
  token: string;
  expiresAt: Date;
}

type Waiting = Actor & { user: AuthUser & { pending: 'secondFactor' } };

/**
 * The second step of a sign-in (a passkey, an authenticator code, a recovery code), and signing in
 * with a passkey alone. Codes are throttled like passwords (they count in sign_in_failures for the
 * account and the address), and a waiting session ends after MAX_STEP_FAILURES wrong ones.
 */
@Injectable()
export class SecondStepService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly factors: FactorsRepository,
    private readonly steps: SignInStepsService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(SITE_OPTIONS) private readonly site: SiteOptions,
    @Inject(FACTOR_SECRET_BOX) private readonly box: SecretBox | null,
  ) {}

  /** What the waiting session is asked for (the web reads it again after a reload). */
  pendingOf(actor: Actor): Promise<SignInPending> {
    const user = actor.user;
    if (!user?.pending) throw stepNotPending();
    return this.steps.pending(user.id, user.membershipId, user.pending, user.csrfToken);
  }

  async totp(actor: Actor, input: string): Promise<StepDone> {
    const waiting = this.waiting(actor);
    const code = readTotpCode(input);
    await this.throttled(waiting, 'code', async () => {
      const row = await this.factors.totp(waiting.user.id);
      if (!code || !row?.confirmedAt || !this.box) return false;
      const step = await totpTimeStep(
        this.box.open(row.secretSealed, totpContext(waiting.user.id)),
        code,
        row.lastTimeStep === null ? null : Number(row.lastTimeStep),
      );
      return step !== null && (await this.factors.useTotpStep(waiting.user.id, step));
    });
    return this.complete(waiting);
  }

  /** A recovery code works once; its use is mailed to the person and audited. */
  async recoveryCode(actor: Actor, input: string): Promise<StepDone> {
    const waiting = this.waiting(actor);
    const code = readRecoveryCode(input);
    const { id, email } = waiting.user;
    await this.throttled(waiting, 'code', () =>
      this.factors.transaction(async (m) => {
        if (!code || !(await this.factors.useRecoveryCode(id, hashRecoveryCode(code), m))) return false;
        const remaining = (await this.factors.recoveryCodes(id, m))?.remaining ?? 0;
        await this.audit.record(m, waiting, {
          action: 'user.recovery_code_used',
          entityType: 'user',
          entityId: id,
          changes: { remaining: { before: remaining + 1, after: remaining } },
        });
        await this.outbox.enqueue(m, {
          kind: 'account.recoveryCodeUsed',
          hostId: null,
          recipient: email,
          ...recoveryCodeUsedMessage({ at: new Date(), remaining, securityUrl: this.outbox.link('/account/security') }),
        });
        return true;
      }),
    );
    return this.complete(waiting);
  }

  async passkeyOptions(actor: Actor): Promise<WebAuthnJson> {
    const waiting = this.waiting(actor);
    const passkeys = await this.factors.listPasskeys(waiting.user.id);
    if (!passkeys.length) throw secondFactorInvalid('response');
    const options = await authenticationOptions(this.site, passkeys);
    await this.factors.saveChallenge(options['challenge'] as string, 'secondFactor', waiting.user.sessionId);
    return options;
  }

  async passkey(actor: Actor, response: WebAuthnJson): Promise<StepDone> {
    const waiting = this.waiting(actor);
    await this.throttled(waiting, 'response', async () => (await this.assertion(response, 'secondFactor', waiting.user.sessionId, waiting.user.id)) !== null);
    return this.complete(waiting);
  }

  /** Options for signing in with a passkey alone: no account named, user verification required. */
  async signInOptions(): Promise<WebAuthnJson> {
    const options = await authenticationOptions(this.site, null);
    await this.factors.saveChallenge(options['challenge'] as string, 'signIn', null);
    return options;
  }

  /** A passkey with user verification is both factors: the session opens without a further step (unless nothing else allows it). */
  async signIn(response: WebAuthnJson, device: SessionDevice): Promise<{ result: SignInResult; token: string; expiresAt: Date }> {
    const passkey = await this.assertion(response, 'signIn', null, null);
    const user = passkey ? await this.users.findById(passkey.userId) : null;
    if (!user || user.disabledAt) throw secondFactorInvalid('response');
    return this.auth.openSession(user.id, device, { secondFactorDone: true });
  }

  private waiting(actor: Actor): Waiting {
    if (actor.user?.pending !== 'secondFactor') throw stepNotPending();
    return actor as Waiting;
  }

  /**
   * Runs a check as a sign-in attempt: booked as a failure first (so parallel guesses see each
   * other, sign-in-throttle.ts), taken back when it passes. A wrong answer also counts against the
   * waiting session, which ends after MAX_STEP_FAILURES.
   */
  private async throttled(waiting: Waiting, field: string, check: () => Promise<boolean>): Promise<void> {
    const attempt = await this.users.bookAttempt(waiting.user.email, waiting.address);
    const verdict = judgeSignInAttempt(attempt.failures, attempt.now);
    if (!verdict.allowed) {
      await this.users.forgetAttempt(attempt.id);
      throw tooManyAttempts(verdict.retryAfterSeconds, verdict.reason);
    }
    if (await check()) {
      await this.users.forgetAttempt(attempt.id);
      return;
    }
    const failures = await this.sessions.countStepFailure(waiting.user.sessionId);
    throw secondFactorInvalid(field, Math.max(0, MAX_STEP_FAILURES - failures));
  }

  /** The passkey that answered a challenge of this purpose (for this session, and this person when known); null for anything else. */
  private async assertion(
    response: WebAuthnJson,
    purpose: 'secondFactor' | 'signIn',
    sessionId: string | null,
    userId: string | null,
  ): Promise<PasskeyRow | null> {
    const challenge = challengeOf(response);
    const credentialId = credentialIdOf(response);
    if (!challenge || !credentialId || !(await this.factors.takeChallenge(challenge, purpose, sessionId))) return null;
    const passkey = await this.factors.passkeyByCredentialId(credentialId);
    if (!passkey || (userId !== null && passkey.userId !== userId)) return null;
    const counter = await verifyAssertion(this.site, response, challenge, passkey, purpose === 'signIn');
    if (counter === null) return null;
    await this.factors.passkeyUsed(passkey.id, counter);
    return passkey;
  }

  private async complete(waiting: Waiting): Promise<StepDone> {
    const done = await this.sessions.completeStep(waiting.user.sessionId, 'secondFactor');
    if (!done) throw stepNotPending();
    await this.users.markSignedIn(waiting.user.id);
    return { user: await this.steps.currentUser(waiting.user.id, waiting.user.membershipId, waiting.user.csrfToken), ...done };
  }
}
