import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AgreementKind, AgreementParty, AgreementSummary } from '@bussanten/contracts';

export type AgreementListRow = AgreementSummary;
import { AgreementEntity, AgreementKindEntity, AgreementPartyEntity, ProgrammeEntity } from './entities';

@Injectable()
export class AgreementsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(hostId: string, filter: { kind?: AgreementKind; municipalityId?: string }): Promise<AgreementListRow[]> {
    return this.db.query(
      `SELECT a.id, a.kind, a.title, a.signed_year AS "signedYear",
              (SELECT count(*)::int FROM agreement_parties p WHERE p.agreement_id = a.id) AS "partyCount"
       FROM agreements a
       WHERE a.host_id = $3 AND ($1::text IS NULL OR a.kind = $1)
         AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM agreement_parties p WHERE p.agreement_id = a.id AND p.municipality_id = $2))
       ORDER BY a.signed_year ASC NULLS LAST, a.title`,
      [filter.kind ?? null, filter.municipalityId ?? null, hostId],
    );
  }

  /** Only the host's own: another host's agreement is as good as missing. */
  find(id: string, hostId: string, manager: EntityManager = this.db.manager): Promise<AgreementEntity | null> {
    return manager.findOne(AgreementEntity, { where: { id, hostId } });
  }

  parties(agreementId: string, manager: EntityManager = this.db.manager): Promise<AgreementParty[]> {
    return manager.query(
      `SELECT p.municipality_id AS "municipalityId", m.name, m.prefecture_code AS "prefectureCode", p.activities
       FROM agreement_parties p JOIN municipalities m ON m.id = p.municipality_id
       WHERE p.agreement_id = $1 ORDER BY p.position`,
      [agreementId],
    );
  }

  /** The ids among `ids` that name no municipality; locks the others against deletion meanwhile. */
  async missingMunicipalities(ids: string[], manager: EntityManager): Promise<string[]> {
    const found: { id: string }[] = await manager.query('SELECT id FROM municipalities WHERE id = ANY($1::uuid[]) FOR SHARE', [ids]);
    const present = new Set(found.map((r) => r.id));
    return ids.filter((id) => !present.has(id));
  }

  save(entity: AgreementEntity, manager: EntityManager): Promise<AgreementEntity> {
    return manager.save(AgreementEntity, entity);
  }

  /** Replaces the party list, keeping the given order. */
  async replaceParties(agreementId: string, parties: { municipalityId: string; activities: string[] }[], manager: EntityManager): Promise<void> {
    await manager.delete(AgreementPartyEntity, { agreementId });
    await manager.insert(
      AgreementPartyEntity,
      parties.map((p, position) => ({ agreementId, municipalityId: p.municipalityId, activities: p.activities, position })),
    );
  }

  async delete(id: string, hostId: string, manager: EntityManager): Promise<boolean> {
    const result = await manager.delete(AgreementEntity, { id, hostId });
    return (result.affected ?? 0) > 0;
  }

  kinds(): Promise<AgreementKindEntity[]> {
    return this.db.getRepository(AgreementKindEntity).find({ order: { position: 'ASC' } });
  }

  programmes(): Promise<ProgrammeEntity[]> {
    return this.db.getRepository(ProgrammeEntity).find({ order: { name: 'ASC' } });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
