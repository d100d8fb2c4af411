import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditChange, AuditEntityType, AuditEntry, Page } from '@bussanten/contracts';
import type { Actor } from '../accounts/access';
import type { AuditQueryDto } from '../accounts/dto/accounts.dto';
import { AuditRepository } from './audit.repository';

export interface AuditRecord {
  /** Whose log shows it; defaults to the actor's host. */
  hostId?: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  changes: Record<string, AuditChange>;
}

/** Writes audit entries inside the caller's transaction, so a change and its record stand or fall together. */
@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  async record(manager: EntityManager, actor: Actor, entry: AuditRecord): Promise<void> {
    await this.repo.insert(manager, {
      actorId: actor.user?.id ?? null,
      hostId: entry.hostId !== undefined ? entry.hostId : (actor.user?.hostId ?? null),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: entry.changes,
      requestId: actor.requestId,
    });
  }

  /** A page of the host's log, newest first, with the names of what each entry mentions (looked up now, so older entries read in words too). */
  async list(hostId: string, q: AuditQueryDto): Promise<Page<AuditEntry>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const { total, items } = await this.repo.page(
      hostId,
      { action: q.action ?? null, entityType: q.entityType ?? null, actorId: q.actorId ?? null },
      page,
      pageSize,
    );
    return { items, total, page, pageSize };
  }
}
