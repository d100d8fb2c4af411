import { Injectable } from '@nestjs/common';
import type { HostSecurity } from '@bussanten/contracts';
import { AuditService } from '../../audit/audit.service';
import type { OrganizerActor } from '../access';
import { FactorsRepository } from './factors.repository';

/**
 * A host's sign-in rule for its organizers. Turned on, each organizer is asked for a second factor
 * at their next sign-in into the host (or switch to it), and to enrol one first if they have none;
 * sessions already open go on until they end.
 */
@Injectable()
export class HostSecurityService {
  constructor(
    private readonly factors: FactorsRepository,
    private readonly audit: AuditService,
  ) {}

  get(actor: OrganizerActor): Promise<HostSecurity> {
    return this.factors.hostSecurity(actor.user.hostId);
  }

  async update(actor: OrganizerActor, requireSecondFactor: boolean): Promise<HostSecurity> {
    return this.factors.transaction(async (m) => {
      const before = await this.factors.setRequireSecondFactor(actor.user.hostId, requireSecondFactor, m);
      if (before !== null && before !== requireSecondFactor) {
        await this.audit.record(m, actor, {
          action: 'host.security_changed',
          entityType: 'host',
          entityId: actor.user.hostId,
          changes: { requireSecondFactor: { before, after: requireSecondFactor } },
        });
      }
      return this.factors.hostSecurity(actor.user.hostId, m);
    });
  }
}
