import { Injectable } from '@nestjs/common';
import type { OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import type { Agreement, AgreementInput, AgreementKindInfo, AgreementSummary, Programme } from '@bussanten/contracts';
import { changedFields, repeatedParties, resolveSignedDate } from '@bussanten/domain';

const AUDITED_FIELDS = ['kind', 'title', 'signedOn', 'signedYear', 'occasion', 'explanation'] as const;
import { validationFailed } from '../common/domain-error';
import type { AgreementQueryDto, CreateAgreementDto, UpdateAgreementDto } from './dto/agreement.dto';
import { AgreementEntity } from './entities';
import { AgreementsRepository } from './agreements.repository';
import { agreementNotFound, unknownMunicipalities } from './registry.errors';
import { prefectureName, toAgreement } from './registry.mappers';
import { violatedConstraint } from '../common/db-errors';
import { Constraint } from '../database/constraints';

@Injectable()
export class AgreementsService {
  constructor(
    private readonly repo: AgreementsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: OrganizerActor, q: AgreementQueryDto): Promise<AgreementSummary[]> {
    return this.repo.list(actor.user.hostId, q);
  }

  async get(actor: OrganizerActor, id: string): Promise<Agreement> {
    const a = await this.repo.find(id, actor.user.hostId);
    if (!a) throw agreementNotFound(id);
    const parties = await this.repo.parties(id);
    return toAgreement(
      a,
      parties.map((p) => ({ ...p, prefecture: prefectureName(p.prefectureCode) })),
    );
  }

  async create(actor: OrganizerActor, input: CreateAgreementDto): Promise<Agreement> {
    const id = await this.write(actor, null, input);
    return this.get(actor, id);
  }

  async update(actor: OrganizerActor, id: string, patch: UpdateAgreementDto): Promise<Agreement> {
    const existing = await this.repo.find(id, actor.user.hostId);
    if (!existing) throw agreementNotFound(id);
    const parties = patch.parties ?? (await this.repo.parties(id)).map(({ municipalityId, activities }) => ({ municipalityId, activities }));
    const merged: AgreementInput = {
      kind: patch.kind ?? existing.kind,
      title: patch.title ?? existing.title,
      // Giving a new date without a year (or the other way round) replaces both.
      signedOn: 'signedOn' in patch || 'signedYear' in patch ? patch.signedOn : existing.signedOn,
      signedYear: 'signedOn' in patch || 'signedYear' in patch ? patch.signedYear : existing.signedYear,
      occasion: 'occasion' in patch ? patch.occasion : existing.occasion,
      explanation: 'explanation' in patch ? patch.explanation : existing.explanation,
      parties,
    };
    await this.write(actor, id, merged);
    return this.get(actor, id);
  }

  async remove(actor: OrganizerActor, id: string): Promise<void> {
    await this.repo.transaction(async (m) => {
      const existing = await this.repo.find(id, actor.user.hostId, m);
      if (!existing || !(await this.repo.delete(id, actor.user.hostId, m))) throw agreementNotFound(id);
      await this.audit.record(m, actor, {
        action: 'agreement.deleted',
        entityType: 'agreement',
        entityId: id,
        changes: changedFields<AgreementEntity>(existing, null, AUDITED_FIELDS),
      });
    });
  }

  async kinds(): Promise<AgreementKindInfo[]> {
    return (await this.repo.kinds()).map(({ kind, label, labelEn, explanation }) => ({ kind, label, labelEn, explanation }));
  }

  async programmes(): Promise<Programme[]> {
    return (await this.repo.programmes()).map(({ id, name, nameEn, startedYear, explanation }) => ({ id, name, nameEn, startedYear, explanation }));
  }

  private async write(actor: OrganizerActor, id: string | null, input: AgreementInput): Promise<string> {
    const signed = resolveSignedDate(input);
    if ('field' in signed) throw validationFailed([signed]);
    const repeats = repeatedParties(input.parties);
    if (repeats.length) throw validationFailed(repeats);
    const { signedOn, signedYear } = signed;
    try {
      return await this.repo.transaction(async (manager) => {
        const entity = id ? await this.repo.find(id, actor.user.hostId, manager) : Object.assign(new AgreementEntity(), { hostId: actor.user.hostId });
        if (!entity) throw agreementNotFound(id as string);
        const before = id ? { ...entity } : null;
        const partiesBefore = id ? (await this.repo.parties(id, manager)).map((p) => p.municipalityId) : [];
        const ids = input.parties.map((p) => p.municipalityId.toLowerCase());
        const missing = new Set(await this.repo.missingMunicipalities(ids, manager));
        if (missing.size) {
          throw unknownMunicipalities(ids.flatMap((mid, index) => (missing.has(mid) ? [{ index, id: mid }] : [])));
        }
        Object.assign(entity, {
          kind: input.kind,
          title: input.title.trim(),
          signedOn,
          signedYear,
          occasion: input.occasion?.trim() || null,
          explanation: input.explanation?.trim() || null,
        });
        const saved = await this.repo.save(entity, manager);
        await this.repo.replaceParties(
          saved.id,
          input.parties.map((p, i) => ({ municipalityId: ids[i], activities: (p.activities ?? []).map((a) => a.trim()) })),
          manager,
        );
        await this.audit.record(manager, actor, {
          action: id ? 'agreement.updated' : 'agreement.created',
          entityType: 'agreement',
          entityId: saved.id,
          changes: {
            ...changedFields<AgreementEntity>(before, saved, AUDITED_FIELDS),
            ...changedFields({ parties: partiesBefore }, { parties: ids }, ['parties']),
          },
        });
        return saved.id;
      });
    } catch (e) {
      if (violatedConstraint(e, '23503') === Constraint.agreementPartiesMunicipality) {
        throw unknownMunicipalities(input.parties.map((p, index) => ({ index, id: p.municipalityId })));
      }
      throw e;
    }
  }
}
