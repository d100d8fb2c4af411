import {
  AUDIT_PAGE_SIZE,
  auditActionLabel,
  auditEntityLabel,
  auditFilterOptions,
  auditFiltersToQuery,
  auditFiltersToSearchParams,
  parseAuditFilters,
} from './audit-model';

describe('audit filters', () => {
  it.each([
    ['', { action: '', entityType: '', page: 1 }],
    ['action=municipality.update&entityType=municipality&page=3', { action: 'municipality.update', entityType: 'municipality', page: 3 }],
    ['action=%20x%20&page=0', { action: 'x', entityType: '', page: 1 }],
    ['page=-2', { action: '', entityType: '', page: 1 }],
    ['page=abc', { action: '', entityType: '', page: 1 }],
    [`action=${'a'.repeat(150)}`, { action: 'a'.repeat(100), entityType: '', page: 1 }],
  ])('?%s', (search, expected) => {
    expect(parseAuditFilters(new URLSearchParams(search))).toEqual(expected);
  });

  it.each([
    [{ action: '', entityType: '', page: 1 }, '', { page: 1, pageSize: AUDIT_PAGE_SIZE }],
    [{ action: 'sign_in', entityType: ' ', page: 2 }, 'action=sign_in&page=2', { action: 'sign_in', page: 2, pageSize: AUDIT_PAGE_SIZE }],
    [{ action: '', entityType: 'person', page: 1 }, 'entityType=person', { entityType: 'person', page: 1, pageSize: AUDIT_PAGE_SIZE }],
  ])('%j → ?%s and %j', (filters, search, query) => {
    expect(auditFiltersToSearchParams(filters).toString()).toBe(search);
    expect(auditFiltersToQuery(filters)).toEqual(query);
  });
});

describe('audit labels', () => {
  it.each([
    ['municipality.updated', 'ja', '自治体を更新'],
    ['user.password_changed', 'en', 'Password changed'],
    ['fair.imported', 'en', 'Fair imported from JSON'],
    ['fair.opened', 'ja', 'fair.opened'], // not known to the UI: its code
  ] as const)('action %s in %s → %s', (action, lang, expected) => {
    expect(auditActionLabel(action, lang)).toBe(expected);
  });

  it.each([
    ['agreement', 'ja', '協定'],
    ['user', 'en', 'Account'],
    ['fair', 'ja', '物産展'],
    ['survey', 'ja', 'survey'], // not known to the UI: its code
  ] as const)('entity type %s in %s → %s', (type, lang, expected) => {
    expect(auditEntityLabel(type, lang)).toBe(expected);
  });

  it.each([
    ['', ['a', 'b']],
    ['b', ['a', 'b']],
    ['zzz', ['a', 'b', 'zzz']], // from an edited or older URL: kept so the select shows it
  ])('filter options with %j selected → %j', (current, values) => {
    expect(auditFilterOptions(['a', 'b'], current, (v) => v.toUpperCase())).toEqual(values.map((v) => ({ value: v, label: v.toUpperCase() })));
  });
});
