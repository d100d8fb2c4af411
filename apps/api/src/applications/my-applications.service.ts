import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  metaDetail,
  type Application,
  type ApplicationDraftInput,
  type ApplicationInput,
  type ApplicationSummary,
  type FairForApplicants,
  type PreviousApplicationAnswer,
} from '@bussanten/contracts';
import { canStartAgain, changedFields, heldDaysDropped, withdrawalOutcome } from '@bussanten/domain';
import type { EntityManager } from 'typeorm';
import type { RepresentativeActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../common/db-errors';
import { DomainError } from '../common/domain-error';
import { fairNotFound } from '../fairs/fairs.service';
import { applicationReceived } from '../mail/messages';
import { OutboxService } from '../mail/outbox.service';
import { ApplicationEventsRepository } from './application-events.repository';
import { applicationNotFound, applicationsClosed, checkApplication, checkDraft, notEditable } from './application-rules';
import { ApplicationsRepository, mailNames } from './applications.repository';
import { heldBoothText } from './withdrawals.repository';
import { WithdrawalsService } from './withdrawals.service';

const AUDITED = ['days', 'products', 'needs', 'permit', 'staffCount', 'vehicle', 'loadInTime', 'note'] as const;

/**
 * A representative's side: apply during the window, edit until it closes, withdraw at any time.
 * Staff names and phones are private and kept out of the audit log's diff.
 */
@Injectable()
export class MyApplicationsService {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly events: ApplicationEventsRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly withdrawals: WithdrawalsService,
  ) {}

  /** The fairs of the active membership's host only. */
  fairs(actor: RepresentativeActor): Promise<FairForApplicants[]> {
    return this.repo.fairsForApplicants(actor.user.hostId, actor.user.municipalityId, null);
  }

  async fair(actor: RepresentativeActor, fairId: string, m?: EntityManager): Promise<FairForApplicants> {
    const [fair] = await this.repo.fairsForApplicants(actor.user.hostId, actor.user.municipalityId, fairId, new Date(), m);
    if (!fair) throw fairNotFound(fairId);
    return fair;
  }

  list(actor: RepresentativeActor): Promise<ApplicationSummary[]> {
    return this.repo.list(scopeOf(actor), {});
  }

  async get(actor: RepresentativeActor, id: string): Promise<Application> {
    const found = await this.repo.find(id, scopeOf(actor));
    if (!found) throw applicationNotFound(id);
    return found;
  }

  async apply(actor: RepresentativeActor, fairId: string, input: ApplicationInput): Promise<Application> {
    const id = await this.repo.transaction(async (m) => {
      // FOR SHARE on the fair: an organizer closing the window waits for this application, or it waits for them.
      await m.query('SELECT 1 FROM fairs WHERE id = $1 AND host_id = $2 FOR SHARE', [fairId, actor.user.hostId]);
      const fair = await this.fair(actor, fairId, m);
      if (!fair.open) throw applicationsClosed();
      checkApplication(input, fair.days);
      const existing = await this.repo.existing(fairId, actor.user.municipalityId, m);
      let appId: string;
      // A draft, or a withdrawn or declined application, becomes this submission; any other is there already.
      if (existing && !canStartAgain(existing.status)) {
        throw new DomainError(ErrorCode.AlreadyApplied, 'Your municipality has applied to this fair already', [
          metaDetail('', 'alreadyApplied', 'already applied', { applicationId: existing.id }),
        ]);
      } else if (existing) {
        await this.repo.update(existing.id, fairId, actor.user.id, input, true, m);
        appId = existing.id;
      } else {
        appId = await this.insert(actor, fairId, input, m);
      }
      await this.events.record(m, { applicationId: appId, actorId: actor.user.id, action: 'submitted', status: 'submitted', message: null });
      await this.audit.record(m, actor, {
        action: 'application.submitted',
        entityType: 'application',
        entityId: appId,
        changes: changedFields(null, flat(input), AUDITED),
      });
      // Every representative of the municipality at this host hears of it, not only the one who sent it.
      const r = await this.repo.mailFacts(appId, actor.user.hostId, m);
      const frame = await this.outbox.frame(m, r.hostId, 'application', `/my/applications/${r.applicationId}`);
      await this.outbox.enqueueToRepresentatives(m, r, { kind: 'application.received', ...applicationReceived({ ...mailNames(r), days: input.days, frame }) });
      return appId;
    });
    return this.get(actor, id);
  }

  /**
   * Saves the form incomplete as the municipality's draft for the fair (a new one, the draft there,
   * or a withdrawn application started again). Nobody else sees it: no mail, no history or audit
   * entry, not in the organizers' lists or counts, until it is submitted through `apply`.
   */
  async saveDraft(actor: RepresentativeActor, fairId: string, input: ApplicationDraftInput): Promise<Application> {
    const id = await this.repo.transaction(async (m) => {
      await m.query('SELECT 1 FROM fairs WHERE id = $1 AND host_id = $2 FOR SHARE', [fairId, actor.user.hostId]);
      const fair = await this.fair(actor, fairId, m);
      if (!fair.open) throw applicationsClosed();
      checkDraft(input, fair.days);
      const existing = await this.repo.existing(fairId, actor.user.municipalityId, m);
      if (existing && !canStartAgain(existing.status)) {
        throw new DomainError(ErrorCode.AlreadyApplied, 'Your municipality has applied to this fair already', [
          metaDetail('', 'alreadyApplied', 'already applied', { applicationId: existing.id }),
        ]);
      }
      if (!existing) return this.insert(actor, fairId, input, m, 'draft');
      await this.repo.update(existing.id, fairId, actor.user.id, input, 'draft', m);
      return existing.id;
    });
    return this.get(actor, id);
  }

  /** The latest earlier application of the municipality to another fair of the same host, to copy from. */
  async previous(actor: RepresentativeActor, fairId: string): Promise<PreviousApplicationAnswer> {
    await this.fair(actor, fairId);
    return { previous: await this.repo.previous(actor.user.hostId, actor.user.municipalityId, fairId) };
  }

  async update(actor: RepresentativeActor, id: string, input: ApplicationInput): Promise<Application> {
    const before = await this.get(actor, id);
    await this.repo.transaction(async (m) => {
      // The fair first, FOR SHARE (as apply does, and in the order a change of the fair's days locks
      // fair then applications): a day being closed is either closed before these days are checked or
      // waits for this edit and then sees it.
      await m.query('SELECT 1 FROM fairs WHERE id = $1 AND host_id = $2 FOR SHARE', [before.fairId, actor.user.hostId]);
      const locked = await this.repo.lock(id, scopeOf(actor), m);
      if (!locked) throw applicationNotFound(id);
      const fair = await this.fair(actor, locked.fairId, m);
      // A draft is saved through saveDraft and sent through apply, where every rule is checked.
      if (!['submitted', 'waitlisted', 'accepted'].includes(locked.status))
        throw notEditable(locked.status, `A ${locked.status} application cannot be changed`);
      if (!fair.open) throw applicationsClosed();
      checkApplication(input, fair.days);
      const dropped = heldDaysDropped(await this.repo.assignedDays(id, locked.fairId, m), fair.days, input.days);
      if (dropped.length) {
        throw new DomainError(ErrorCode.ApplicationNotEditable, `A booth is held for you on ${dropped.join(', ')}; ask the organizer to change it first`, [
          metaDetail('days', 'boothHeld', `a booth is held on ${dropped.join(', ')}`, { days: dropped }),
        ]);
      }
      await this.repo.update(id, locked.fairId, actor.user.id, input, false, m);
      await this.events.record(m, { applicationId: id, actorId: actor.user.id, action: 'edited', status: null, message: null });
      await this.audit.record(m, actor, {
        action: 'application.edited',
        entityType: 'application',
        entityId: id,
        changes: changedFields(flat(before), flat(input), AUDITED),
      });
    });
    return this.get(actor, id);
  }

  /**
   * Withdrawing frees any booth the application held (each recorded in its history, as an
   * organizer's unassignment is) and tells the host's organizers by mail, in the same transaction;
   * it can be submitted again while the window is open. `origin` is where the mail's link points.
   */
  async withdraw(actor: RepresentativeActor, id: string, origin: string): Promise<Application> {
    await this.repo.transaction(async (m) => {
      const locked = await this.repo.lock(id, scopeOf(actor), m);
      if (!locked) throw applicationNotFound(id);
      // After acceptance this is 出展辞退 (declined), before it 申込の取り下げ (withdrawn): one action, two words.
      const outcome = withdrawalOutcome(locked.status);
      if (!outcome) throw notEditable(locked.status, `A ${locked.status} application cannot be withdrawn`);
      const freed = await this.withdrawals.heldBooths(id, locked.fairId, m);
      const released = await this.repo.releaseBooths(id, locked.fairId, m);
      await this.repo.setStatus(id, locked.fairId, outcome, null, m);
      for (const booth of freed)
        await this.events.record(m, { applicationId: id, actorId: actor.user.id, action: 'unassigned', status: null, message: heldBoothText(booth) });
      await this.events.record(m, { applicationId: id, actorId: actor.user.id, action: outcome, status: outcome, message: null });
      await this.audit.record(m, actor, {
        action: `application.${outcome}`,
        entityType: 'application',
        entityId: id,
        changes: { status: { before: locked.status, after: outcome }, booths: { before: released, after: 0 } },
      });
      await this.withdrawals.notifyOrganizers(m, { applicationId: id, hostId: actor.user.hostId, previousStatus: locked.status, boothsFreed: freed, origin });
    });
    return this.get(actor, id);
  }

  private async insert(
    actor: RepresentativeActor,
    fairId: string,
    input: ApplicationDraftInput,
    m: EntityManager,
    status: 'submitted' | 'draft' = 'submitted',
  ): Promise<string> {
    const tie = await this.repo.proposedTieLabel(actor.user.hostId, actor.user.municipalityId, m);
    try {
      return await this.repo.insert(fairId, actor.user.municipalityId, actor.user.id, input, tie, m, status);
    } catch (e) {
      if (isUniqueViolation(e)) throw new DomainError(ErrorCode.AlreadyApplied, 'Your municipality has applied to this fair already');
      throw e;
    }
  }
}

/** A representative's applications: its municipality's, to the fairs of the membership's host. */
function scopeOf(actor: RepresentativeActor) {
  return { hostId: actor.user.hostId, municipalityId: actor.user.municipalityId };
}

/** The audited view of an application: staff names and phones stay out of the log. */
function flat(a: ApplicationInput | Application) {
  return {
    days: a.days,
    products: a.products,
    needs: a.needs,
    permit: a.permit.status,
    staffCount: a.staffCount,
    vehicle: a.vehicle,
    loadInTime: a.loadInTime,
    note: a.note,
  };
}
