import { keepPreviousData, useQuery, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { Agreement, AgreementKind, Municipality, MunicipalityQuery } from '@bussanten/contracts';
import { accountKeys } from '../accounts';
import { applicationKeys } from '../applications';
import { guestKeys } from '../guests';
import { meApi, registryApi } from './api/registry';

/**
 * The registry context's server state: municipalities (lists and searches, one municipality, its
 * shared history), agreements (lists, one agreement), the agreement kinds' explanations and a
 * representative's own municipality. Keys start with the context's name; a record's key and its
 * history's are apart, so a write can make one stale without the other.
 */
export const registryKeys = {
  all: ['registry'] as const,
  /** Every list of municipalities: the list page's and the searches' (the same API, by query). */
  municipalityLists: () => ['registry', 'municipalities', 'list'] as const,
  municipalityList: (query: MunicipalityQuery) => ['registry', 'municipalities', 'list', query] as const,
  /** Every municipality's record. */
  municipalities: () => ['registry', 'municipalities', 'detail'] as const,
  municipality: (municipalityId: string) => ['registry', 'municipalities', 'detail', municipalityId] as const,
  municipalityHistory: (municipalityId: string) => ['registry', 'municipalities', 'history', municipalityId] as const,
  agreementLists: () => ['registry', 'agreements', 'list'] as const,
  agreementList: (kind: AgreementKind | null) => ['registry', 'agreements', 'list', kind ?? 'all'] as const,
  /** Every agreement's record. */
  agreements: () => ['registry', 'agreements', 'detail'] as const,
  agreement: (agreementId: string) => ['registry', 'agreements', 'detail', agreementId] as const,
  agreementKinds: () => ['registry', 'agreement-kinds'] as const,
  /** The municipality the signed-in representative acts for. */
  myMunicipality: () => ['registry', 'my-municipality'] as const,
};

/** What the municipality search fields ask: the first ten by name. */
const SEARCH_RESULTS = 10;
export const municipalitySearchQuery = (q: string): MunicipalityQuery => ({ q, pageSize: SEARCH_RESULTS, sort: 'name' });

/** One page of municipalities by filter; the page shown stays while the next one loads. */
export function useMunicipalityList(query: MunicipalityQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: registryKeys.municipalityList(query),
    queryFn: ({ signal }) => registryApi.listMunicipalities(query, { signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  });
}

/** One municipality: never an earlier id's while this one loads. */
export function useMunicipality(municipalityId: string) {
  return useQuery({ queryKey: registryKeys.municipality(municipalityId), queryFn: ({ signal }) => registryApi.getMunicipality(municipalityId, { signal }) });
}

export function useMunicipalityHistory(municipalityId: string) {
  return useQuery({
    queryKey: registryKeys.municipalityHistory(municipalityId),
    queryFn: ({ signal }) => registryApi.municipalityHistory(municipalityId, { signal }),
  });
}

/** The agreements, all or of one kind; the list shown stays while another kind's loads. */
export function useAgreementList(kind: AgreementKind | null) {
  return useQuery({
    queryKey: registryKeys.agreementList(kind),
    queryFn: ({ signal }) => registryApi.listAgreements(kind ? { kind } : {}, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** One agreement: never an earlier id's while this one loads. */
export function useAgreement(agreementId: string) {
  return useQuery({ queryKey: registryKeys.agreement(agreementId), queryFn: ({ signal }) => registryApi.getAgreement(agreementId, { signal }) });
}

/** The public explanations of agreement kinds change rarely: asked once (per person signed in). */
export function useAgreementKinds() {
  return useQuery({ queryKey: registryKeys.agreementKinds(), queryFn: ({ signal }) => registryApi.agreementKinds({ signal }), staleTime: Infinity });
}

export function useMyMunicipality() {
  return useQuery({ queryKey: registryKeys.myMunicipality(), queryFn: ({ signal }) => meApi.municipality({ signal }) });
}

/**
 * What a municipality's name, reading, prefecture or figures being changed (an edit, a revert)
 * makes stale, besides its own record (which the write's answer replaces): the lists and searches,
 * its history, the agreements naming it as a party, a representative's own municipality, and the
 * other contexts' data that name municipalities (people and invitations, applications and booth
 * assignments, guests sent by a municipality).
 */
export function staleAfterMunicipalityChange(saved: { id: string; agreements: readonly { id: string }[] }): QueryKey[] {
  return [
    registryKeys.municipalityLists(),
    registryKeys.municipalityHistory(saved.id),
    ...saved.agreements.map((a) => registryKeys.agreement(a.id)),
    registryKeys.myMunicipality(),
    accountKeys.people(),
    accountKeys.invitations(),
    applicationKeys.all,
    guestKeys.all,
  ];
}

/**
 * What an agreement's being created, changed or deleted makes stale: the agreement lists, the
 * records of the municipalities that were or are its parties (each lists its agreements), the
 * municipality lists (kinds, first year, partners only) and a representative's own municipality,
 * and the applications (each says how its municipality is tied to the host).
 */
type Parties = { parties: readonly { municipalityId: string }[] };
export function staleAfterAgreementChange(before: Parties | null, after: Parties | null): QueryKey[] {
  const parties = new Set([...(before?.parties ?? []), ...(after?.parties ?? [])].map((p) => p.municipalityId));
  return [
    registryKeys.agreementLists(),
    ...[...parties].map((id) => registryKeys.municipality(id)),
    registryKeys.municipalityLists(),
    registryKeys.myMunicipality(),
    applicationKeys.all,
  ];
}

const invalidateAll = (queryClient: QueryClient, keys: readonly QueryKey[]) => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

/** A municipality was created: its record is the answer; the lists gain it. */
export function municipalityCreated(queryClient: QueryClient, saved: Municipality): Promise<unknown> {
  queryClient.setQueryData(registryKeys.municipality(saved.id), saved);
  return invalidateAll(queryClient, [registryKeys.municipalityLists()]);
}

/** A municipality was edited or a change of it reverted: its record is the answer. */
export function municipalityChanged(queryClient: QueryClient, saved: Municipality): Promise<unknown> {
  queryClient.setQueryData(registryKeys.municipality(saved.id), saved);
  return invalidateAll(queryClient, staleAfterMunicipalityChange(saved));
}

/**
 * A municipality was deleted (nothing referred to it, or the API would have refused): the lists lose
 * it, and its record is marked stale without asking again now (the page showing it is leaving).
 */
export function municipalityDeleted(queryClient: QueryClient, municipalityId: string): Promise<unknown> {
  void queryClient.invalidateQueries({ queryKey: registryKeys.municipality(municipalityId), refetchType: 'none' });
  return invalidateAll(queryClient, [registryKeys.municipalityLists()]);
}

/** An agreement was created or changed (before: its record as it was; null for a new one). */
export function agreementSaved(queryClient: QueryClient, before: Agreement | null, saved: Agreement): Promise<unknown> {
  queryClient.setQueryData(registryKeys.agreement(saved.id), saved);
  return invalidateAll(queryClient, staleAfterAgreementChange(before, saved));
}

/** An agreement was deleted: its record is marked stale without asking again now (the page showing it is leaving). */
export function agreementDeleted(queryClient: QueryClient, deleted: Agreement): Promise<unknown> {
  void queryClient.invalidateQueries({ queryKey: registryKeys.agreement(deleted.id), refetchType: 'none' });
  return invalidateAll(queryClient, staleAfterAgreementChange(deleted, null));
}
