import type { Agreement, AgreementParty, Municipality, MunicipalitySummary } from '@bussanten/contracts';
import { prefectureByCode } from '@bussanten/domain';
import type { AgreementEntity } from './entities';
import type { MunicipalityRow, PartyAgreementRow } from './municipalities.repository';

export const prefectureName = (code: number): string => prefectureByCode(code)?.name ?? '';

export function toMunicipalitySummary(m: MunicipalityRow): MunicipalitySummary {
  return {
    id: m.id,
    name: m.name,
    reading: m.reading,
    nameEn: m.nameEn,
    prefectureCode: m.prefectureCode,
    prefecture: prefectureName(m.prefectureCode),
    kind: m.kind,
    population: m.population,
    areaKm2: m.areaKm2,
    agreementKinds: m.agreementKinds,
    firstAgreementYear: m.firstAgreementYear,
  };
}

export function toMunicipality(m: MunicipalityRow, agreements: PartyAgreementRow[]): Municipality {
  return {
    ...toMunicipalitySummary(m),
    localGovernmentCode: m.localGovernmentCode,
    listed: m.listed,
    populationAsOf: m.populationAsOf,
    populationSource: m.populationSource,
    areaAsOf: m.areaAsOf,
    areaSource: m.areaSource,
    website: m.website,
    notes: m.notes,
    agreements: agreements.map((a) => ({ ...a, activities: a.activities ?? [] })),
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

export function toAgreement(a: AgreementEntity, parties: AgreementParty[]): Agreement {
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    signedOn: a.signedOn,
    signedYear: a.signedYear,
    occasion: a.occasion,
    explanation: a.explanation,
    parties,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
