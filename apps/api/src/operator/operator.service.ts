import { Injectable } from '@nestjs/common';
import { ErrorCode, Role, type CreatedHost, type HostSummary } from '@bussanten/contracts';
import type { OperatorActor } from '../accounts/access';
import type { CreateHostDto } from '../accounts/dto/accounts.dto';
import { InvitationsService } from '../accounts/invitations.service';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { HostsRepository } from './hosts.repository';

const hostNotFound = (id: string) => new DomainError(ErrorCode.HostNotFound, `No host with id ${id}`);

/**
 * The operator's work: hosts and their first organizers, and switching a host off. It never reads
 * a host's fairs, applications or people; the host's audit log records what the operator did to it.
 */
@Injectable()
export class OperatorService {
  constructor(
    private readonly hosts: HostsRepository,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<HostSummary[]> {
    return this.hosts.list();
  }

  /** The host and its first organizer's invitation, together or not at all. */
  async create(actor: OperatorActor, input: CreateHostDto): Promise<CreatedHost> {
    const name = input.name.trim();
    return this.hosts.transaction(async (m) => {
      const hostId = await this.hosts.insert(name, input.nameEn?.trim() || null, m);
      if (!hostId) {
        throw new DomainError(ErrorCode.DuplicateHost, `A host named ${name} exists already`, [
          { field: 'name', rule: 'unique', message: `${name} exists already` },
        ]);
      }
      await this.audit.record(m, actor, {
        hostId,
        action: 'host.created',
        entityType: 'host',
        entityId: hostId,
        changes: { name: { before: null, after: name } },
      });
      const invitation = await this.invitations.create(
        actor,
        hostId,
        { email: input.organizerEmail, role: Role.Organizer, displayName: input.organizerName },
        m,
      );
      return { host: (await this.hosts.summary(hostId, m)) as HostSummary, invitation };
    });
  }

  /** A disabled host's memberships give no access (sessions in them stop at once); its public pages stay. */
  async setDisabled(actor: OperatorActor, id: string, disabled: boolean): Promise<HostSummary> {
    return this.hosts.transaction(async (m) => {
      const changed = await this.hosts.setDisabled(id, disabled, m);
      if (changed === null) throw hostNotFound(id);
      if (changed) {
        await this.audit.record(m, actor, {
          hostId: id,
          action: disabled ? 'host.disabled' : 'host.enabled',
          entityType: 'host',
          entityId: id,
          changes: { disabled: { before: !disabled, after: disabled } },
        });
      }
      return (await this.hosts.summary(id, m)) as HostSummary;
    });
  }
}
