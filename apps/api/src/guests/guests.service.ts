import { Injectable } from '@nestjs/common';
import { ErrorCode, metaDetail, type Guest } from '@bussanten/contracts';
import { changedFields } from '@bussanten/domain';
import type { EntityManager } from 'typeorm';
import type { OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { DomainError, validationFailed } from '../common/domain-error';
import type { GuestDto } from './dto/guest.dto';
import { GuestsRepository } from './guests.repository';
import { PhotoStore } from './photo/photo-store';

export const guestNotFound = (id: string) => new DomainError(ErrorCode.GuestNotFound, `No guest with id ${id}`);
const AUDITED = ['name', 'nameEn', 'kind', 'ownerMunicipalityId', 'profile', 'profileEn', 'travelBufferMinutes'] as const;

/** A host's guests. The private contact is kept out of the audit diff like other personal data. */
@Injectable()
export class GuestsService {
  constructor(
    private readonly repo: GuestsRepository,
    private readonly audit: AuditService,
    private readonly photos: PhotoStore,
  ) {}

  list(actor: OrganizerActor): Promise<Guest[]> {
    return this.repo.list(actor.user.hostId);
  }

  async get(actor: OrganizerActor, id: string): Promise<Guest> {
    const found = await this.repo.find(id, actor.user.hostId);
    if (!found) throw guestNotFound(id);
    const { travelBufferMinutes: _buffer, ...guest } = found;
    return guest;
  }

  async create(actor: OrganizerActor, input: GuestDto): Promise<Guest> {
    const values = clean(input);
    const id = await this.repo.transaction(async (m) => {
      await this.checkOwner(values.ownerMunicipalityId, m);
      const created = await this.repo.insert(actor.user.hostId, values, m);
      await this.audit.record(m, actor, { action: 'guest.created', entityType: 'guest', entityId: created, changes: changedFields(null, values, AUDITED) });
      return created;
    });
    return this.get(actor, id);
  }

  async update(actor: OrganizerActor, id: string, input: GuestDto): Promise<Guest> {
    const values = clean(input);
    await this.repo.transaction(async (m) => {
      const before = await this.repo.find(id, actor.user.hostId, m);
      if (!before) throw guestNotFound(id);
      await this.checkOwner(values.ownerMunicipalityId, m);
      await this.repo.update(id, actor.user.hostId, values, m);
      await this.audit.record(m, actor, { action: 'guest.updated', entityType: 'guest', entityId: id, changes: changedFields(before, values, AUDITED) });
    });
    return this.get(actor, id);
  }

  /** A guest with appearances stays (cancel them instead): the history of a fair keeps who came. */
  async delete(actor: OrganizerActor, id: string): Promise<void> {
    const photoKey = await this.repo.transaction(async (m) => {
      const before = await this.repo.find(id, actor.user.hostId, m);
      if (!before) throw guestNotFound(id);
      const appearances = await this.repo.appearanceCount(id, actor.user.hostId, m);
      if (appearances) {
        throw new DomainError(ErrorCode.GuestInUse, `${before.name} has ${appearances} appearance(s)`, [
          metaDetail('', 'hasAppearances', 'the guest has appearances', { appearances }),
        ]);
      }
      const key = await this.repo.photoKey(id, actor.user.hostId, m);
      await this.repo.delete(id, actor.user.hostId, m);
      await this.audit.record(m, actor, { action: 'guest.deleted', entityType: 'guest', entityId: id, changes: changedFields(before, null, AUDITED) });
      return key;
    });
    // After the commit: a failed delete must not leave the row pointing at a removed file.
    await this.photos.removeQuietly(photoKey);
  }

  private async checkOwner(municipalityId: string | null, m: EntityManager): Promise<void> {
    if (municipalityId && !(await this.repo.municipalityExists(municipalityId, m))) {
      throw validationFailed([{ field: 'ownerMunicipalityId', rule: 'unknownMunicipality', message: 'no such municipality' }]);
    }
  }
}

function clean(input: GuestDto) {
  const text = (v: string | null) => v?.trim() || null;
  return {
    name: input.name.trim(),
    nameEn: text(input.nameEn),
    kind: input.kind,
    ownerMunicipalityId: input.ownerMunicipalityId,
    profile: text(input.profile),
    profileEn: text(input.profileEn),
    contact: text(input.contact),
    travelBufferMinutes: input.travelBufferMinutes,
  };
}
