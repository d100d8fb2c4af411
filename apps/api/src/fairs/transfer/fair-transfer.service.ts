import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  FAIR_DOCUMENT_FORMAT,
  FAIR_DOCUMENT_VERSION,
  metaDetail,
  type ApiErrorDetail,
  type Fair,
  type FairDocument,
  type FairDocumentFair,
  type MunicipalityKey,
  type DetailWithMeta,
} from '@bussanten/contracts';
import { fairDocumentProblems } from '@bussanten/domain';
import type { EntityManager } from 'typeorm';
import type { OrganizerActor } from '../../accounts/access';
import { AuditService } from '../../audit/audit.service';
import { violatedConstraint } from '../../common/db-errors';
import { DomainError } from '../../common/domain-error';
import { fairNotFound, FairsService } from '../fairs.service';
import { FairTransferRepository, municipalityKeyOf, type ImportedIds } from './fair-transfer.repository';
import { Constraint } from '../../database/constraints';

/**
 * Export and import of one fair as a JSON document (see FairDocument in libs/contracts for what it
 * holds and what it leaves out). An import creates a new fair with fresh ids in one transaction:
 * every refusal — an unsupported document, municipalities the registry lacks, a taken address, a
 * document contradicting itself, a double booking the database refuses — writes nothing.
 */
@Injectable()
export class FairTransferService {
  constructor(
    private readonly repo: FairTransferRepository,
    private readonly fairs: FairsService,
    private readonly audit: AuditService,
  ) {}

  async export(actor: OrganizerActor, fairId: string): Promise<FairDocument> {
    // One snapshot: a fair being edited meanwhile is written as it was at one moment.
    const fair = await this.repo.transaction(async (m) => {
      await m.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await this.fairs.get(actor, fairId, m);
      const read = await this.repo.read(fairId, actor.user.hostId, m);
      if (!read) throw fairNotFound(fairId);
      return read;
    });
    return { format: FAIR_DOCUMENT_FORMAT, version: FAIR_DOCUMENT_VERSION, exportedAt: new Date().toISOString(), fair };
  }

  /** `slug`, when given, is the new fair's address instead of the document's. */
  async import(actor: OrganizerActor, document: { format: string; version: number; fair: unknown }, slug?: string): Promise<Fair> {
    if (document.format !== FAIR_DOCUMENT_FORMAT || document.version !== FAIR_DOCUMENT_VERSION) throw unsupported(document.format, document.version);
    // Only now has the DTO validated `fair` (it is checked for this format and version alone), each
    // appearance's location by its kind: it is a FairDocumentFair.
    const original = document.fair as FairDocumentFair;
    const fair: FairDocumentFair = { ...original, slug: slug ?? original.slug };
    const problems = fairDocumentProblems(fair);
    if (problems.length) throw inconsistent(problems);
    const hostId = actor.user.hostId;
    const id = await this.repo.transaction(async (m) => {
      const refs = await this.references(fair, m);
      if (await this.repo.slugTaken(fair.slug, m)) throw slugTaken(fair.slug);
      const room = await this.repo.venueRoom(hostId, fair.venue, fair.room, m);
      if (room.widthM !== fair.room.widthM || room.depthM !== fair.room.depthM) {
        const misfits = fairDocumentProblems(fair, room);
        if (misfits.length) throw inconsistent(misfits);
      }
      const fairId = await saving('fair.slug', () => this.repo.insertFair(hostId, room.id, refs.programme, fair, m));
      const ids = await this.insertParts(hostId, fairId, fair, refs, m);
      await this.audit.record(m, actor, {
        action: 'fair.imported',
        entityType: 'fair',
        entityId: fairId,
        changes: {
          slug: { before: original.slug, after: fair.slug },
          booths: { before: null, after: ids.booths.size },
          applications: { before: null, after: fair.applications.length },
        },
      });
      return fairId;
    });
    return this.fairs.get(actor, id);
  }

  /**
   * The ids of everything the document names outside the fair. Municipalities and the programme
   * must exist (422 naming each missing one); accounts are only attribution, so an e-mail this
   * install does not know leaves the field empty.
   */
  private async references(fair: FairDocumentFair, m: EntityManager) {
    const named: { field: string; key: MunicipalityKey }[] = [
      ...fair.applications.map((a, i) => ({ field: `fair.applications.${i}.municipality`, key: a.municipality })),
      ...fair.guests.flatMap((g, i) => (g.ownerMunicipality ? [{ field: `fair.guests.${i}.ownerMunicipality`, key: g.ownerMunicipality }] : [])),
    ];
    const municipalities = await this.repo.municipalities(
      named.map((n) => n.key),
      m,
    );
    const missing: DetailWithMeta<'unknownMunicipality' | 'unknownProgramme'>[] = named
      .filter((n) => !municipalities.has(municipalityKeyOf(n.key)))
      .map((n) => metaDetail(n.field, 'unknownMunicipality', `${n.key.name} (prefecture ${n.key.prefectureCode}) is not in the registry`, { ...n.key }));
    const programme = fair.programme === null ? null : await this.repo.programme(fair.programme, m);
    if (fair.programme !== null && programme === null) {
      missing.push(metaDetail('fair.programme', 'unknownProgramme', `the programme ${fair.programme} is not in the registry`, { name: fair.programme }));
    }
    if (missing.length) {
      throw new DomainError(ErrorCode.UnknownReference, `The registry lacks ${missing.map((d) => d.meta.name).join(', ')}`, missing);
    }
    // People are not looked up: who did what at the source stays text, never linked to (or mailed
    // as) this install's accounts, which may belong to other hosts.
    return { municipalities, programme };
  }

  private async insertParts(
    hostId: string,
    fairId: string,
    fair: FairDocumentFair,
    refs: Awaited<ReturnType<FairTransferService['references']>>,
    m: EntityManager,
  ): Promise<ImportedIds> {
    const ids: ImportedIds = { fairId, booths: new Map(), stages: new Map() };
    for (const [i, s] of fair.stages.entries())
      ids.stages.set(s.name, { id: await saving(`fair.stages.${i}.name`, () => this.repo.insertStage(fairId, s, m)), shared: s.shared });
    for (const [i, b] of fair.booths.entries()) ids.booths.set(b.code, await saving(`fair.booths.${i}.code`, () => this.repo.insertBooth(fairId, b, m)));
    for (const [i, a] of fair.applications.entries()) {
      const at = `fair.applications.${i}`;
      const municipalityId = refs.municipalities.get(municipalityKeyOf(a.municipality)) as string;
      const applicationId = await saving(`${at}.municipality`, () => this.repo.insertApplication(fairId, municipalityId, a, m));
      for (const e of a.history) await this.repo.insertEvent(applicationId, e, m);
      for (const [j, s] of a.assignments.entries()) {
        await saving(`${at}.assignments.${j}`, () => this.repo.insertAssignment(fairId, ids.booths.get(s.booth) as string, applicationId, s, m));
      }
    }
    // Guests become new guests of the importing host: reusing existing ones would put the same
    // guest at the same moment at two fairs, which the guest's exclusion constraint refuses.
    for (const [i, g] of fair.guests.entries()) {
      const owner = g.ownerMunicipality ? (refs.municipalities.get(municipalityKeyOf(g.ownerMunicipality)) as string) : null;
      const guestId = await this.repo.insertGuest(hostId, owner, g, m);
      for (const [j, a] of g.appearances.entries()) await saving(`fair.guests.${i}.appearances.${j}`, () => this.repo.insertAppearance(ids, guestId, a, m));
    }
    return ids;
  }
}

/** Runs one write; a unique or exclusion violation becomes the refusal the regular routes give, naming the document's field. */
async function saving<T>(field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw refusalOf(e, field) ?? e;
  }
}

export function refusalOf(e: unknown, field: string): DomainError | null {
  const constraint = violatedConstraint(e, '23505') ?? violatedConstraint(e, '23P01');
  const detail = (rule: string, message: string): ApiErrorDetail[] => [{ field, rule, message: `${field}: ${message}` }];
  switch (constraint) {
    case Constraint.fairsSlug:
      return slugTaken(null);
    case Constraint.boothsFairCode:
      return new DomainError(ErrorCode.DuplicateBoothCode, 'The document has two booths with one code', detail('unique', 'another booth has this code'));
    case Constraint.fairStagesFairName:
      return new DomainError(ErrorCode.Conflict, 'The document has two stages with one name', detail('unique', 'another stage has this name'));
    case Constraint.applicationsFairMunicipality:
      return new DomainError(
        ErrorCode.AlreadyApplied,
        'The document has two applications of one municipality',
        detail('unique', 'this municipality has another application in the document'),
      );
    case Constraint.applicationDaysPrimaryKey:
      return new DomainError(ErrorCode.Conflict, 'An application attends one day twice', detail('unique', 'a day is listed twice'));
    case Constraint.boothAssignmentsBoothDays:
      return new DomainError(
        ErrorCode.BoothTaken,
        'Two assignments hold one booth on the same day',
        detail('boothTaken', 'the booth is held by another application on some of these days'),
      );
    case Constraint.boothAssignmentsApplicationDays:
      return new DomainError(
        ErrorCode.Conflict,
        'An application holds two booths on the same day',
        detail('alreadyPlaced', 'the application already holds a booth on some of these days'),
      );
    case Constraint.appearancesGuest:
      return new DomainError(
        ErrorCode.AppearanceConflict,
        'A guest appears twice at the same time',
        detail('guestBusy', 'the guest appears elsewhere at this time'),
      );
    case Constraint.appearancesLocation:
      return new DomainError(
        ErrorCode.AppearanceConflict,
        'Two appearances share a place at the same time',
        detail('placeTaken', 'another appearance uses this place at this time'),
      );
    default:
      return null;
  }
}

function unsupported(format: string, version: number): DomainError {
  return new DomainError(
    ErrorCode.UnsupportedDocument,
    `This install reads ${FAIR_DOCUMENT_FORMAT} version ${FAIR_DOCUMENT_VERSION}, not ${format} version ${version}`,
    [
      metaDetail(
        format === FAIR_DOCUMENT_FORMAT ? 'version' : 'format',
        'supported',
        `expected format ${FAIR_DOCUMENT_FORMAT} version ${FAIR_DOCUMENT_VERSION}`,
        { format, version },
      ),
    ],
  );
}

function inconsistent(problems: ApiErrorDetail[]): DomainError {
  return new DomainError(ErrorCode.InconsistentDocument, `The document contradicts itself: ${problems.map((p) => p.message).join('; ')}`, problems);
}

function slugTaken(slug: string | null): DomainError {
  return new DomainError(ErrorCode.DuplicateSlug, slug ? `The address /f/${slug} is taken` : 'The address is taken', [
    { field: 'slug', rule: 'unique', message: slug ? `slug ${slug} is taken` : 'the slug is taken' },
  ]);
}
