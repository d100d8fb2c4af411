import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type ApiErrorDetail,
  type Appearance,
  type AppearanceCheck,
  type AppearanceInput,
  type AppearanceWarning,
  type Fair,
  type RepeatAppearanceInput,
  type Stage,
  type StageInput,
} from '@bussanten/contracts';
import {
  appearanceHoursProblems,
  appearanceWarnings,
  clashDetails,
  endOf,
  guestClashes,
  locationClashes,
  tokyoInstant,
  type ScheduledAppearance,
} from '@bussanten/domain';
import type { EntityManager } from 'typeorm';
import type { OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { referencingConstraint, violatedConstraint } from '../common/db-errors';
import { DomainError, validationFailed } from '../common/domain-error';
import { FairsService } from '../fairs/fairs.service';
import { scheduled, toAppearance } from './appearance-view';
import { AppearancesRepository, type AppearanceValues } from './appearances.repository';
import { GuestsRepository } from './guests.repository';

const appearanceNotFound = (id: string) => new DomainError(ErrorCode.AppearanceNotFound, `No appearance with id ${id}`);
const stageNotFound = (id: string) => new DomainError(ErrorCode.StageNotFound, `No stage with id ${id}`);

/** What saving an appearance would do: its row values, or the problems, clashes and warnings. */
interface Plan {
  values: AppearanceValues | null;
  problems: ApiErrorDetail[];
  clashes: ApiErrorDetail[];
  warnings: AppearanceWarning[];
}

/**
 * Scheduling guests: inside the day's opening hours, never in two places at once (with travel time
 * between venues), one appearance per unshared place. The rules are libs/domain's; the guest's
 * advisory lock makes check-then-write safe, and the exclusion constraints stand behind both.
 */
@Injectable()
export class AppearancesService {
  constructor(
    private readonly repo: AppearancesRepository,
    private readonly guests: GuestsRepository,
    private readonly fairs: FairsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: OrganizerActor, fairId: string): Promise<Appearance[]> {
    const fair = await this.fairs.get(actor, fairId);
    const rows = await this.repo.listForFair(fairId);
    return rows.map((r) => toAppearance(r, fair.days));
  }

  async check(actor: OrganizerActor, fairId: string, input: AppearanceInput, self: string | null): Promise<AppearanceCheck> {
    return this.repo.transaction(async (m) => {
      const plan = await this.plan(actor, await this.fairs.get(actor, fairId, m), input, self, m);
      return { problems: [...plan.problems, ...plan.clashes], warnings: plan.warnings };
    });
  }

  async create(actor: OrganizerActor, fairId: string, input: AppearanceInput): Promise<Appearance> {
    const id = await this.saving(actor, fairId, input, null, async (values, m) => {
      const created = await this.repo.insert(fairId, values, m);
      await this.audit.record(m, actor, { action: 'appearance.created', entityType: 'appearance', entityId: created, changes: auditOf(null, input) });
      return created;
    });
    return this.one(actor, id);
  }

  /** The same appearance at several start times (13:30, 14:30, 15:30): all are created, or none and each refusal is named. */
  async repeat(actor: OrganizerActor, fairId: string, input: RepeatAppearanceInput): Promise<Appearance[]> {
    const ids = await this.racing(actor, fairId, { ...input, start: input.starts[0] ?? '', end: null }, async (m) => {
      const fair = await this.fairs.get(actor, fairId, m);
      await this.repo.lockGuest(input.guestId, m);
      const problems: ApiErrorDetail[] = [];
      const clashes: ApiErrorDetail[] = [];
      const created: string[] = [];
      for (const [i, start] of input.starts.entries()) {
        const one: AppearanceInput = { ...input, start, end: null };
        const plan = await this.plan(actor, fair, one, null, m);
        const at = (d: ApiErrorDetail) => ({ ...d, field: `starts.${i}`, meta: { ...d.meta, attemptedStart: start } });
        problems.push(...plan.problems.map(at));
        clashes.push(...plan.clashes.map(at));
        // Inserting as we go lets the later times see the earlier ones (13:30 and 13:45 would clash).
        if (plan.values && !plan.problems.length && !plan.clashes.length) {
          const id = await this.repo.insert(fairId, plan.values, m);
          await this.audit.record(m, actor, { action: 'appearance.created', entityType: 'appearance', entityId: id, changes: auditOf(null, one) });
          created.push(id);
        }
      }
      if (problems.length) throw validationFailed([...problems, ...clashes]);
      if (clashes.length) throw conflict(clashes);
      return created.join(',');
    });
    return Promise.all(ids.split(',').map((id) => this.one(actor, id)));
  }

  async update(actor: OrganizerActor, id: string, input: AppearanceInput): Promise<Appearance> {
    const current = await this.repo.find(id, actor.user.hostId);
    if (!current) throw appearanceNotFound(id);
    await this.saving(actor, current.fairId, input, id, async (values, m) => {
      if (values.guestId !== current.guestId) await this.repo.lockGuest(current.guestId, m);
      await this.repo.update(id, current.fairId, values, m);
      const before = scheduled(current);
      await this.audit.record(m, actor, {
        action: 'appearance.updated',
        entityType: 'appearance',
        entityId: id,
        changes: auditOf(
          { guestId: current.guestId, date: before.date, start: before.start, end: before.end, status: current.status, location: current.locationKey },
          input,
        ),
      });
      return id;
    });
    return this.one(actor, id);
  }

  async delete(actor: OrganizerActor, id: string): Promise<void> {
    await this.repo.transaction(async (m) => {
      const current = await this.repo.find(id, actor.user.hostId, m);
      if (!current) throw appearanceNotFound(id);
      await this.repo.delete(id, current.fairId, m);
      const s = scheduled(current);
      await this.audit.record(m, actor, {
        action: 'appearance.deleted',
        entityType: 'appearance',
        entityId: id,
        changes: { appearance: { before: `${current.guestName} ${s.date} ${s.start}–${s.end}`, after: null } },
      });
    });
  }

  stages(actor: OrganizerActor, fairId: string): Promise<Stage[]> {
    return this.fairs.get(actor, fairId).then(() => this.guests.stages(fairId));
  }

  async saveStage(actor: OrganizerActor, fairId: string, stageId: string | null, input: StageInput): Promise<Stage> {
    await this.fairs.get(actor, fairId);
    const id = await this.guests.transaction(async (m) => {
      const values = { name: input.name.trim(), nameEn: input.nameEn?.trim() || null, shared: input.shared };
      if (stageId && !(await this.guests.stages(fairId, m)).some((s) => s.id === stageId)) throw stageNotFound(stageId);
      try {
        const saved = stageId ? (await this.guests.updateStage(fairId, stageId, values, m), stageId) : await this.guests.insertStage(fairId, values, m);
        await this.audit.record(m, actor, {
          action: stageId ? 'stage.updated' : 'stage.created',
          entityType: 'stage',
          entityId: saved,
          changes: { stage: { before: null, after: values } },
        });
        return saved;
      } catch (e) {
        if (violatedConstraint(e, '23505'))
          throw new DomainError(ErrorCode.Conflict, 'A stage with this name exists', [{ field: 'name', rule: 'unique', message: 'the name is taken' }]);
        throw e;
      }
    });
    return (await this.guests.stages(fairId)).find((s) => s.id === id) as Stage;
  }

  async deleteStage(actor: OrganizerActor, fairId: string, stageId: string): Promise<void> {
    await this.fairs.get(actor, fairId);
    await this.guests.transaction(async (m) => {
      if (!(await this.guests.stages(fairId, m)).some((s) => s.id === stageId)) throw stageNotFound(stageId);
      try {
        await this.guests.deleteStage(fairId, stageId, m);
      } catch (e) {
        if (referencingConstraint(e))
          throw new DomainError(ErrorCode.Conflict, 'The stage has appearances', [
            { field: '', rule: 'hasAppearances', message: 'move or delete its appearances first' },
          ]);
        throw e;
      }
      await this.audit.record(m, actor, { action: 'stage.deleted', entityType: 'stage', entityId: stageId, changes: {} });
    });
  }

  private async one(actor: OrganizerActor, id: string): Promise<Appearance> {
    const row = await this.repo.find(id, actor.user.hostId);
    if (!row) throw appearanceNotFound(id);
    const fair = await this.fairs.get(actor, row.fairId);
    return toAppearance(row, fair.days);
  }

  /** Plans under the guest's lock and writes when the plan is clean; refusals name what is in the way. */
  private saving(
    actor: OrganizerActor,
    fairId: string,
    input: AppearanceInput,
    self: string | null,
    write: (values: AppearanceValues, m: EntityManager) => Promise<string>,
  ): Promise<string> {
    return this.racing(actor, fairId, input, async (m) => {
      const fair = await this.fairs.get(actor, fairId, m);
      await this.repo.lockGuest(input.guestId, m);
      const plan = await this.plan(actor, fair, input, self, m);
      if (plan.problems.length) throw validationFailed(plan.problems);
      if (plan.clashes.length) throw conflict(plan.clashes);
      return write(plan.values as AppearanceValues, m);
    });
  }

  /**
   * Runs the work in a transaction. Should a concurrent request slip past the checks (a guest of
   * another host scheduled at the same moment), the exclusion constraint refuses; the answer then
   * comes from planning again, which names the appearance that won.
   */
  private async racing(actor: OrganizerActor, fairId: string, input: AppearanceInput, work: (m: EntityManager) => Promise<string>): Promise<string> {
    try {
      return await this.repo.transaction(work);
    } catch (e) {
      if (!violatedConstraint(e, '23P01')) throw e;
      const again = await this.check(actor, fairId, input, null);
      throw conflict(again.problems.length ? again.problems : [{ field: 'start', rule: 'guestBusy', message: 'another appearance took this time' }]);
    }
  }

  private async plan(actor: OrganizerActor, fair: Fair, input: AppearanceInput, self: string | null, m: EntityManager): Promise<Plan> {
    const none = (problems: ApiErrorDetail[]): Plan => ({ values: null, problems, clashes: [], warnings: [] });
    const guest = await this.guests.find(input.guestId, actor.user.hostId, m);
    if (!guest) return none([{ field: 'guestId', rule: 'unknownGuest', message: 'no such guest of your host' }]);
    const end = endOf(input.start, input.end, input.durationMinutes);
    if (!end)
      return none([
        {
          field: input.end === null && input.durationMinutes === null ? 'end' : 'durationMinutes',
          rule: 'endOrDuration',
          message: 'give an end before midnight, or a duration',
        },
      ]);
    const day = fair.days.find((d) => d.date === input.date);
    const problems = appearanceHoursProblems(day, input.date, input.start, end);

    const place = await this.place(fair, input, m);
    if ('problem' in place) problems.push(place.problem);
    if (problems.length || 'problem' in place) return none(problems);

    const values: AppearanceValues = {
      guestId: guest.id,
      startsAt: tokyoInstant(input.date, input.start),
      endsAt: tokyoInstant(input.date, end),
      approximate: input.approximate,
      locationKind: input.location.kind,
      boothId: input.location.kind === 'booth' ? input.location.boothId : null,
      stageId: input.location.kind === 'stage' ? input.location.stageId : null,
      locationKey: place.key,
      locationShared: place.shared,
      status: input.status,
      publicNote: input.publicNote?.trim() || null,
    };
    const candidate: ScheduledAppearance = {
      id: self,
      guestId: guest.id,
      guestName: guest.name,
      fairTitle: fair.title,
      venueId: fair.venue.id,
      locationKey: place.key,
      locationLabel: place.label,
      shared: place.shared,
      startsAt: values.startsAt,
      endsAt: values.endsAt,
      date: input.date,
      start: input.start,
      end,
    };
    // A cancelled appearance blocks nothing, so it clashes with nothing either.
    const others =
      input.status === 'cancelled'
        ? []
        : (await this.repo.around(guest.id, place.key, values.startsAt, values.endsAt, guest.travelBufferMinutes, m)).map(scheduled);
    const clashes = clashDetails(
      guestClashes(candidate, others, guest.travelBufferMinutes),
      locationClashes(candidate, others),
      guest.travelBufferMinutes,
      candidate,
    );
    const warnings = appearanceWarnings({ date: input.date, end, day, atBooth: place.booth });
    return { values, problems: [], clashes, warnings };
  }

  private async place(
    fair: Fair,
    input: AppearanceInput,
    m: EntityManager,
  ): Promise<{ key: string; shared: boolean; label: string; booth: { code: string; exhibitorPresent: boolean } | null } | { problem: ApiErrorDetail }> {
    const loc = input.location;
    if (loc.kind === 'venue') return { key: `venue:${fair.id}`, shared: true, label: '会場全体', booth: null };
    if (loc.kind === 'stage') {
      const stage = (await this.guests.stages(fair.id, m)).find((s) => s.id === loc.stageId);
      if (!stage) return { problem: { field: 'location.stageId', rule: 'unknownStage', message: 'no such stage at this fair' } };
      return { key: `stage:${stage.id}`, shared: stage.shared, label: stage.name, booth: null };
    }
    const [booth] = await m.query('SELECT code FROM booths WHERE id = $1 AND fair_id = $2', [loc.boothId, fair.id]);
    if (!booth) return { problem: { field: 'location.boothId', rule: 'unknownBooth', message: 'no such booth at this fair' } };
    const holder = await this.repo.boothHolder(fair.id, loc.boothId, input.date, m);
    return {
      key: `booth:${loc.boothId}`,
      shared: false,
      label: holder ? `${booth.code} ${holder}` : booth.code,
      booth: { code: booth.code, exhibitorPresent: holder !== null },
    };
  }
}

function conflict(details: ApiErrorDetail[]): DomainError {
  return new DomainError(ErrorCode.AppearanceConflict, details.map((d) => d.message).join('; '), details);
}

function auditOf(before: Record<string, unknown> | null, input: AppearanceInput) {
  const after = {
    guestId: input.guestId,
    date: input.date,
    start: input.start,
    end: input.end,
    durationMinutes: input.durationMinutes,
    status: input.status,
    location: input.location,
  };
  return { appearance: { before, after } };
}
