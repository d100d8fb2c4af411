import { Injectable } from '@nestjs/common';
import { ErrorCode, metaDetail, type Assignment, type AssignmentInput } from '@bussanten/contracts';
import { assignmentRangeProblems, missingFacilities, type MissingFacility } from '@bussanten/domain';
import type { EntityManager } from 'typeorm';
import type { OrganizerActor } from '../accounts/access';
import { ApplicationEventsRepository } from '../applications/application-events.repository';
import { AuditService } from '../audit/audit.service';
import { violatedConstraint } from '../common/db-errors';
import { DomainError, validationFailed } from '../common/domain-error';
import { FairsService } from '../fairs/fairs.service';
import { AssignmentsRepository } from './assignments.repository';
import { boothNotFound } from './booths.service';
import { BoothsRepository } from './booths.repository';
import { Constraint } from '../database/constraints';

const assignmentNotFound = (id: string) => new DomainError(ErrorCode.AssignmentNotFound, `No assignment with id ${id}`);

/**
 * Placing accepted applications on booths for a range of days. Nobody is mailed here: an organizer
 * tries booths and days, and exhibitors hear of the result from 「配置を通知」 or the release notice. The checks here give precise
 * answers (what is missing, who holds the booth); the exclusion constraints on booth_assignments are
 * what makes double booking impossible when requests race, and a lost race gets the same 409.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly repo: AssignmentsRepository,
    private readonly booths: BoothsRepository,
    private readonly fairs: FairsService,
    private readonly events: ApplicationEventsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: OrganizerActor, fairId: string): Promise<Assignment[]> {
    await this.fairs.get(actor, fairId);
    return this.repo.listForFair(fairId);
  }

  async assign(actor: OrganizerActor, applicationId: string, input: AssignmentInput): Promise<Assignment> {
    const id = await this.racing(actor, applicationId, input, null, (m) => this.place(actor, m, applicationId, input, null));
    return (await this.repo.find(id, actor.user.hostId)) as Assignment;
  }

  /** Moves an assignment to another booth or range; the same checks as placing it. */
  async move(actor: OrganizerActor, assignmentId: string, input: AssignmentInput): Promise<Assignment> {
    const current = await this.repo.find(assignmentId, actor.user.hostId);
    if (!current) throw assignmentNotFound(assignmentId);
    await this.racing(actor, current.applicationId, input, assignmentId, (m) => this.place(actor, m, current.applicationId, input, current));
    return (await this.repo.find(assignmentId, actor.user.hostId)) as Assignment;
  }

  async remove(actor: OrganizerActor, assignmentId: string): Promise<void> {
    await this.repo.transaction(async (m) => {
      const current = await this.repo.find(assignmentId, actor.user.hostId, m);
      const facts = current && (await this.repo.placementFacts(current.applicationId, actor.user.hostId, m));
      if (!current || !facts) throw assignmentNotFound(assignmentId);
      await this.removeWithin(actor, m, current.fairId, current);
    });
  }

  /** Deletes a holding of the (host-checked) fair inside the caller's transaction, with its history and audit entries. */
  async removeWithin(actor: OrganizerActor, m: EntityManager, fairId: string, current: Assignment): Promise<void> {
    await this.repo.delete(current.id, fairId, m);
    await this.events.record(m, {
      applicationId: current.applicationId,
      actorId: actor.user.id,
      action: 'unassigned',
      status: null,
      message: `${current.boothCode} ${current.from}–${current.to}`,
    });
    await this.audit.record(m, actor, {
      action: 'assignment.deleted',
      entityType: 'application',
      entityId: current.applicationId,
      changes: { booth: { before: { booth: current.boothCode, from: current.from, to: current.to }, after: null } },
    });
  }

  /** Pins or unpins a holding: automatic proposals never move a pinned one. */
  async pin(actor: OrganizerActor, assignmentId: string, pinned: boolean): Promise<Assignment> {
    return this.repo.transaction(async (m) => {
      const current = await this.repo.find(assignmentId, actor.user.hostId, m);
      const facts = current && (await this.repo.placementFacts(current.applicationId, actor.user.hostId, m));
      if (!current || !facts) throw assignmentNotFound(assignmentId);
      if (current.pinned !== pinned) {
        await this.repo.setPinned(assignmentId, current.fairId, pinned, m);
        await this.audit.record(m, actor, {
          action: pinned ? 'assignment.pinned' : 'assignment.unpinned',
          entityType: 'application',
          entityId: current.applicationId,
          changes: { pinned: { before: current.pinned, after: pinned } },
        });
      }
      return (await this.repo.find(assignmentId, actor.user.hostId, m)) as Assignment;
    });
  }

  /**
   * Places an application inside the caller's transaction (used when a proposal is accepted, after
   * its old holdings were removed). `before` words it as a move in the history, audit and mail.
   */
  placeWithin(actor: OrganizerActor, m: EntityManager, applicationId: string, input: AssignmentInput, before: Assignment | null): Promise<string> {
    return this.place(actor, m, applicationId, input, null, before);
  }

  private async place(
    actor: OrganizerActor,
    m: EntityManager,
    applicationId: string,
    input: AssignmentInput,
    current: Assignment | null,
    before: Assignment | null = current,
  ): Promise<string> {
    const facts = await this.repo.placementFacts(applicationId, actor.user.hostId, m);
    if (!facts) throw new DomainError(ErrorCode.ApplicationNotFound, `No application with id ${applicationId}`);
    if (facts.status !== 'accepted') {
      throw new DomainError(ErrorCode.ApplicationNotAccepted, `The application is ${facts.status}, not accepted`, [
        metaDetail('', 'notAccepted', 'only accepted applications get a booth', { status: facts.status }),
      ]);
    }
    const booth = await this.booths.find(facts.fairId, input.boothId, m);
    if (!booth) throw boothNotFound(input.boothId, 'boothId');
    const fair = await this.fairs.get(actor, facts.fairId, m);
    const rangeProblems = assignmentRangeProblems(input, fair.days, facts.days);
    if (rangeProblems.length) throw validationFailed(rangeProblems);

    const missing = missingFacilities(booth, { ...facts.needs, minAreaM2: facts.needs.minAreaM2 ?? undefined });
    if (missing.length && !input.override) throw lacking(booth.code, missing);
    const holders = await this.repo.overlapping(facts.fairId, booth.id, input.from, input.to, current?.id ?? null, m);
    if (holders.length) throw taken(booth.code, holders);

    const overridden = missing.length > 0;
    const values = { boothId: booth.id, from: input.from, to: input.to, overridden };
    const id = current
      ? (await this.repo.move(current.id, facts.fairId, values, m), current.id)
      : await this.repo.insert({ ...values, fairId: facts.fairId, applicationId, createdBy: actor.user.id }, m);

    await this.events.record(m, {
      applicationId,
      actorId: actor.user.id,
      action: before ? 'moved' : 'assigned',
      status: null,
      message: `${booth.code} ${input.from}–${input.to}`,
    });
    await this.audit.record(m, actor, {
      action: before ? 'assignment.moved' : 'assignment.created',
      entityType: 'application',
      entityId: applicationId,
      changes: {
        booth: {
          before: before ? { booth: before.boothCode, from: before.from, to: before.to } : null,
          after: { booth: booth.code, from: input.from, to: input.to },
        },
        ...(overridden ? { override: { before: null, after: { missing } } } : {}),
      },
    });
    return id;
  }

  /**
   * Runs a placement in a transaction. When a concurrent request won the booth between our check
   * and our insert, the exclusion constraint refuses it (23P01); the answer then names the winner.
   */
  private async racing(
    actor: OrganizerActor,
    applicationId: string,
    input: AssignmentInput,
    except: string | null,
    work: (m: EntityManager) => Promise<string>,
  ): Promise<string> {
    try {
      return await this.repo.transaction(work);
    } catch (e) {
      const constraint = violatedConstraint(e, '23P01');
      if (constraint === Constraint.boothAssignmentsBoothDays) {
        const holders = await this.repo.transaction(async (m) => {
          // The booth's fair, found through the host's application (the constraint named a booth of it).
          const facts = await this.repo.placementFacts(applicationId, actor.user.hostId, m);
          return facts ? this.repo.overlapping(facts.fairId, input.boothId, input.from, input.to, except, m) : [];
        });
        throw taken(holders[0]?.boothCode ?? '', holders);
      }
      if (constraint === Constraint.boothAssignmentsApplicationDays) {
        throw new DomainError(ErrorCode.Conflict, 'The application already holds a booth on some of these days', [
          { field: 'from', rule: 'alreadyPlaced', message: 'the application already holds a booth on some of these days' },
        ]);
      }
      throw e;
    }
  }
}

function taken(boothCode: string, holders: Assignment[]): DomainError {
  const names = holders.map((h) => `${h.municipalityName} (${h.from}–${h.to})`).join(', ');
  return new DomainError(
    ErrorCode.BoothTaken,
    `Booth ${boothCode} is held by ${names}`,
    holders.map((h) =>
      metaDetail('boothId', 'boothTaken', `held by ${h.municipalityName} from ${h.from} to ${h.to}`, {
        holder: h.municipalityName,
        applicationId: h.applicationId,
        from: h.from,
        to: h.to,
      }),
    ),
  );
}

function lacking(boothCode: string, missing: MissingFacility[]): DomainError {
  return new DomainError(
    ErrorCode.BoothLacksFacilities,
    `Booth ${boothCode} lacks ${missing.map((f) => f.facility).join(', ')}`,
    missing.map((f) =>
      metaDetail(
        'boothId',
        'missingFacility',
        `booth ${boothCode} has no ${f.facility === 'area' || f.facility === 'power' ? `${f.facility} of ${f.needed}` : f.facility}`,
        { ...f },
      ),
    ),
  );
}
