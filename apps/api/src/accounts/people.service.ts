import { Injectable } from '@nestjs/common';
import type { Person } from '@bussanten/contracts';
import { AuditService } from '../audit/audit.service';
import type { OrganizerActor } from './access';
import { forbidden, personNotFound } from './accounts.errors';
import { SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

@Injectable()
export class PeopleService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
  ) {}

  list(actor: OrganizerActor): Promise<Person[]> {
    return this.users.peopleOf(actor.user.hostId);
  }

  /** Disabling signs the person out everywhere at once (their sessions are deleted). */
  async setDisabled(actor: OrganizerActor, id: string, disabled: boolean): Promise<Person> {
    const person = await this.users.person(id, actor.user.hostId);
    if (!person) throw personNotFound(id);
    if (id === actor.user.id && disabled) throw forbidden('You cannot disable your own account');
    if (person.disabled !== disabled) {
      await this.users.transaction(async (m) => {
        await this.users.setDisabled(id, disabled, m);
        if (disabled) await this.sessions.deleteForUser(id, m);
        await this.audit.record(m, actor, {
          action: disabled ? 'user.disabled' : 'user.enabled',
          entityType: 'user',
          entityId: id,
          changes: { disabled: { before: person.disabled, after: disabled } },
        });
      });
    }
    return (await this.users.person(id, actor.user.hostId)) as Person;
  }
}
