import { ErrorCode, metaDetail } from '@bussanten/contracts';
import { DomainError } from '../common/domain-error';

export const municipalityNotFound = (id: string) => new DomainError(ErrorCode.MunicipalityNotFound, `No municipality with id ${id}`);

export const agreementNotFound = (id: string) => new DomainError(ErrorCode.AgreementNotFound, `No agreement with id ${id}`);

export const municipalityIsParty = (name: string, agreements: { id: string; title: string }[], othersCount = 0) => {
  const names = [...agreements.map((a) => a.title), ...(othersCount ? [`${othersCount} agreement(s) of other hosts`] : [])].join(', ');
  return new DomainError(ErrorCode.MunicipalityIsParty, `${name} cannot be deleted: it is a party to ${names}`, [
    metaDetail('', 'isParty', `party to ${names}`, { agreements, otherHostsAgreements: othersCount }),
  ]);
};

export const duplicateMunicipality = (name: string, prefecture: string) =>
  new DomainError(ErrorCode.DuplicateMunicipality, `${prefecture}${name} is already registered`, [
    { field: 'name', rule: 'unique', message: `${prefecture}${name} is already registered` },
  ]);

export const unknownMunicipalities = (indexes: { index: number; id: string }[]) =>
  new DomainError(
    ErrorCode.UnknownMunicipality,
    `No municipality with id ${indexes.map((i) => i.id).join(', ')}`,
    indexes.map(({ index, id }) => ({
      field: `parties.${index}.municipalityId`,
      rule: 'unknownMunicipality',
      message: `parties.${index}.municipalityId names no municipality (${id})`,
    })),
  );

export const duplicateLocalGovernmentCode = (code: string) =>
  new DomainError(ErrorCode.DuplicateMunicipality, `Local government code ${code} is already registered`, [
    { field: 'localGovernmentCode', rule: 'unique', message: `localGovernmentCode ${code} is already registered` },
  ]);

export const municipalityChangeNotFound = (id: string) => new DomainError(ErrorCode.MunicipalityChangeNotFound, `No change ${id} of this municipality`);

/** A host tried to change what the official list decides, or to delete a listed municipality. */
export const listedMunicipalityFields = (name: string, fields: readonly string[]) =>
  new DomainError(
    ErrorCode.ListedMunicipalityField,
    `${name} is on the official list of local governments: ${fields.join(', ')} cannot be changed`,
    fields.map((field) => ({ field, rule: 'listed', message: `${field} comes from the official list of local governments and cannot be changed` })),
  );

export const listedMunicipalityNotDeletable = (name: string) =>
  new DomainError(ErrorCode.ListedMunicipalityField, `${name} is on the official list of local governments and cannot be deleted`, [
    { field: '', rule: 'listed', message: `${name} is on the official list of local governments and cannot be deleted` },
  ]);
