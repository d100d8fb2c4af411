import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditAction, FactorEnrolled, MyFactors, PasskeySummary, RecoveryCodes, TotpSetup, WebAuthnJson } from '@bussanten/contracts';
import { readTotpCode } from '@bussanten/domain';
import { AuditService } from '../../audit/audit.service';
import { violatedConstraint } from '../../common/db-errors';
import type { SecretBox } from '../../common/secret-box';
import { OutboxService } from '../../mail/outbox.service';
import type { Actor, AuthUser } from '../access';
import { duplicatePasskeyName, factorRequired, passkeyNotFound, secondFactorInvalid, signInIncomplete, stepNotPending, totpState } from '../accounts.errors';
import { FACTOR_SECRET_BOX, SITE_OPTIONS, type SiteOptions } from '../session-options';
import { SessionsRepository } from '../sessions.repository';
import { UsersRepository } from '../users.repository';
import { factorRemovedMessage, type RemovedFactor } from './factor-messages';
import { FactorsRepository, type PasskeyRow } from './factors.repository';
import { challengeOf, registrationOptions, verifyRegistration } from './passkey-ceremonies';
import { newRecoveryCodes } from './recovery-codes';
import { newTotpSecret, totpContext, totpSetup, totpTimeStep } from './totp';
import { Constraint } from '../../database/constraints';

type Person = Actor & { user: AuthUser };

/** The enrolled factor's answer, and the session's new token when enrolling finished a sign-in. */
export interface Enrolment {
  body: FactorEnrolled;
  session: { token: string; expiresAt: Date } | null;
}

const summary = (p: PasskeyRow): PasskeySummary => ({
  id: p.id,
  name: p.name,
  createdAt: p.createdAt.toISOString(),
  lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
  backedUp: p.backedUp,
});

/**
 * A person's own second factors. Enrolling is open to a signed-in session and to one waiting to
 * enrol (a host's rule); removing, renaming and new recovery codes need a session that gives access.
 * The first factor brings ten recovery codes (shown once); removing the last takes them away.
 */
@Injectable()
export class MyFactorsService {
  constructor(
    private readonly factors: FactorsRepository,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(SITE_OPTIONS) private readonly site: SiteOptions,
    @Inject(FACTOR_SECRET_BOX) private readonly box: SecretBox | null,
  ) {}

  async list(actor: Actor): Promise<MyFactors> {
    const { user } = this.enrolling(actor);
    const [passkeys, totp, codes, required] = await Promise.all([
      this.factors.listPasskeys(user.id),
      this.factors.totp(user.id),
      this.factors.recoveryCodes(user.id),
      this.factors.requiredBy(user.membershipId),
    ]);
    return {
      passkeys: passkeys.map(summary),
      totp: totp?.confirmedAt ? { enabledAt: totp.confirmedAt.toISOString() } : null,
      recoveryCodes: codes ? { remaining: codes.remaining, createdAt: codes.createdAt.toISOString() } : null,
      required: required !== null,
    };
  }

  async passkeyOptions(actor: Actor): Promise<WebAuthnJson> {
    const { user } = this.enrolling(actor);
    const options = await registrationOptions(this.site, user, await this.factors.listPasskeys(user.id));
    await this.factors.saveChallenge(options['challenge'] as string, 'register', user.sessionId);
    return options;
  }

  async addPasskey(actor: Actor, name: string, response: WebAuthnJson): Promise<Enrolment> {
    const person = this.enrolling(actor);
    const challenge = challengeOf(response);
    if (!challenge || !(await this.factors.takeChallenge(challenge, 'register', person.user.sessionId))) throw secondFactorInvalid('response');
    const passkey = await verifyRegistration(this.site, response, challenge);
    if (!passkey) throw secondFactorInvalid('response');
    return this.enrolled(person, 'user.passkey_added', { name }, async (m) => {
      try {
        await this.factors.insertPasskey({ userId: person.user.id, name: name.trim(), ...passkey }, m);
      } catch (e) {
        const constraint = violatedConstraint(e, '23505');
        if (constraint === Constraint.passkeysUserName) throw duplicatePasskeyName(name.trim());
        if (constraint === Constraint.passkeysCredentialId) throw secondFactorInvalid('response'); // this authenticator is registered already
        throw e;
      }
    });
  }

  async renamePasskey(actor: Actor, id: string, name: string): Promise<PasskeySummary> {
    const { user } = this.signedIn(actor);
    try {
      if (!(await this.factors.renamePasskey(user.id, id, name.trim()))) throw passkeyNotFound(id);
    } catch (e) {
      if (violatedConstraint(e, '23505') === Constraint.passkeysUserName) throw duplicatePasskeyName(name.trim());
      throw e;
    }
    return summary((await this.factors.passkey(user.id, id)) as PasskeyRow);
  }

  removePasskey(actor: Actor, id: string): Promise<void> {
    return this.remove(this.signedIn(actor), async (m) => {
      const name = await this.factors.deletePasskey(actor.user?.id ?? '', id, m);
      if (name === null) throw passkeyNotFound(id);
      return { kind: 'passkey', name };
    });
  }

  /** A new secret for an authenticator app, waiting for its first code (a setup not confirmed is replaced). */
  async totpSetup(actor: Actor): Promise<TotpSetup> {
    const { user } = this.enrolling(actor);
    const secret = newTotpSecret();
    if (!(await this.factors.saveTotpSetup(user.id, this.secretBox().seal(secret, totpContext(user.id)))))
      throw totpState('An authenticator app is set up already; remove it first');
    return { secret, ...(await totpSetup(secret, user.email)) };
  }

  async confirmTotp(actor: Actor, input: string): Promise<Enrolment> {
    const person = this.enrolling(actor);
    const row = await this.factors.totp(person.user.id);
    if (!row || row.confirmedAt) throw totpState('No authenticator app setup waits for its first code; start again');
    const code = readTotpCode(input);
    const step = code ? await totpTimeStep(this.secretBox().open(row.secretSealed, totpContext(person.user.id)), code) : null;
    if (step === null) throw secondFactorInvalid('code');
    return this.enrolled(person, 'user.totp_enabled', {}, async (m) => {
      if (!(await this.factors.confirmTotp(person.user.id, step, m))) throw totpState('The authenticator app was set up meanwhile');
    });
  }

  removeTotp(actor: Actor): Promise<void> {
    return this.remove(this.signedIn(actor), async (m) => {
      if (!(await this.factors.deleteTotp(actor.user?.id ?? '', m))) throw totpState('No authenticator app is set up');
      return { kind: 'totp' };
    });
  }

  /** Ten new codes (shown once); the old ones stop working. Only for a person with a factor. */
  async renewRecoveryCodes(actor: Actor): Promise<RecoveryCodes> {
    const person = this.signedIn(actor);
    return this.factors.transaction(async (m) => {
      const have = await this.factors.status(person.user.id, m);
      if (have.passkeys === 0 && !have.totp) throw totpState('Recovery codes come with a passkey or an authenticator app: enrol one first');
      const codes = newRecoveryCodes();
      await this.factors.replaceRecoveryCodes(person.user.id, codes.hashes, m);
      await this.audit.record(m, person, { action: 'user.recovery_codes_renewed', entityType: 'user', entityId: person.user.id, changes: {} });
      return { codes: codes.shown };
    });
  }

  /** Writes the new factor with its audit entry; the first factor brings recovery codes; a waiting 'enrol' session is finished. */
  private async enrolled(person: Person, action: AuditAction, facts: Record<string, string>, write: (m: EntityManager) => Promise<void>): Promise<Enrolment> {
    const { user } = person;
    const recoveryCodes = await this.factors.transaction(async (m) => {
      await write(m);
      const changes = Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, { before: null, after: v }]));
      await this.audit.record(m, person, { action, entityType: 'user', entityId: user.id, changes });
      // The person just proved the factor in this session, so a later switch into a host that requires one asks no more.
      if (!user.pending) await this.sessions.markSecondFactor(user.sessionId, m);
      if (await this.factors.recoveryCodes(user.id, m)) return null;
      const codes = newRecoveryCodes();
      await this.factors.replaceRecoveryCodes(user.id, codes.hashes, m);
      return codes.shown;
    });
    if (user.pending !== 'enrol') return { body: { recoveryCodes, user: null }, session: null };
    const session = await this.sessions.completeStep(user.sessionId, 'enrol');
    if (!session) throw stepNotPending();
    await this.users.markSignedIn(user.id);
    const current = await this.users.currentUser(user.id, user.membershipId, user.csrfToken);
    return { body: { recoveryCodes, user: current }, session };
  }

  /**
   * Removes a factor, mailed to the person and audited. The last one may not go while a host of the
   * person's organizer memberships requires one; with it go the recovery codes (they only stand in
   * for a factor).
   */
  private async remove(person: Person, removeOne: (m: EntityManager) => Promise<RemovedFactor>): Promise<void> {
    const { user } = person;
    await this.factors.transaction(async (m) => {
      // One removal at a time per person: two concurrent removals of the last two factors must not both pass the check.
      await this.users.lock(user.id, m);
      const factor = await removeOne(m);
      const left = await this.factors.status(user.id, m);
      const remaining = left.passkeys + (left.totp ? 1 : 0);
      if (remaining === 0 && (await this.factors.requiredForUser(user.id, m))) throw factorRequired();
      if (remaining === 0) await this.factors.deleteRecoveryCodes(user.id, m);
      const action: AuditAction = factor.kind === 'passkey' ? 'user.passkey_removed' : 'user.totp_removed';
      await this.audit.record(m, person, {
        action,
        entityType: 'user',
        entityId: user.id,
        changes: factor.kind === 'passkey' ? { name: { before: factor.name, after: null } } : {},
      });
      await this.outbox.enqueue(m, {
        kind: 'account.factorRemoved',
        hostId: null,
        recipient: user.email,
        ...factorRemovedMessage({ factor, at: new Date(), remaining, securityUrl: this.outbox.link('/account/security') }),
      });
    });
  }

  /** A session that gives access, or one waiting to enrol. */
  private enrolling(actor: Actor): Person {
    if (!actor.user || actor.user.pending === 'secondFactor') throw actor.user ? signInIncomplete('secondFactor') : stepNotPending();
    return actor as Person;
  }

  private signedIn(actor: Actor): Person {
    if (!actor.user || actor.user.pending) throw signInIncomplete(actor.user?.pending ?? 'signIn');
    return actor as Person;
  }

  private secretBox(): SecretBox {
    if (!this.box) throw new Error('no APP_SECRET SecretBox was given to the app (AppModuleOptions.secretBox)');
    return this.box;
  }
}
