import { Injectable } from '@nestjs/common';
import type { HostEmbedOrigins } from '@bussanten/contracts';
import { checkEmbedOrigins } from '@bussanten/domain';
import { AuditService } from '../../audit/audit.service';
import { validationFailed } from '../../common/domain-error';
import type { OrganizerActor } from '../access';
import { HostEmbedRepository } from './host-embed.repository';

/**
 * Which sites may show the host's fair widget in an <iframe> (its frame-ancestors). Organizers set
 * them on the people page beside the host's contact; a list with any bad origin is refused whole.
 */
@Injectable()
export class HostEmbedService {
  constructor(
    private readonly repo: HostEmbedRepository,
    private readonly audit: AuditService,
  ) {}

  async get(actor: OrganizerActor): Promise<HostEmbedOrigins> {
    return { origins: await this.repo.get(actor.user.hostId) };
  }

  update(actor: OrganizerActor, typed: readonly unknown[]): Promise<HostEmbedOrigins> {
    const { origins, details } = checkEmbedOrigins(typed);
    if (details.length) throw validationFailed(details);
    return this.repo.transaction(async (m) => {
      const before = await this.repo.set(actor.user.hostId, origins, m);
      if (before.join(' ') !== origins.join(' ')) {
        await this.audit.record(m, actor, {
          action: 'host.embed_origins_changed',
          entityType: 'host',
          entityId: actor.user.hostId,
          changes: { origins: { before, after: origins } },
        });
      }
      return { origins: await this.repo.get(actor.user.hostId, m) };
    });
  }
}
