import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  metaDetail,
  type Application,
  type ApplicationDraftInput,
  type ApplicationInput,
  type ApplicationStatus,
  type ApplicationSummary,
  type FairForApplicants,
  type PreviousApplicationAnswer,
} from '@bussanten/contracts';
import { canStartAgain, changedFields, heldDaysDropped, withdrawalOutcome } from '@bussanten/domain';
import type { EntityManager } from 'typeorm';
import type { Actor, AuthUser, RepresentativeActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../common/db-errors';
import { DomainError } from '../common/domain-error';
import { fairNotFound } from '../fairs/fairs.service';
import { applicationReceived } from '../mail/messages';
import { OutboxService } from '../mail/outbox.service';
import { ApplicationEventsRepository } from './application-events.repository';
import { applicationNotFound, applicationsClosed, checkApplication, checkDraft, notEditable } from './application-rules';
import { ApplicationsRepository, mailNames, type Scope } from './applications.repository';
import { withEnteredNote } from './entered-note';
import { heldBoothText } from './withdrawals.repository';
import { WithdrawalsService } from './withdrawals.service';

const AUDITED = ['days', 'products', 'needs', 'permit', 'staffCount', 'vehicle', 'loadInTime', 'note', 'prText', 'prTextEn'] as const;

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
    const id = await this.submit(representativeSender(actor), fairId, input);
    return this.get(actor, id);
  }

  /**
   * Sends the municipality's application to the fair, for a representative (while the window is
   * open) or for an organizer entering it (paper, fax: see EnteredApplicationsService); the same rules,
   * history, audit entry and receipt mail to every representative the municipality has with the host
   * (none when it has no account: nothing is sent and nothing fails). Returns the application's id.
   */
  async submit(sender: Sender, fairId: string, input: ApplicationInput): Promise<string> {
    const entered = sender.enteredBy !== null;
    return this.repo.transaction(async (m) => {
      // FOR SHARE on the fair: an organizer closing the window waits for this application, or it waits for them.
      await m.query('SELECT 1 FROM fairs WHERE id = $1 AND host_id = $2 FOR SHARE', [fairId, sender.hostId]);
      const fair = await this.fairFor(sender, fairId, m);
      sender.admit(fair);
      checkApplication(input, fair.days);
      const existing = await this.repo.existing(fairId, sender.municipalityId, m);
      let appId: string;
      // A withdrawn or declined application becomes this submission, and so does the municipality's own
      // draft when it sends it; any other is there already (an organizer never overwrites the municipality's draft).
      if (existing && canStartAgain(existing.status) && !(existing.status === 'draft' && entered)) {
        await this.repo.update(existing.id, fairId, sender.actor.user.id, input, true, m, sender.enteredBy);
        appId = existing.id;
      } else if (existing) {
        throw alreadyApplied(entered, existing);
      } else {
        appId = await this.insert(sender, fairId, input, m, 'submitted');
      }
      await this.events.record(m, {
        applicationId: appId,
        actorId: sender.actor.user.id,
        action: entered ? 'entered' : 'submitted',
        status: 'submitted',
        message: null,
      });
      await this.audit.record(m, sender.actor, {
        action: entered ? 'application.entered' : 'application.submitted',
        entityType: 'application',
        entityId: appId,
        changes: changedFields(null, flat(input), AUDITED),
      });
      // Every representative of the municipality at this host hears of it, not only the one who sent it.
      const r = await this.repo.mailFacts(appId, sender.hostId, m);
      const frame = await this.outbox.frame(m, r.hostId, 'application', `/my/applications/${r.applicationId}`);
      const text = applicationReceived({ ...mailNames(r), days: input.days, frame });
      await this.outbox.enqueueToRepresentatives(m, r, { kind: 'application.received', ...(entered ? withEnteredNote(text) : text) });
      return appId;
    });
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
      if (!existing) return this.insert(representativeSender(actor), fairId, input, m, 'draft');
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
    await this.edit(representativeSender(actor), scopeOf(actor), id, input);
    return this.get(actor, id);
  }

  /**
   * Changes an application in `scope`: a representative's own while the window is open, or one an
   * organizer entered while it is not decided (`sender.editable`). Refuses dropping a day a booth is held on.
   */
  async edit(sender: Sender, scope: Scope, id: string, input: ApplicationInput): Promise<void> {
    const before = await this.repo.find(id, scope);
    if (!before) throw applicationNotFound(id);
    await this.repo.transaction(async (m) => {
      // The fair first, FOR SHARE (as apply does, and in the order a change of the fair's days locks
      // fair then applications): a day being closed is either closed before these days are checked or
      // waits for this edit and then sees it.
      await m.query('SELECT 1 FROM fairs WHERE id = $1 AND host_id = $2 FOR SHARE', [before.fairId, sender.hostId]);
      const locked = await this.repo.lock(id, scope, m);
      if (!locked) throw applicationNotFound(id);
      const fair = await this.fairFor({ hostId: sender.hostId, municipalityId: before.municipality.id }, locked.fairId, m);
      sender.editable(locked);
      sender.admit(fair);
      checkApplication(input, fair.days);
      const dropped = heldDaysDropped(await this.repo.assignedDays(id, locked.fairId, m), fair.days, input.days);
      if (dropped.length) {
        throw new DomainError(ErrorCode.ApplicationNotEditable, `A booth is held for you on ${dropped.join(', ')}; ask the organizer to change it first`, [
          metaDetail('days', 'boothHeld', `a booth is held on ${dropped.join(', ')}`, { days: dropped }),
        ]);
      }
      await this.repo.update(id, locked.fairId, sender.actor.user.id, input, false, m);
      await this.events.record(m, { applicationId: id, actorId: sender.actor.user.id, action: 'edited', status: null, message: null });
      await this.audit.record(m, sender.actor, {
        action: 'application.edited',
        entityType: 'application',
        entityId: id,
        changes: changedFields(flat(before), flat(input), AUDITED),
      });
    });
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

  private async insert(sender: Sender, fairId: string, input: ApplicationDraftInput, m: EntityManager, status: 'submitted' | 'draft'): Promise<string> {
    const tie = await this.repo.proposedTieLabel(sender.hostId, sender.municipalityId, m);
    try {
      return await this.repo.insert(fairId, sender.municipalityId, sender.actor.user.id, input, tie, m, status, sender.enteredBy);
    } catch (e) {
      if (isUniqueViolation(e)) throw alreadyApplied(sender.enteredBy !== null, null);
      throw e;
    }
  }

  /** The host's fair as applicants see it (its days), for the municipality; 404 when the host has no such fair taking applications. */
  private async fairFor(who: { hostId: string; municipalityId: string }, fairId: string, m: EntityManager): Promise<FairForApplicants> {
    const [fair] = await this.repo.fairsForApplicants(who.hostId, who.municipalityId, fairId, new Date(), m);
    if (!fair) throw fairNotFound(fairId);
    return fair;
  }
}

/**
 * Who sends or changes an application, and for which municipality: a representative for its own, or
 * an organizer entering one for a municipality (`enteredBy`: the organizer's id, the mark "entered
 * by the organizer"). `admit` refuses a fair that takes no application from this sender now;
 * `editable` an application this sender may not change.
 */
export interface Sender {
  actor: Actor & { user: AuthUser };
  hostId: string;
  municipalityId: string;
  enteredBy: string | null;
  admit: (fair: FairForApplicants) => void;
  editable: (locked: { status: ApplicationStatus; entered: boolean }) => void;
}

/** A representative: during the application window only, and its own applications until they are decided against. */
function representativeSender(actor: RepresentativeActor): Sender {
  return {
    actor,
    hostId: actor.user.hostId,
    municipalityId: actor.user.municipalityId,
    enteredBy: null,
    admit: (fair) => {
      if (!fair.open) throw applicationsClosed();
    },
    editable: (locked) => {
      // A draft is saved through saveDraft and sent through apply, where every rule is checked.
      if (!['submitted', 'waitlisted', 'accepted'].includes(locked.status))
        throw notEditable(locked.status, `A ${locked.status} application cannot be changed`);
    },
  };
}

function alreadyApplied(entered: boolean, existing: { id: string; status: ApplicationStatus } | null): DomainError {
  if (!entered) {
    return new DomainError(
      ErrorCode.AlreadyApplied,
      'Your municipality has applied to this fair already',
      existing ? [metaDetail('', 'alreadyApplied', 'already applied', { applicationId: existing.id })] : [],
    );
  }
  // The municipality's own draft is its own: the organizer learns only that it is preparing one.
  const draft = existing?.status === 'draft';
  return new DomainError(
    ErrorCode.MunicipalityAlreadyApplied,
    draft ? 'The municipality is preparing its own application to this fair' : 'The municipality has an application to this fair already',
    existing && !draft
      ? [metaDetail('', 'alreadyApplied', 'already applied', { applicationId: existing.id })]
      : [{ field: '', rule: draft ? 'ownDraft' : 'alreadyApplied', message: draft ? 'the municipality is preparing its own application' : 'already applied' }],
  );
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
    prText: a.prText ?? null,
    prTextEn: a.prTextEn ?? null,
  };
}
