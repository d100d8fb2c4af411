import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  ErrorCode,
  metaDetail,
  MUNICIPALITY_SHARED_FIELDS,
  type Municipality,
  type MunicipalityChange,
  type MunicipalityInput,
  type MunicipalitySummary,
  type Page,
} from '@bussanten/contracts';
import { changedFields, changedListedFields, foldForSearch, municipalitySearchText } from '@bussanten/domain';
import type { OrganizerActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { detailsFromValidationErrors } from '../common/validation';
import { DomainError, validationFailed } from '../common/domain-error';
import { CreateMunicipalityDto, type MunicipalityQueryDto, type UpdateMunicipalityDto } from './dto/municipality.dto';
import { MunicipalityEntity } from './entities';
import { MunicipalitiesRepository } from './municipalities.repository';
import { MunicipalityHistoryService } from './municipality-history.service';
import {
  duplicateLocalGovernmentCode,
  duplicateMunicipality,
  listedMunicipalityFields,
  listedMunicipalityNotDeletable,
  municipalityIsParty,
  municipalityNotFound,
} from './registry.errors';
import { prefectureName, toMunicipality, toMunicipalitySummary } from './registry.mappers';
import { referencingConstraint, violatedConstraint } from '../common/db-errors';
import { Constraint } from '../database/constraints';

const DEFAULT_PAGE_SIZE = 20;
// Every field is shared by all hosts: each is audited and kept in the history.
const AUDITED_FIELDS = MUNICIPALITY_SHARED_FIELDS;

@Injectable()
export class MunicipalitiesService {
  constructor(
    private readonly repo: MunicipalitiesRepository,
    private readonly audit: AuditService,
    private readonly history: MunicipalityHistoryService,
  ) {}

  async list(actor: OrganizerActor, q: MunicipalityQueryDto): Promise<Page<MunicipalitySummary>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
    const text = q.q ? foldForSearch(q.q) : '';
    const { rows, total } = await this.repo.search({
      hostId: actor.user.hostId,
      text: text || undefined,
      prefectureCode: q.prefectureCode,
      agreementKind: q.agreementKind,
      partnersOnly: q.partners ?? false,
      sort: q.sort ?? 'name',
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: rows.map(toMunicipalitySummary), total, page, pageSize };
  }

  /** With hostId null (a representative's own municipality) every host's agreements are shown. */
  async get(id: string, hostId: string | null): Promise<Municipality> {
    const row = await this.repo.findRow(id, hostId);
    if (!row) throw municipalityNotFound(id);
    return toMunicipality(row, await this.repo.agreementsOf(id, hostId));
  }

  async create(actor: OrganizerActor, input: CreateMunicipalityDto): Promise<Municipality> {
    const id = await this.write(actor, null, input);
    return this.get(id, actor.user.hostId);
  }

  async update(actor: OrganizerActor, id: string, patch: UpdateMunicipalityDto, revertsChangeId: string | null = null): Promise<Municipality> {
    const existing = await this.repo.findEntity(id);
    if (!existing) throw municipalityNotFound(id);
    // Validate the record as it would be after the change: a PATCH may not null a required field.
    const merged = plainToInstance(CreateMunicipalityDto, { ...inputOf(existing), ...patch });
    const errors = await validate(merged, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw validationFailed(detailsFromValidationErrors(errors));
    await this.write(actor, id, merged, revertsChangeId);
    return this.get(id, actor.user.hostId);
  }

  async listHistory(id: string): Promise<MunicipalityChange[]> {
    await this.ensureExists(id);
    return this.history.list(id);
  }

  /** Puts back the values a change replaced, as a change of its own (kept in the history, audited). */
  async revert(actor: OrganizerActor, id: string, changeId: string): Promise<Municipality> {
    await this.ensureExists(id);
    const change = await this.history.find(id, changeId);
    const patch = Object.fromEntries(Object.entries(change.changes).map(([field, c]) => [field, c.before]));
    return this.update(actor, id, patch, changeId);
  }

  private async ensureExists(id: string): Promise<void> {
    if (!(await this.repo.findEntity(id))) throw municipalityNotFound(id);
  }

  async remove(actor: OrganizerActor, id: string): Promise<void> {
    await this.repo.transaction(async (manager) => {
      const existing = await this.repo.findEntity(id, manager);
      if (!existing) throw municipalityNotFound(id);
      if (existing.listed) throw listedMunicipalityNotDeletable(existing.name);
      const agreements = await this.repo.blockingAgreements(id, manager);
      // Another host's agreements are counted, not named: their titles are that host's business.
      const own = agreements.filter((a) => a.hostId === actor.user.hostId).map(({ id: aid, title }) => ({ id: aid, title }));
      if (agreements.length) throw municipalityIsParty(existing.name, own, agreements.length - own.length);
      // Fair applications keep a fair's history (who exhibited); the municipality stays while any exist,
      // and while a representative's account or a guest it sends refers to it.
      const { applications, accounts, guests } = await this.repo.dependents(id, manager);
      if (applications) {
        throw new DomainError(ErrorCode.Conflict, `${existing.name} has applied to fairs`, [
          metaDetail('', 'hasApplications', `${existing.name} has ${applications} fair application(s)`, { applications }),
        ]);
      }
      if (accounts || guests) {
        throw new DomainError(ErrorCode.Conflict, `${existing.name} has representatives' accounts or sends guests`, [
          ...(accounts ? [metaDetail('', 'hasAccounts', `${existing.name} has ${accounts} representative account(s)`, { accounts })] : []),
          ...(guests ? [metaDetail('', 'sendsGuests', `${existing.name} sends ${guests} guest(s)`, { guests })] : []),
        ]);
      }
      try {
        await this.repo.delete(id, manager);
      } catch (e) {
        // A row that refers to it, added since the checks above.
        const constraint = referencingConstraint(e);
        if (constraint)
          throw new DomainError(ErrorCode.Conflict, `${existing.name} is still referred to`, [
            { field: '', rule: 'inUse', message: `still referred to (${constraint})` },
          ]);
        throw e;
      }
      await this.audit.record(manager, actor, {
        action: 'municipality.deleted',
        entityType: 'municipality',
        entityId: id,
        changes: changedFields<MunicipalityInput>(inputOf(existing), null, AUDITED_FIELDS),
      });
    });
  }

  /** Inserts (id null) or updates in one transaction; returns the id. */
  private async write(actor: OrganizerActor, id: string | null, input: MunicipalityInput, revertsChangeId: string | null = null): Promise<string> {
    try {
      return await this.repo.transaction(async (manager) => {
        const entity = id ? await this.repo.findEntity(id, manager, { lock: true }) : new MunicipalityEntity();
        if (!entity) throw municipalityNotFound(id as string);
        // The official list decides these; the row lock keeps a concurrent import from slipping in between.
        const listedChanges = entity.listed ? changedListedFields(entity, input) : [];
        if (listedChanges.length) throw listedMunicipalityFields(entity.name, listedChanges);
        if (await this.repo.existsByPrefectureAndName(input.prefectureCode, input.name.trim(), id, manager)) {
          throw duplicateMunicipality(input.name, prefectureName(input.prefectureCode));
        }
        const before = id ? inputOf(entity) : null;
        Object.assign(entity, normalise(input));
        entity.searchText = municipalitySearchText(entity);
        const saved = await this.repo.save(entity, manager);
        const changes = changedFields<MunicipalityInput>(before, inputOf(saved), AUDITED_FIELDS);
        await this.audit.record(manager, actor, {
          action: !id ? 'municipality.created' : revertsChangeId ? 'municipality.reverted' : 'municipality.updated',
          entityType: 'municipality',
          entityId: saved.id,
          changes,
        });
        if (id) await this.history.record(manager, actor, saved.id, changes, revertsChangeId);
        return saved.id;
      });
    } catch (e) {
      // Two requests raced past the check above; the unique constraints decided.
      const constraint = violatedConstraint(e, '23505');
      if (constraint === Constraint.municipalitiesPrefectureName) throw duplicateMunicipality(input.name, prefectureName(input.prefectureCode));
      if (constraint === Constraint.municipalitiesLocalGovernmentCode) throw duplicateLocalGovernmentCode(input.localGovernmentCode ?? '');
      throw e;
    }
  }
}

function normalise(input: MunicipalityInput): Required<MunicipalityInput> {
  const blankToNull = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());
  return {
    name: input.name.trim(),
    reading: input.reading.trim(),
    nameEn: blankToNull(input.nameEn),
    prefectureCode: input.prefectureCode,
    kind: input.kind,
    localGovernmentCode: blankToNull(input.localGovernmentCode),
    population: input.population ?? null,
    populationAsOf: input.populationAsOf ?? null,
    populationSource: blankToNull(input.populationSource),
    areaKm2: input.areaKm2 ?? null,
    areaAsOf: input.areaAsOf ?? null,
    areaSource: blankToNull(input.areaSource),
    website: blankToNull(input.website),
    notes: blankToNull(input.notes),
  };
}

function inputOf(m: MunicipalityEntity): MunicipalityInput {
  const {
    name,
    reading,
    nameEn,
    prefectureCode,
    kind,
    localGovernmentCode,
    population,
    populationAsOf,
    populationSource,
    areaKm2,
    areaAsOf,
    areaSource,
    website,
    notes,
  } = m;
  return {
    name,
    reading,
    nameEn,
    prefectureCode,
    kind,
    localGovernmentCode,
    population,
    populationAsOf,
    populationSource,
    areaKm2,
    areaAsOf,
    areaSource,
    website,
    notes,
  };
}
