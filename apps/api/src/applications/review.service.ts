import { Injectable } from '@nestjs/common';
import {
  metaDetail,
  WITHDRAWN_STATUSES,
  type Application,
  type ApplicationEvent,
  type ApplicationFilter,
  type ApplicationSummary,
  type Decision,
} from '@bussanten/contracts';
import type { EntityManager } from 'typeorm';
import type { OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { FairsService } from '../fairs/fairs.service';
import { decisionMade } from '../mail/messages';
import { OutboxService } from '../mail/outbox.service';
import { ApplicationEventsRepository } from './application-events.repository';
import { applicationNotFound, notEditable } from './application-rules';
import { ApplicationsRepository, mailNames } from './applications.repository';

/**
 * The organizers' review: decisions with a message to the municipality (by mail, through the
 * outbox, in the same transaction), bulk decisions all-or-nothing, the public tie label, history.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly events: ApplicationEventsRepository,
    private readonly fairs: FairsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: OrganizerActor, fairId: string, filter: ApplicationFilter): Promise<ApplicationSummary[]> {
    await this.fairs.get(actor, fairId);
    return this.repo.list({ hostId: actor.user.hostId }, { ...filter, fairId });
  }

  async get(actor: OrganizerActor, id: string): Promise<Application> {
    const found = await this.repo.find(id, { hostId: actor.user.hostId });
    if (!found) throw applicationNotFound(id);
    return found;
  }

  async history(actor: OrganizerActor, id: string): Promise<ApplicationEvent[]> {
    await this.get(actor, id);
    return this.events.history(id);
  }

  async decide(actor: OrganizerActor, id: string, status: Decision, message: string | null | undefined): Promise<Application> {
    await this.repo.transaction((m) => this.decideOne(actor, m, id, status, message?.trim() || null));
    return this.get(actor, id);
  }

  /** All or nothing: one application that cannot take the decision refuses the whole batch, naming it. */
  async decideMany(actor: OrganizerActor, fairId: string, ids: string[], status: Decision, message: string | null | undefined): Promise<ApplicationSummary[]> {
    await this.fairs.get(actor, fairId);
    const unique = [...new Set(ids)];
    await this.repo.transaction(async (m) => {
      for (const [i, id] of unique.entries()) {
        try {
          await this.decideOne(actor, m, id, status, message?.trim() || null, fairId);
        } catch (e) {
          if (e instanceof DomainError)
            throw new DomainError(e.code, e.message, [metaDetail(`applicationIds.${i}`, 'decision', e.message, { applicationId: id })]);
          throw e;
        }
      }
    });
    return this.repo.list({ hostId: actor.user.hostId }, { fairId }).then((all) => all.filter((a) => unique.includes(a.id)));
  }

  async setTieLabel(actor: OrganizerActor, id: string, tieLabel: string | null): Promise<Application> {
    const after = tieLabel?.trim() || null;
    await this.repo.transaction(async (m) => {
      // Locked in scope first: the update below carries the host-checked fair, and the audit's "before" is the locked row's.
      const scope = { hostId: actor.user.hostId };
      const locked = await this.repo.lock(id, scope, m);
      const before = locked && (await this.repo.find(id, scope, m));
      if (!locked || !before) throw applicationNotFound(id);
      await this.repo.setTieLabel(id, locked.fairId, after, m);
      await this.events.record(m, { applicationId: id, actorId: actor.user.id, action: 'tieLabel', status: null, message: after });
      await this.audit.record(m, actor, {
        action: 'application.tieLabel',
        entityType: 'application',
        entityId: id,
        changes: { tieLabel: { before: before.tieLabel, after } },
      });
    });
    return this.get(actor, id);
  }

  private async decideOne(actor: OrganizerActor, m: EntityManager, id: string, status: Decision, message: string | null, fairId?: string): Promise<void> {
    const locked = await this.repo.lock(id, { hostId: actor.user.hostId }, m);
    if (!locked || (fairId && locked.fairId !== fairId)) throw applicationNotFound(id);
    if (WITHDRAWN_STATUSES.includes(locked.status)) throw notEditable(locked.status, 'The municipality withdrew this application');
    // An application that is no longer accepted gives its booths back.
    const released = status !== 'accepted' ? await this.repo.releaseBooths(id, locked.fairId, m) : 0;
    await this.repo.setStatus(id, locked.fairId, status, message, m);
    await this.events.record(m, { applicationId: id, actorId: actor.user.id, action: 'decided', status, message });
    await this.audit.record(m, actor, {
      action: 'application.decided',
      entityType: 'application',
      entityId: id,
      changes: { status: { before: locked.status, after: status }, ...(released ? { booths: { before: released, after: 0 } } : {}) },
    });
    const r = await this.repo.mailFacts(id, actor.user.hostId, m);
    const frame = await this.outbox.frame(m, r.hostId, 'application', `/my/applications/${r.applicationId}`);
    await this.outbox.enqueueToRepresentatives(m, r, { kind: `application.${status}`, ...decisionMade({ status, ...mailNames(r), message, frame }) });
  }
}
