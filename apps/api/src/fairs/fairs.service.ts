import { Injectable } from '@nestjs/common';
import { ErrorCode, metaDetail, type Fair, type FairInput, type FairStatus, type FairSummary, type Venue, type VenueInput } from '@bussanten/contracts';
import { applicationWindowProblems, canTransition, changedFields, FAIR_TRANSITIONS, fairDayProblems, formatPostalCode } from '@bussanten/domain';
import type { EntityManager } from 'typeorm';
import type { OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { DomainError, validationFailed } from '../common/domain-error';
import { isUniqueViolation } from '../common/db-errors';
import { DayChangesService } from './day-changes/day-changes.service';
import { FairsRepository, type VenueValues } from './fairs.repository';

export const fairNotFound = (id: string) => new DomainError(ErrorCode.FairNotFound, `No fair with id ${id}`);

@Injectable()
export class FairsService {
  constructor(
    private readonly repo: FairsRepository,
    private readonly audit: AuditService,
    private readonly dayChanges: DayChangesService,
  ) {}

  list(actor: OrganizerActor): Promise<FairSummary[]> {
    return this.repo.list(actor.user.hostId);
  }

  venues(actor: OrganizerActor): Promise<Venue[]> {
    return this.repo.venues(actor.user.hostId);
  }

  /** Pass the transaction's manager when inside one: a second pool connection per request can starve the pool. */
  async get(actor: OrganizerActor, id: string, m?: EntityManager): Promise<Fair> {
    const fair = await this.repo.find(id, actor.user.hostId, m);
    if (!fair) throw fairNotFound(id);
    return fair;
  }

  /** A new fair starts as a draft; its days and hours are checked by the calendar rules in libs/domain. */
  async create(actor: OrganizerActor, input: FairInput): Promise<Fair> {
    checkFairInput(input);
    const id = await this.repo.transaction(async (m) => {
      await this.checkRoomAndSlug(actor, input, null, m);
      const values = fairValues(input);
      const created = await this.repo.insert(actor.user.hostId, values, input.days, m);
      await this.audit.record(m, actor, {
        action: 'fair.created',
        entityType: 'fair',
        entityId: created,
        changes: changedFields(null, { ...values, days: input.days }, AUDITED),
      });
      return created;
    });
    return this.get(actor, id);
  }

  /**
   * Replaces the fair's fields and days. Closing, removing or shortening a day that applications
   * attend or guests visit is refused unless `cascade` says what happens to them (DayChangesService).
   */
  async update(actor: OrganizerActor, id: string, input: FairInput): Promise<Fair> {
    checkFairInput(input);
    const before = await this.get(actor, id);
    await this.repo.transaction(async (m) => {
      if (!(await this.repo.lockStatus(id, actor.user.hostId, m))) throw fairNotFound(id);
      await this.checkRoomAndSlug(actor, input, id, m);
      // The days as they are under the lock: another organizer's edit may have committed since `before`.
      const days = (await this.get(actor, id, m)).days.map(({ date, opens, closes }) => ({ date, opens, closes }));
      await this.dayChanges.applyWithin(actor, m, { id, title: input.title.trim(), titleEn: input.titleEn?.trim() || null, days }, input.days, input.cascade);
      const values = fairValues(input);
      try {
        await this.repo.update(id, actor.user.hostId, values, m);
      } catch (e) {
        if (isUniqueViolation(e)) throw slugTaken(input.slug);
        throw e;
      }
      await this.repo.replaceDays(id, input.days, m);
      const old = { ...before, roomId: before.room.id, days };
      await this.audit.record(m, actor, {
        action: 'fair.updated',
        entityType: 'fair',
        entityId: id,
        changes: changedFields(old, { ...values, days: input.days }, AUDITED),
      });
    });
    return this.get(actor, id);
  }

  /** Moves the fair along draft → accepting → closed → published → archived, as FAIR_TRANSITIONS allows. */
  async changeStatus(actor: OrganizerActor, id: string, status: FairStatus): Promise<Fair> {
    await this.repo.transaction(async (m) => {
      const from = await this.repo.lockStatus(id, actor.user.hostId, m);
      if (!from) throw fairNotFound(id);
      if (!canTransition(from, status)) {
        const allowed = FAIR_TRANSITIONS[from];
        throw new DomainError(ErrorCode.FairStatusTransition, `A ${from} fair cannot become ${status}`, [
          metaDetail('status', 'transition', `from ${from} only ${allowed.join(', ') || 'nothing'} is allowed`, { from, to: status, allowed }),
        ]);
      }
      await this.repo.setStatus(id, actor.user.hostId, status, m);
      await this.audit.record(m, actor, {
        action: 'fair.statusChanged',
        entityType: 'fair',
        entityId: id,
        changes: { status: { before: from, after: status } },
      });
    });
    return this.get(actor, id);
  }

  /** Only a draft can be deleted (its booths go with it); a fair that took applications is archived instead. */
  async delete(actor: OrganizerActor, id: string): Promise<void> {
    await this.repo.transaction(async (m) => {
      const status = await this.repo.lockStatus(id, actor.user.hostId, m);
      if (!status) throw fairNotFound(id);
      const counts = await this.repo.contentCounts(id, m);
      if (status !== 'draft' || counts.applications > 0) {
        throw new DomainError(ErrorCode.FairNotEmpty, 'Only a draft fair without applications can be deleted; archive it instead', [
          metaDetail('', 'notDraft', 'only a draft fair without applications can be deleted', { status, ...counts }),
        ]);
      }
      await this.repo.delete(id, actor.user.hostId, m);
      await this.audit.record(m, actor, { action: 'fair.deleted', entityType: 'fair', entityId: id, changes: {} });
    });
  }

  async createVenue(actor: OrganizerActor, input: VenueInput): Promise<Venue> {
    const id = await this.repo.transaction(async (m) => {
      const venueId = await this.saveVenue(() => this.repo.insertVenue(actor.user.hostId, venueValues(input), m));
      for (const room of input.rooms) await this.saveVenue(() => this.repo.upsertRoom(venueId, actor.user.hostId, { ...room, id: undefined }, m));
      await this.audit.record(m, actor, {
        action: 'venue.created',
        entityType: 'venue',
        entityId: venueId,
        changes: changedFields(null, input, VENUE_AUDITED),
      });
      return venueId;
    });
    return this.venue(actor, id);
  }

  /** Renames the venue and its rooms and adds new rooms; rooms are never deleted here (fairs refer to them). */
  async updateVenue(actor: OrganizerActor, id: string, input: VenueInput): Promise<Venue> {
    const before = await this.venue(actor, id);
    await this.repo.transaction(async (m) => {
      if (!(await this.saveVenue(() => this.repo.updateVenue(id, actor.user.hostId, venueValues(input), m)))) throw venueNotFound(id);
      const known = await this.repo.roomIdsOfVenue(id, actor.user.hostId, m);
      for (const [i, room] of input.rooms.entries()) {
        if (room.id && !known.includes(room.id)) {
          throw new DomainError(ErrorCode.RoomNotFound, 'rooms names a room of another venue', [
            { field: `rooms.${i}.id`, rule: 'unknownRoom', message: 'not a room of this venue' },
          ]);
        }
        await this.saveVenue(() => this.repo.upsertRoom(id, actor.user.hostId, room, m));
      }
      await this.audit.record(m, actor, {
        action: 'venue.updated',
        entityType: 'venue',
        entityId: id,
        changes: changedFields(before, input, VENUE_AUDITED),
      });
    });
    return this.venue(actor, id);
  }

  private async venue(actor: OrganizerActor, id: string): Promise<Venue> {
    const found = (await this.repo.venues(actor.user.hostId)).find((v) => v.id === id);
    if (!found) throw venueNotFound(id);
    return found;
  }

  /** Venue names are unique per host and room names per venue: a clash is the user's to fix, not a 500. */
  private async saveVenue<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw new DomainError(ErrorCode.Conflict, 'A venue or room with this name exists', [{ field: 'name', rule: 'unique', message: 'the name is taken' }]);
      }
      throw e;
    }
  }

  private async checkRoomAndSlug(actor: OrganizerActor, input: FairInput, self: string | null, m: EntityManager): Promise<void> {
    if (!(await this.repo.roomOfHost(input.roomId, actor.user.hostId, m))) {
      throw new DomainError(ErrorCode.RoomNotFound, 'roomId names no room of your venues', [
        { field: 'roomId', rule: 'unknownRoom', message: 'roomId names no room of your venues' },
      ]);
    }
    if (await this.repo.slugTaken(input.slug, self, m)) throw slugTaken(input.slug);
  }
}

const AUDITED = ['slug', 'title', 'titleEn', 'roomId', 'description', 'applicationsOpenAt', 'applicationsCloseAt', 'days'] as const;

const VENUE_AUDITED = ['name', 'postalCode', 'prefecture', 'city', 'address', 'rooms'] as const;

const venueNotFound = (id: string) => new DomainError(ErrorCode.VenueNotFound, `No venue with id ${id}`);
const slugTaken = (slug: string) =>
  new DomainError(ErrorCode.DuplicateSlug, `The address /f/${slug} is taken`, [{ field: 'slug', rule: 'unique', message: `slug ${slug} is taken` }]);

function checkFairInput(input: FairInput): void {
  const problems = [...fairDayProblems(input.days), ...applicationWindowProblems(input.applicationsOpenAt, input.applicationsCloseAt)];
  if (problems.length) throw validationFailed(problems);
}

function fairValues(input: FairInput) {
  return {
    slug: input.slug,
    title: input.title.trim(),
    titleEn: input.titleEn?.trim() || null,
    roomId: input.roomId,
    description: input.description?.trim() || null,
    applicationsOpenAt: input.applicationsOpenAt ?? null,
    applicationsCloseAt: input.applicationsCloseAt ?? null,
  };
}

function venueValues(input: VenueInput): VenueValues {
  const part = (text: string | null | undefined) => text?.trim() || null;
  return {
    name: input.name.trim(),
    postalCode: input.postalCode ? formatPostalCode(input.postalCode) : null,
    prefecture: part(input.prefecture),
    city: part(input.city),
    address: input.address.trim(),
  };
}
