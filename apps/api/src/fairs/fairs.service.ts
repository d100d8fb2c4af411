import { Injectable } from '@nestjs/common';
import { ErrorCode, type Fair, type FairSummary, type Venue } from '@bussanten/contracts';
import { applicationWindowProblems, changedFields, fairDayProblems } from '@bussanten/domain';
import type { OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { DomainError, validationFailed } from '../common/domain-error';
import type { CreateFairDto } from './dto/fair.dto';
import { FairsRepository } from './fairs.repository';

export const fairNotFound = (id: string) => new DomainError(ErrorCode.FairNotFound, `No fair with id ${id}`);

@Injectable()
export class FairsService {
  constructor(
    private readonly repo: FairsRepository,
    private readonly audit: AuditService,
  ) {}

  list(actor: OrganizerActor): Promise<FairSummary[]> {
    return this.repo.list(actor.user.hostId);
  }

  venues(actor: OrganizerActor): Promise<Venue[]> {
    return this.repo.venues(actor.user.hostId);
  }

  async get(actor: OrganizerActor, id: string): Promise<Fair> {
    const fair = await this.repo.find(id, actor.user.hostId);
    if (!fair) throw fairNotFound(id);
    return fair;
  }

  /** A new fair starts as a draft; its days and hours are checked by the calendar rules in libs/domain. */
  async create(actor: OrganizerActor, input: CreateFairDto): Promise<Fair> {
    const problems = [...fairDayProblems(input.days), ...applicationWindowProblems(input.applicationsOpenAt, input.applicationsCloseAt)];
    if (problems.length) throw validationFailed(problems);
    const id = await this.repo.transaction(async (m) => {
      if (!(await this.repo.roomOfHost(input.roomId, actor.user.hostId, m))) {
        throw new DomainError(ErrorCode.RoomNotFound, 'roomId names no room of your venues', [
          { field: 'roomId', rule: 'unknownRoom', message: 'roomId names no room of your venues' },
        ]);
      }
      if (await this.repo.slugTaken(input.slug, m)) {
        throw new DomainError(ErrorCode.DuplicateSlug, `The address /f/${input.slug} is taken`, [{ field: 'slug', rule: 'unique', message: `slug ${input.slug} is taken` }]);
      }
      const values = {
        slug: input.slug,
        title: input.title.trim(),
        titleEn: input.titleEn?.trim() || null,
        roomId: input.roomId,
        description: input.description?.trim() || null,
        applicationsOpenAt: input.applicationsOpenAt ?? null,
        applicationsCloseAt: input.applicationsCloseAt ?? null,
      };
      const created = await this.repo.insert(actor.user.hostId, values, input.days, m);
      await this.audit.record(m, actor, {
        action: 'fair.created',
        entityType: 'fair',
        entityId: created,
        changes: changedFields(null, { ...values, days: input.days }, ['slug', 'title', 'titleEn', 'roomId', 'days']),
      });
      return created;
    });
    return this.get(actor, id);
  }
}
