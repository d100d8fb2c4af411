import { Injectable } from '@nestjs/common';
import { ErrorCode, type Fair } from '@bussanten/contracts';
import type { OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { fairNotFound, FairsService } from '../fairs/fairs.service';
import { PublicReleasesService } from './public-releases.service';
import { ReleasesRepository } from './releases.repository';
import { WebhookOutbox } from './webhooks/webhook-outbox';

/**
 * 公開停止 and 公開再開: whether the public routes serve a fair's latest release. Separate from the
 * status, so stopping never closes applications and archiving never hides a past fair. Restarting
 * shows the last release again; there is nothing to show before the first publication.
 */
@Injectable()
export class VisibilityService {
  constructor(
    private readonly releases: ReleasesRepository,
    private readonly fairs: FairsService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhookOutbox,
    private readonly cache: PublicReleasesService,
  ) {}

  async set(actor: OrganizerActor, fairId: string, visible: boolean): Promise<Fair> {
    const hostId = actor.user.hostId;
    const slug = await this.releases.transaction(async (m) => {
      const fair = await this.releases.lockVisibility(fairId, hostId, m);
      if (!fair) throw fairNotFound(fairId);
      if (fair.visible === visible) return null; // already so: nothing to record or tell
      if (visible && !fair.released) {
        throw new DomainError(ErrorCode.FairNeverPublished, 'The fair has never been published: publish a release first', [
          { field: 'public', rule: 'neverPublished', message: 'there is no release to show; publish one first' },
        ]);
      }
      await this.releases.setVisible(fairId, hostId, visible, m);
      await this.audit.record(m, actor, {
        action: 'fair.visibilityChanged',
        entityType: 'fair',
        entityId: fairId,
        changes: { visible: { before: !visible, after: visible } },
      });
      // The ward's website or signage fed by the webhook takes the fair down (or back up) too.
      await this.webhooks.enqueue(m, hostId, 'fair.visibilityChanged', { fair: fair.slug, public: visible, url: `/api/public/fairs/${fair.slug}` });
      await this.releases.announce(fair.slug, m);
      return fair.slug;
    });
    if (slug) this.cache.forget(slug);
    return this.fairs.get(actor, fairId);
  }
}
