import type {
  Agreement,
  AgreementInput,
  AgreementKindInfo,
  AgreementQuery,
  AgreementSummary,
  Municipality,
  MunicipalityChange,
  MunicipalityInput,
  MunicipalityQuery,
  MunicipalitySummary,
  Page,
  Prefecture,
  Programme,
} from '@bussanten/contracts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

export const registryApi = {
  listMunicipalities: (query: MunicipalityQuery, o: Signal = {}) =>
    request<Page<MunicipalitySummary>>('GET', '/municipalities', { query: { ...query, partners: query.partners ? 'true' : undefined }, signal: o.signal }),
  getMunicipality: (municipalityId: string, o: Signal = {}) => request<Municipality>('GET', `/municipalities/${id(municipalityId)}`, { signal: o.signal }),
  createMunicipality: (body: MunicipalityInput) => request<Municipality>('POST', '/municipalities', { body }),
  updateMunicipality: (municipalityId: string, body: Partial<MunicipalityInput>) =>
    request<Municipality>('PATCH', `/municipalities/${id(municipalityId)}`, { body }),
  deleteMunicipality: (municipalityId: string) => request<void>('DELETE', `/municipalities/${id(municipalityId)}`),
  municipalityHistory: (municipalityId: string, o: Signal = {}) =>
    request<MunicipalityChange[]>('GET', `/municipalities/${id(municipalityId)}/history`, { signal: o.signal }),
  revertMunicipalityChange: (municipalityId: string, changeId: string) =>
    request<Municipality>('POST', `/municipalities/${id(municipalityId)}/history/${id(changeId)}/revert`),

  listAgreements: (query: AgreementQuery, o: Signal = {}) => request<AgreementSummary[]>('GET', '/agreements', { query: { ...query }, signal: o.signal }),
  getAgreement: (agreementId: string, o: Signal = {}) => request<Agreement>('GET', `/agreements/${id(agreementId)}`, { signal: o.signal }),
  createAgreement: (body: AgreementInput) => request<Agreement>('POST', '/agreements', { body }),
  updateAgreement: (agreementId: string, body: Partial<AgreementInput>) => request<Agreement>('PATCH', `/agreements/${id(agreementId)}`, { body }),
  deleteAgreement: (agreementId: string) => request<void>('DELETE', `/agreements/${id(agreementId)}`),

  agreementKinds: (o: Signal = {}) => request<AgreementKindInfo[]>('GET', '/agreement-kinds', { signal: o.signal }),
  programmes: (o: Signal = {}) => request<Programme[]>('GET', '/programmes', { signal: o.signal }),
  prefectures: (o: Signal = {}) => request<Prefecture[]>('GET', '/prefectures', { signal: o.signal }),
};

/** The municipality a representative acts for (the registry's GET /me/municipality). */
export const meApi = {
  municipality: (o: Signal = {}) => request<Municipality>('GET', '/me/municipality', { signal: o.signal }),
};
