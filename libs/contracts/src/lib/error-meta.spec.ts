import { codeMetaDetail, codeMetaOf, codeMetasOf, hasMeta, metaDetail, metaOf } from './error-meta';
import type { ApiErrorBody } from './errors';

describe('error details with typed meta', () => {
  it('builds the same JSON as a literal detail', () => {
    expect(metaDetail('boothId', 'boothTaken', 'held', { holder: '宮古市', applicationId: 'a', from: '2023-02-17', to: '2023-02-19' })).toEqual({
      field: 'boothId',
      rule: 'boothTaken',
      message: 'held',
      meta: { holder: '宮古市', applicationId: 'a', from: '2023-02-17', to: '2023-02-19' },
    });
    expect(codeMetaDetail('TOO_MANY_ATTEMPTS', '', 'ip', 'wait', { retryAfterSeconds: 30 })).toEqual({
      field: '',
      rule: 'ip',
      message: 'wait',
      meta: { retryAfterSeconds: 30 },
    });
  });

  it('refuses, at compile time, a meta with a wrong, missing or extra key', () => {
    // @ts-expect-error holder must be a string
    metaDetail('boothId', 'boothTaken', 'held', { holder: 3, applicationId: 'a', from: 'f', to: 't' });
    // @ts-expect-error applicationId is missing
    metaDetail('boothId', 'boothTaken', 'held', { holder: 'h', from: 'f', to: 't' });
    // @ts-expect-error no such key
    metaDetail('', 'hasAccounts', 'x', { accounts: 1, guests: 2 });
    // @ts-expect-error attemptsLeft is SECOND_FACTOR_INVALID's, not TOO_MANY_ATTEMPTS'
    codeMetaDetail('TOO_MANY_ATTEMPTS', '', 'ip', 'wait', { attemptsLeft: 3 });
  });

  it.each([
    ['its rule and shape', { rule: 'hasAccounts', meta: { accounts: 2 } }, { accounts: 2 }],
    ['more keys than its shape', { rule: 'hasAccounts', meta: { accounts: 2, later: true } }, { accounts: 2, later: true }],
    ['another rule', { rule: 'sendsGuests', meta: { accounts: 2 } }, null],
    ['no meta', { rule: 'hasAccounts' }, null],
    ['a key of the wrong type', { rule: 'hasAccounts', meta: { accounts: '2' } }, null],
    ['a missing key', { rule: 'hasAccounts', meta: {} }, null],
  ])('metaOf reads a detail of %s', (_what, detail, expected) => {
    expect(metaOf(detail, 'hasAccounts')).toEqual(expected);
  });

  it('reads each side of a rule whose meta has two shapes', () => {
    const room = { id: 'r', name: '催事場', widthM: 20, depthM: 10 };
    expect(metaOf({ rule: 'insideRoom', meta: { limit: 0 } }, 'insideRoom')).toEqual({ limit: 0 });
    expect(metaOf({ rule: 'insideRoom', meta: { codes: ['A1'], room } }, 'insideRoom')).toEqual({ codes: ['A1'], room });
    expect(metaOf({ rule: 'insideRoom', meta: { codes: ['A1'] } }, 'insideRoom')).toBeNull();
    expect(metaOf({ rule: 'missingFacility', meta: { facility: 'power', needed: 2000, available: 0 } }, 'missingFacility')).toEqual({
      facility: 'power',
      needed: 2000,
      available: 0,
    });
    expect(metaOf({ rule: 'missingFacility', meta: { facility: 'power' } }, 'missingFacility')).toBeNull();
    expect(metaOf({ rule: 'missingFacility', meta: { facility: 'sauna' } }, 'missingFacility')).toBeNull();
  });

  it('narrows a detail with hasMeta', () => {
    const detail = { field: 'url', rule: 'privateAddress', message: 'x', meta: { reason: 'loopback' } as Record<string, unknown> };
    if (!hasMeta(detail, 'privateAddress')) throw new Error('expected privateAddress meta');
    const reason: 'loopback' | 'private' | 'linkLocal' | 'cgnat' | 'multicast' | 'unspecified' | 'reserved' = detail.meta.reason;
    expect(reason).toBe('loopback');
    expect(hasMeta({ ...detail, meta: { reason: 'intranet' } }, 'privateAddress')).toBe(false);
  });

  it('reads the meta of an error whose code tells it', () => {
    const body: ApiErrorBody = {
      code: 'SIGN_IN_INCOMPLETE',
      message: 'x',
      details: [
        { field: '', rule: 'enrol', message: 'x', meta: { pending: 'enrol' } },
        { field: '', rule: 'other', message: 'x' },
        { field: '', rule: 'odd', message: 'x', meta: { pending: 'somewhere' } },
      ],
    };
    expect(codeMetasOf(body, 'SIGN_IN_INCOMPLETE')).toEqual([{ pending: 'enrol' }]);
    expect(codeMetasOf(body, 'SECOND_FACTOR_INVALID')).toEqual([]);
    expect(codeMetasOf(null, 'SIGN_IN_INCOMPLETE')).toEqual([]);
    expect(codeMetaOf({ rule: 'weak', meta: { score: 1, minScore: 3, warning: null, suggestions: ['useWords'] } }, 'WEAK_PASSWORD')).toEqual({
      score: 1,
      minScore: 3,
      warning: null,
      suggestions: ['useWords'],
    });
    expect(codeMetaOf({ rule: 'weak', meta: { score: 1, minScore: 3, warning: null, suggestions: [7] } }, 'WEAK_PASSWORD')).toBeNull();
  });
});
