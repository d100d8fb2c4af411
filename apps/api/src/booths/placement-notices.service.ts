import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode, type PlacementNoticeItem, type PlacementNoticePreview, type PlacementNoticeResult } from '@bussanten/contracts';
import { placementChanges, placementsByApplication } from '@bussanten/domain';
import type { OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { FairsService } from '../fairs/fairs.service';
import { placementNotice } from '../mail/messages';
import { OutboxService } from '../mail/outbox.service';
import { PlacementNoticesRepository } from './placement-notices.repository';

/**
 * 「配置を通知」: placing, moving and removing booths mail nobody; when the organizer is ready, one
 * notice tells each exhibitor whose booths or days changed since the last notice, in one mail per
 * representative. Once a fair is published its release notices do this instead.
 */
@Injectable()
export class PlacementNoticesService {
  constructor(
    private readonly repo: PlacementNoticesRepository,
    private readonly fairs: FairsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async preview(actor: OrganizerActor, fairId: string): Promise<PlacementNoticePreview> {
    const fair = await this.fairs.get(actor, fairId);
    return this.repo.transaction(async (m) => {
      const { last, items } = await this.pending(actor.user.hostId, fairId, m);
      // The municipality's id and English name are for the mails, not part of the answer.
      const shown = items.map(({ municipalityId: _id, municipalityNameEn: _en, ...item }) => item);
      return { lastSentAt: last ? last.sentAt.toISOString() : null, published: fair.releasedVersion !== null, items: shown };
    });
  }

  async send(actor: OrganizerActor, fairId: string): Promise<PlacementNoticeResult> {
    const fair = await this.fairs.get(actor, fairId);
    if (fair.releasedVersion !== null) {
      throw new DomainError(ErrorCode.FairAlreadyPublished, 'A published fair tells its exhibitors through its release notices', [
        { field: '', rule: 'published', message: 'publish a new release instead' },
      ]);
    }
    const hostId = actor.user.hostId;
    return this.repo.transaction(async (m) => {
      // One notice at a time per fair, so two presses never tell the same change twice.
      await m.query('SELECT 1 FROM fairs WHERE id = $1 AND host_id = $2 FOR UPDATE', [fairId, hostId]);
      const { now, items } = await this.pending(hostId, fairId, m);
      let messages = 0;
      for (const item of items) {
        const frame = await this.outbox.frame(m, hostId, 'application', `/my/applications/${item.applicationId}`);
        const text = placementNotice({
          fair: { title: fair.title, titleEn: fair.titleEn },
          municipality: { name: item.municipalityName, nameEn: item.municipalityNameEn },
          before: item.before,
          after: item.after,
          frame,
        });
        messages += await this.outbox.enqueueToRepresentatives(m, { hostId, municipalityId: item.municipalityId }, { kind: 'placement.notice', ...text });
      }
      const sentAt = await this.repo.insert(fairId, actor.user.id, now, m);
      await this.audit.record(m, actor, {
        action: 'placement.noticeSent',
        entityType: 'fair',
        entityId: fairId,
        changes: { exhibitors: { before: null, after: items.map((i) => i.municipalityName) } },
      });
      return { sentAt: sentAt.toISOString(), exhibitors: items.length, messages };
    });
  }

  /** The changes since the last notice, for applications still accepted (a withdrawal is told by its own mail). */
  private async pending(hostId: string, fairId: string, m: EntityManager) {
    const last = await this.repo.last(fairId, hostId, m);
    const now = placementsByApplication(await this.repo.current(fairId, hostId, m));
    const changes = placementChanges(last?.placements ?? {}, now);
    const apps = new Map(
      (
        await this.repo.applications(
          fairId,
          hostId,
          changes.map((c) => c.applicationId),
          m,
        )
      ).map((a) => [a.id, a]),
    );
    const accepted = changes.flatMap((change) => {
      const app = apps.get(change.applicationId);
      return app && app.status === 'accepted'
        ? [{ ...change, municipalityId: app.municipalityId, municipalityName: app.municipalityName, municipalityNameEn: app.municipalityNameEn }]
        : [];
    });
    const counts = await this.outbox.representativeCounts(m, hostId, [...new Set(accepted.map((a) => a.municipalityId))]);
    const items: (PlacementNoticeItem & { municipalityId: string; municipalityNameEn: string | null })[] = accepted.map((a) => ({
      ...a,
      recipients: counts.get(a.municipalityId) ?? 0,
    }));
    items.sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, 'ja'));
    return { last, now, items };
  }
}
