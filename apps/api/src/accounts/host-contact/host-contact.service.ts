import { Injectable } from '@nestjs/common';
import type { HostContact } from '@bussanten/contracts';
import { changedFields } from '@bussanten/domain';
import { AuditService } from '../../audit/audit.service';
import type { OrganizerActor } from '../access';
import { HostContactRepository } from './host-contact.repository';

const blank = (s: string | null) => s?.trim() || null;

/** The host's contact shown to its exhibitors on their application page; organizers set it on the people page. */
@Injectable()
export class HostContactService {
  constructor(
    private readonly repo: HostContactRepository,
    private readonly audit: AuditService,
  ) {}

  get(actor: OrganizerActor): Promise<HostContact> {
    return this.repo.get(actor.user.hostId);
  }

  update(actor: OrganizerActor, input: HostContact): Promise<HostContact> {
    const after = { contactEmail: blank(input.contactEmail), contactPhone: blank(input.contactPhone), contactNote: blank(input.contactNote) };
    return this.repo.transaction(async (m) => {
      const before = await this.repo.set(actor.user.hostId, after, m);
      const changes = changedFields(before, after, ['contactEmail', 'contactPhone', 'contactNote'] as const);
      if (Object.keys(changes).length) {
        await this.audit.record(m, actor, { action: 'host.contact_changed', entityType: 'host', entityId: actor.user.hostId, changes });
      }
      return this.repo.get(actor.user.hostId, m);
    });
  }
}
