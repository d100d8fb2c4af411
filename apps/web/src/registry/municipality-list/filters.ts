import { AGREEMENT_KINDS, MUNICIPALITY_SORTS, type AgreementKind, type MunicipalityQuery, type MunicipalitySort } from '@bussanten/contracts';
import { prefectureByCode } from '@bussanten/domain';

export const PAGE_SIZE = 20;
export const DEFAULT_SORT: MunicipalitySort = 'name';
/** The API accepts at most 100 characters of search text. */
export const MAX_QUERY_LENGTH = 100;

/** What the list shows, as kept in the URL (?q=&prefectureCode=&agreementKind=&sort=&page=). */
export interface ListFilters {
  q: string;
  prefectureCode: number | null;
  agreementKind: AgreementKind | null;
  /** Only this host's agreement parties (協定先のみ); off by default: the registry holds every municipality. */
  partners: boolean;
  sort: MunicipalitySort;
  page: number;
}

export const EMPTY_FILTERS: ListFilters = { q: '', prefectureCode: null, agreementKind: null, partners: false, sort: DEFAULT_SORT, page: 1 };

function positiveInt(text: string | null): number | null {
  if (text === null || !/^\d{1,6}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 ? n : null;
}

/** Reads the filters from a URL, dropping values the API would reject, so an edited URL never breaks the page. */
export function parseFilters(params: URLSearchParams): ListFilters {
  const prefecture = positiveInt(params.get('prefectureCode'));
  const kind = params.get('agreementKind');
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    prefectureCode: prefecture !== null && prefectureByCode(prefecture) ? prefecture : null,
    agreementKind: kind !== null && (AGREEMENT_KINDS as readonly string[]).includes(kind) ? (kind as AgreementKind) : null,
    partners: params.get('partners') === '1',
    sort: sort !== null && (MUNICIPALITY_SORTS as readonly string[]).includes(sort) ? (sort as MunicipalitySort) : DEFAULT_SORT,
    page: positiveInt(params.get('page')) ?? 1,
  };
}

/** The URL form of the filters: defaults and empty values left out, so a plain /registry means "everything". */
export function filtersToSearchParams(f: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = f.q.trim();
  if (q) params.set('q', q);
  if (f.prefectureCode !== null) params.set('prefectureCode', String(f.prefectureCode));
  if (f.agreementKind !== null) params.set('agreementKind', f.agreementKind);
  if (f.partners) params.set('partners', '1');
  if (f.sort !== DEFAULT_SORT) params.set('sort', f.sort);
  if (f.page > 1) params.set('page', String(f.page));
  return params;
}

/** The API query for the filters, with no empty parameters (the API answers 400 to those). */
export function filtersToQuery(f: ListFilters, pageSize = PAGE_SIZE): MunicipalityQuery {
  const query: MunicipalityQuery = { sort: f.sort, page: f.page, pageSize };
  const q = f.q.trim();
  if (q) query.q = q;
  if (f.prefectureCode !== null) query.prefectureCode = f.prefectureCode;
  if (f.agreementKind !== null) query.agreementKind = f.agreementKind;
  if (f.partners) query.partners = true;
  return query;
}

/** Changing anything but the page starts again from page 1. */
export function withFilter(f: ListFilters, change: Partial<Omit<ListFilters, 'page'>>): ListFilters {
  return { ...f, ...change, page: 1 };
}

export function hasFilters(f: ListFilters): boolean {
  return f.q.trim() !== '' || f.prefectureCode !== null || f.agreementKind !== null || f.partners;
}

/** Rows shown on a page: '1–20 of 52'. from is 0 when the page is empty. */
export function pageRange(page: number, pageSize: number, total: number): { from: number; to: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  if (total === 0 || first > total) return { from: 0, to: 0, pages };
  return { from: first, to: Math.min(page * pageSize, total), pages };
}
