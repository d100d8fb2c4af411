import type { AuditQuery } from '@bussanten/contracts';
import { isMessageKey, translate, type Lang } from '../../i18n/dictionaries';
import type { SelectOption } from '../../i18n/options';

export const AUDIT_PAGE_SIZE = 50;
const MAX_FILTER_LENGTH = 100;

// Every action and entity type the API records (libs/contracts), each with a label in both languages.
export { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@bussanten/contracts';

/** 'municipality.updated' → '自治体を更新'; an action the UI does not know yet keeps its code. */
export function auditActionLabel(action: string, lang: Lang): string {
  const key = `auditAction.${action}`;
  return isMessageKey(key) ? translate(lang, key) : action;
}

/** 'municipality' → '自治体'; an unknown type keeps its code. */
export function auditEntityLabel(entityType: string, lang: Lang): string {
  const key = `auditEntity.${entityType}`;
  return isMessageKey(key) ? translate(lang, key) : entityType;
}

/** Options of a filter select; a value from the URL the list does not know is kept as a choice, so it still shows. */
export function auditFilterOptions(values: readonly string[], current: string, label: (value: string) => string): SelectOption[] {
  const all = current !== '' && !values.includes(current) ? [...values, current] : values;
  return all.map((value) => ({ value, label: label(value) }));
}

/** What the log shows, as kept in the URL (?action=&entityType=&page=). */
export interface AuditFilters {
  action: string;
  entityType: string;
  page: number;
}

function clean(text: string | null): string {
  return (text ?? '').trim().slice(0, MAX_FILTER_LENGTH);
}

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const pageText = params.get('page');
  const page = pageText !== null && /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  return { action: clean(params.get('action')), entityType: clean(params.get('entityType')), page };
}

export function auditFiltersToSearchParams(f: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.action.trim()) params.set('action', f.action.trim());
  if (f.entityType.trim()) params.set('entityType', f.entityType.trim());
  if (f.page > 1) params.set('page', String(f.page));
  return params;
}

/** The API query, without empty parameters. */
export function auditFiltersToQuery(f: AuditFilters, pageSize = AUDIT_PAGE_SIZE): AuditQuery {
  const query: AuditQuery = { page: f.page, pageSize };
  if (f.action.trim()) query.action = f.action.trim();
  if (f.entityType.trim()) query.entityType = f.entityType.trim();
  return query;
}
