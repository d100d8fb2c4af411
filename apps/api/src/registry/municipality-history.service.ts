import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MUNICIPALITY_SHARED_FIELDS, type AuditChange, type MunicipalityChange } from '@bussanten/contracts';
import type { OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { MunicipalityHistoryRepository, type MunicipalityChangeRow } from './municipality-history.repository';
import { municipalityChangeNotFound } from './registry.errors';

/**
 * Keeps every change to a municipality's shared fields for every host to read and revert, and
 * tells the hosts it concerns (their agreement party or exhibitor) in their own audit logs.
 */
@Injectable()
export class MunicipalityHistoryService {
  constructor(
    private readonly repo: MunicipalityHistoryRepository,
    private readonly audit: AuditService,
  ) {}

  async list(municipalityId: string): Promise<MunicipalityChange[]> {
    return (await this.repo.list(municipalityId)).map(toMunicipalityChange);
  }

  async find(municipalityId: string, changeId: string): Promise<MunicipalityChangeRow> {
    const row = await this.repo.find(municipalityId, changeId);
    if (!row) throw municipalityChangeNotFound(changeId);
    return row;
  }

  /** Inside the change's transaction. Nothing is kept for a change that changed nothing. */
  async record(
    manager: EntityManager,
    actor: OrganizerActor,
    municipalityId: string,
    changes: Record<string, AuditChange>,
    revertsChangeId: string | null,
  ): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await this.repo.insert(manager, {
      municipalityId,
      hostId: actor.user.hostId,
      userId: actor.user.id,
      userDisplayName: actor.user.displayName,
      changes,
      revertsChangeId,
    });
    const others = await this.repo.otherHostsConcerned(manager, municipalityId, actor.user.hostId);
    if (!others.length) return;
    // Who changed it is named by host and display name (as in the history), never by account.
    const changedBy = `${await this.repo.hostName(manager, actor.user.hostId)} ${actor.user.displayName}`;
    for (const hostId of others) {
      await this.audit.record(
        manager,
        { ...actor, user: null },
        {
          hostId,
          action: 'municipality.changedByOtherHost',
          entityType: 'municipality',
          entityId: municipalityId,
          changes: { ...changes, changedBy: { before: null, after: changedBy } },
        },
      );
    }
  }
}

function toMunicipalityChange(r: MunicipalityChangeRow): MunicipalityChange {
  return {
    id: r.id,
    at: r.at.toISOString(),
    host: { id: r.hostId, name: r.hostName },
    user: { id: r.userId, displayName: r.userDisplayName },
    changes: MUNICIPALITY_SHARED_FIELDS.filter((field) => field in r.changes).map((field) => ({
      field,
      before: r.changes[field].before,
      after: r.changes[field].after,
    })),
    revertsChangeId: r.revertsChangeId,
  };
}
