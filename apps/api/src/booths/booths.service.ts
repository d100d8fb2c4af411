import { Injectable } from '@nestjs/common';
import { ErrorCode, metaDetail, type Booth, type BoothInput, type FloorPlan } from '@bussanten/contracts';
import { boothPlacementProblems, changedFields } from '@bussanten/domain';
import type { EntityManager } from 'typeorm';
import type { OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { referencingConstraint, violatedConstraint } from '../common/db-errors';
import { DomainError, validationFailed } from '../common/domain-error';
import { fairNotFound, FairsService } from '../fairs/fairs.service';
import { BoothsRepository } from './booths.repository';
import { Constraint } from '../database/constraints';

export const boothNotFound = (id: string, field?: string) =>
  new DomainError(
    ErrorCode.BoothNotFound,
    `No booth with id ${id} on this fair`,
    field ? [{ field, rule: 'unknownBooth', message: 'no such booth on this fair' }] : [],
  );

const AUDITED = ['code', 'x', 'y', 'width', 'depth', 'powerWatts', 'fridge', 'freezer', 'water', 'cookingAllowed', 'tags', 'prime', 'zone'] as const;

/** Drawing a fair's floor plan: booths inside the room, not overlapping, codes unique per fair. */
@Injectable()
export class BoothsService {
  constructor(
    private readonly repo: BoothsRepository,
    private readonly fairs: FairsService,
    private readonly audit: AuditService,
  ) {}

  async plan(actor: OrganizerActor, fairId: string): Promise<FloorPlan> {
    const fair = await this.fairs.get(actor, fairId);
    return { fairId, room: fair.room, sample: await this.repo.isSample(fairId, actor.user.hostId), booths: await this.repo.list(fairId) };
  }

  async create(actor: OrganizerActor, fairId: string, input: BoothInput): Promise<Booth> {
    const fair = await this.fairs.get(actor, fairId);
    const id = await this.repo.transaction(async (m) => {
      await this.checkPlacement(fairId, null, input, fair.room, m);
      const boothId = await this.saving(input.code, () => this.repo.insert(fairId, input, m));
      await this.audit.record(m, actor, { action: 'booth.created', entityType: 'booth', entityId: boothId, changes: changedFields(null, input, AUDITED) });
      return boothId;
    });
    return (await this.repo.find(fairId, id)) as Booth;
  }

  async update(actor: OrganizerActor, fairId: string, boothId: string, input: BoothInput): Promise<Booth> {
    const fair = await this.fairs.get(actor, fairId);
    await this.repo.transaction(async (m) => {
      const before = await this.repo.find(fairId, boothId, m);
      if (!before) throw boothNotFound(boothId);
      await this.checkPlacement(fairId, boothId, input, fair.room, m);
      await this.saving(input.code, () => this.repo.update(fairId, boothId, input, m));
      await this.audit.record(m, actor, { action: 'booth.updated', entityType: 'booth', entityId: boothId, changes: changedFields(before, input, AUDITED) });
    });
    return (await this.repo.find(fairId, boothId)) as Booth;
  }

  /** A booth someone holds is not deleted: the refusal names the holders so the organizer can move them first. */
  async delete(actor: OrganizerActor, fairId: string, boothId: string): Promise<void> {
    await this.fairs.get(actor, fairId);
    await this.repo.transaction(async (m) => {
      const before = await this.repo.find(fairId, boothId, m);
      if (!before) throw boothNotFound(boothId);
      const holders = await this.repo.holders(fairId, boothId, m);
      if (holders.length) {
        throw new DomainError(ErrorCode.BoothInUse, `Booth ${before.code} is assigned to ${holders.map((h) => h.municipalityName).join(', ')}`, [
          metaDetail('', 'boothInUse', 'the booth is assigned', { holders }),
        ]);
      }
      // Guest appearances at the booth refer to it too (ON DELETE RESTRICT): refused, not a 500.
      const appearances = await this.repo.appearanceCount(fairId, boothId, m);
      if (appearances) {
        throw new DomainError(ErrorCode.BoothInUse, `Booth ${before.code} has guest appearances`, [
          metaDetail('', 'hasAppearances', 'guests appear at the booth', { appearances }),
        ]);
      }
      try {
        await this.repo.delete(fairId, boothId, m);
      } catch (e) {
        // One added since the checks above.
        const constraint = referencingConstraint(e);
        if (constraint)
          throw new DomainError(ErrorCode.BoothInUse, `Booth ${before.code} is in use`, [
            { field: '', rule: 'boothInUse', message: `still referred to (${constraint})` },
          ]);
        throw e;
      }
      await this.audit.record(m, actor, { action: 'booth.deleted', entityType: 'booth', entityId: boothId, changes: changedFields(before, null, AUDITED) });
    });
  }

  /** Copies an earlier fair's plan (of this host) into this fair's plan, which must be empty. */
  async copyPlan(actor: OrganizerActor, fairId: string, fromFairId: string): Promise<FloorPlan> {
    const target = await this.fairs.get(actor, fairId);
    try {
      await this.fairs.get(actor, fromFairId);
    } catch {
      throw new DomainError(ErrorCode.FairNotFound, `No fair with id ${fromFairId}`, [
        { field: 'fromFairId', rule: 'unknownFair', message: 'no such fair of your host' },
      ]);
    }
    await this.repo.transaction(async (m) => {
      // Serialises two copies into the same fair so neither sees the other's half-done plan.
      if (!(await this.repo.lockFair(fairId, actor.user.hostId, m))) throw fairNotFound(fairId);
      const existing = await this.repo.list(fairId, m);
      if (existing.length) {
        throw new DomainError(ErrorCode.PlanNotEmpty, 'The fair already has booths', [
          metaDetail('', 'planNotEmpty', 'the plan is not empty', { booths: existing.length }),
        ]);
      }
      // The earlier fair may have used a bigger room: refuse rather than leave booths outside the walls.
      const outside = (await this.repo.list(fromFairId, m)).filter((b) => boothPlacementProblems(b, target.room, []).length > 0).map((b) => b.code);
      if (outside.length) {
        throw validationFailed([
          metaDetail('fromFairId', 'insideRoom', `booths ${outside.join(', ')} do not fit in ${target.room.name}`, { codes: outside, room: target.room }),
        ]);
      }
      const copied = await this.repo.copy(fromFairId, fairId, actor.user.hostId, m);
      await this.audit.record(m, actor, {
        action: 'booth.planCopied',
        entityType: 'fair',
        entityId: fairId,
        changes: { fromFairId: { before: null, after: fromFairId }, booths: { before: 0, after: copied } },
      });
    });
    return this.plan(actor, fairId);
  }

  private async checkPlacement(
    fairId: string,
    self: string | null,
    input: BoothInput,
    room: { widthM: number; depthM: number },
    m: EntityManager,
  ): Promise<void> {
    const others = (await this.repo.list(fairId, m)).filter((b) => b.id !== self);
    const problems = boothPlacementProblems(input, room, others);
    if (problems.length) throw validationFailed(problems);
    const clash = others.find((b) => b.code === input.code);
    if (clash) throw duplicateCode(input.code);
  }

  private async saving<T>(code: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (violatedConstraint(e, '23505') === Constraint.boothsFairCode) throw duplicateCode(code);
      throw e;
    }
  }
}

const duplicateCode = (code: string) =>
  new DomainError(ErrorCode.DuplicateBoothCode, `Another booth is ${code}`, [metaDetail('code', 'unique', `booth code ${code} is taken`, { code })]);
