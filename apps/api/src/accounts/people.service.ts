import { Injectable } from '@nestjs/common';
import type { Person } from '@bussanten/contracts';
import { AuditService } from '../audit/audit.service';
import type { OrganizerActor } from './access';
import { forbidden, personNotFound } from './accounts.errors';
import { UsersRepository } from './users.repository';

/** The host's memberships and who holds them. A host sees and changes only its own. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  list(actor: OrganizerActor): Promise<Person[]> {
    return this.users.peopleOf(actor.user.hostId);
  }

  /**
   * Revoking a membership ends that access at once: every session acting within it is refused on
   * its next request (the session lookup requires a live membership). The person's memberships at
   * other hosts, and their account, are untouched.
   */
  async setDisabled(actor: OrganizerActor, membershipId: string, disabled: boolean): Promise<Person> {
    if (membershipId === actor.user.membershipId && disabled) throw forbidden('You cannot revoke the membership you are using');
    return this.users.transaction(async (m) => {
      const person = await this.users.person(membershipId, actor.user.hostId, m);
      if (!person) throw personNotFound(membershipId);
      if (person.disabled !== disabled && (await this.users.setMembershipDisabled(membershipId, actor.user.hostId, disabled, m))) {
        await this.audit.record(m, actor, {
          action: disabled ? 'membership.disabled' : 'membership.enabled',
          entityType: 'membership',
          entityId: membershipId,
          changes: { disabled: { before: person.disabled, after: disabled } },
        });
      }
      return (await this.users.person(membershipId, actor.user.hostId, m)) as Person;
    });
  }
}
