import { Injectable } from '@nestjs/common';
import { ErrorCode, metaDetail, type PublicFair, type ReleaseChange, type ReleaseSummary } from '@bussanten/contracts';
import { canPublish } from '@bussanten/domain';
import type { EntityManager } from 'typeorm';
import type { Actor, OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { publicUrlHost } from '../config/config';
import { DomainError } from '../common/domain-error';
import { FairsService } from '../fairs/fairs.service';
import { composeRelease, digestOf } from './release-compose';
import { guestMessages, releaseMessages } from './release-messages';
import { ReleasesRepository } from './releases.repository';
import { SnapshotRepository } from './snapshot.repository';
import { PublicReleasesService } from './public-releases.service';
import { LIVE_REPRESENTATIVE } from '../mail/outbox.repository';
import { OutboxService } from '../mail/outbox.service';
import { WebhookOutbox } from './webhooks/webhook-outbox';

/**
 * Publishing: a release freezes what the public sees. In one transaction it stores the snapshot with
 * its changelog, makes the fair visible (公開中; its status stays what it was), queues one batched message per exhibitor whose booth
 * or days changed (with an .ics) and one signed webhook event per registered webhook.
 */
@Injectable()
export class ReleasesService {
  constructor(
    private readonly releases: ReleasesRepository,
    private readonly snapshots: SnapshotRepository,
    private readonly fairs: FairsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly webhooks: WebhookOutbox,
    private readonly cache: PublicReleasesService,
  ) {}

  async history(actor: OrganizerActor, fairId: string): Promise<ReleaseSummary[]> {
    await this.fairs.get(actor, fairId);
    return this.releases.history(fairId, actor.user.hostId);
  }

  /** What publishing now would change. */
  async preview(actor: OrganizerActor, fairId: string): Promise<ReleaseChange[]> {
    await this.fairs.get(actor, fairId);
    return this.releases.transaction((m) => this.next(fairId, actor.user.hostId, null, new Date(), m)).then((r) => r.snapshot.changes);
  }

  async publish(actor: OrganizerActor, fairId: string, note: string | null): Promise<ReleaseSummary> {
    const fair = await this.fairs.get(actor, fairId);
    if (!canPublish(fair.status)) {
      throw new DomainError(ErrorCode.FairStatusTransition, `A ${fair.status} fair cannot be published`, [
        metaDetail('', 'notPublishable', `a ${fair.status} fair cannot be published`, { status: fair.status }),
      ]);
    }
    await this.releases.transaction(async (m) => {
      // One publisher at a time per fair: versions stay consecutive and changelogs compare with the right predecessor.
      await m.query('SELECT 1 FROM fairs WHERE id = $1 AND host_id = $2 FOR UPDATE', [fairId, actor.user.hostId]);
      await this.store(actor, fairId, note?.trim() || null, actor.user.hostId, m);
    });
    this.cache.forget(fair.slug);
    return (await this.releases.history(fairId, actor.user.hostId))[0] as ReleaseSummary;
  }

  /** Also used by the demo seed (with no actor) to publish the 2023 fair's first release. */
  async store(actor: Actor | null, fairId: string, note: string | null, hostId: string, m: EntityManager, now = new Date()): Promise<string> {
    const { version, snapshot, previous } = await this.next(fairId, hostId, note, now, m);
    const digest = digestOf(snapshot);
    const id = await this.releases.insert(
      { fairId, version, authorId: actor?.user?.id ?? null, note, snapshot, changes: snapshot.changes, digest, publishedAt: now },
      m,
    );
    // The index's line for the fair, and (the first time only) the domain of its iCal UIDs.
    await this.releases.saveListing(fairId, version, snapshot, m);
    await this.releases.fixUidDomain(fairId, publicUrlHost(), m);
    const shown = await this.releases.setVisible(fairId, hostId, true, m);
    // Every notice links to the fair's public page, which this release now shows.
    const frame = await this.outbox.frame(m, hostId, 'publicPage', `/f/${snapshot.fair.slug}`);
    const messages = [
      ...releaseMessages(previous, snapshot, await this.recipients(fairId, hostId, m), frame),
      ...guestMessages(previous, snapshot, await this.guestRecipients(fairId, hostId, m), frame),
    ];
    for (const message of messages) await this.outbox.enqueue(m, { kind: 'release.changed', hostId, ...message });
    await this.webhooks.enqueue(m, hostId, 'release.published', {
      fair: snapshot.fair.slug,
      version,
      publishedAt: snapshot.release.publishedAt,
      changes: snapshot.changes,
      url: `/api/public/fairs/${snapshot.fair.slug}`,
    });
    await this.releases.announce(snapshot.fair.slug, m);
    if (actor) {
      await this.audit.record(m, actor, {
        action: 'release.published',
        entityType: 'fair',
        entityId: fairId,
        changes: { version: { before: version - 1 || null, after: version } },
      });
      if (shown)
        await this.audit.record(m, actor, {
          action: 'fair.visibilityChanged',
          entityType: 'fair',
          entityId: fairId,
          changes: { visible: { before: false, after: true } },
        });
    }
    return id;
  }

  private async next(
    fairId: string,
    hostId: string,
    note: string | null,
    now: Date,
    m: EntityManager,
  ): Promise<{ version: number; snapshot: PublicFair; previous: PublicFair | null }> {
    const latest = await this.releases.latestOfFair(fairId, hostId, m);
    const version = (latest?.version ?? 0) + 1;
    const previous = latest?.snapshot ?? null;
    return { version, snapshot: composeRelease(await this.snapshots.build(fairId, hostId, m), previous, version, note, now), previous };
  }

  /** Per appearance of this fair, the fair host's representatives of the municipality that sends the guest. */
  private guestRecipients(fairId: string, hostId: string, m: EntityManager): Promise<{ appearanceId: string; email: string }[]> {
    return m.query(
      `SELECT DISTINCT a.id AS "appearanceId", u.email FROM appearances a JOIN fairs f ON f.id = a.fair_id JOIN guests g ON g.id = a.guest_id
       JOIN memberships ms ON ms.host_id = f.host_id AND ms.municipality_id = g.owner_municipality_id JOIN users u ON u.id = ms.user_id
       WHERE a.fair_id = $1 AND f.host_id = $2 AND ${LIVE_REPRESENTATIVE}`,
      [fairId, hostId],
    );
  }

  /** Per exhibitor of this fair, the fair host's representatives of its municipality. */
  private recipients(fairId: string, hostId: string, m: EntityManager): Promise<{ municipalityId: string; email: string }[]> {
    return m.query(
      `SELECT DISTINCT a.municipality_id AS "municipalityId", u.email FROM applications a JOIN fairs f ON f.id = a.fair_id
       JOIN memberships ms ON ms.host_id = f.host_id AND ms.municipality_id = a.municipality_id JOIN users u ON u.id = ms.user_id
       WHERE a.fair_id = $1 AND f.host_id = $2 AND ${LIVE_REPRESENTATIVE}`,
      [fairId, hostId],
    );
  }
}
