import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FactorsReset } from '@bussanten/contracts';
import { AuditService } from '../../audit/audit.service';
import { OutboxService } from '../../mail/outbox.service';
import type { Actor, OperatorActor, OrganizerActor } from '../access';
import { forbidden, personNotFound } from '../accounts.errors';
import { normaliseEmail } from '../tokens';
import { UsersRepository } from '../users.repository';
import { factorsResetMessage, type ResetBy } from './factor-messages';
import { FactorsRepository } from './factors.repository';

/**
 * For a person who lost every factor: an organizer of a host they belong to, or the operator,
 * removes all their passkeys, authenticator app and recovery codes and ends their sessions. The
 * person is mailed; the reset is audited (in the host's log, or the install's for the operator).
 * Afterwards their password alone signs in, and a host that requires a factor asks them to enrol.
 */
@Injectable()
export class FactorResetsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly factors: FactorsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** :membershipId is a live membership of the organizer's host (Person.id). */
  async byOrganizer(actor: OrganizerActor, membershipId: string): Promise<FactorsReset> {
    return this.factors.transaction(async (m) => {
      const person = await this.users.person(membershipId, actor.user.hostId, m);
      if (!person) throw personNotFound(membershipId);
      if (person.disabled) throw forbidden('This membership is revoked: only a host the person still belongs to may reset them');
      const { name, nameEn } = await this.outbox.hostContact(m, actor.user.hostId);
      return this.reset(m, actor, person.userId, person.email, { kind: 'organizer', host: { name, nameEn }, name: actor.user.displayName });
    });
  }

  async byOperator(actor: OperatorActor, emailInput: string): Promise<FactorsReset> {
    return this.factors.transaction(async (m) => {
      const user = await this.users.findByEmail(normaliseEmail(emailInput), m);
      if (!user) throw personNotFound(emailInput);
      return this.reset(m, actor, user.id, user.email, { kind: 'operator' });
    });
  }

  private async reset(m: EntityManager, actor: Actor, userId: string, email: string, by: ResetBy): Promise<FactorsReset> {
    await this.users.lock(userId, m);
    const removed = await this.factors.deleteAll(userId, m);
    await this.audit.record(m, actor, {
      action: 'user.factors_reset',
      entityType: 'user',
      entityId: userId,
      changes: {
        passkeys: { before: removed.passkeys, after: 0 },
        totp: { before: removed.totp, after: false },
        recoveryCodes: { before: removed.recoveryCodes, after: 0 },
      },
    });
    await this.outbox.enqueue(m, {
      kind: 'account.factorsReset',
      hostId: null,
      recipient: email,
      ...factorsResetMessage({ at: new Date(), by, signInUrl: this.outbox.link('/sign-in') }),
    });
    return removed;
  }
}
