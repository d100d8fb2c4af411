import { Role, type CurrentUser, type SignInPending } from '@bussanten/contracts';
import { ApiError } from '../api/client';
import {
  attemptsLeftOf,
  isStepPath,
  pathAfter,
  normaliseRecoveryCode,
  normaliseTotpCode,
  passkeyProblem,
  recoveryCodeDetails,
  stepPath,
  totpCodeDetails,
} from './second-factor';

describe('stepPath', () => {
  it.each([
    ['secondFactor', null, '/sign-in/verify'],
    ['enrol', null, '/sign-in/enrol'],
    ['secondFactor', '/registry', '/sign-in/verify?next=%2Fregistry'],
    ['enrol', '/fairs/f1?tab=days', '/sign-in/enrol?next=%2Ffairs%2Ff1%3Ftab%3Ddays'],
    // nothing worth coming back to: the sign-in pages themselves, other sites
    ['secondFactor', '/sign-in/verify', '/sign-in/verify'],
    ['secondFactor', '//evil.example/x', '/sign-in/verify'],
    ['secondFactor', '/', '/sign-in/verify'],
  ] as const)('%s, next %s → %s', (step, next, expected) => {
    expect(stepPath(step, next)).toBe(expected);
  });
});

describe('pathAfter', () => {
  const user = (role: Role) =>
    ({
      id: 'u',
      email: 'a@example.jp',
      displayName: 'A',
      role,
      host: null,
      municipality: null,
      membershipId: 'm',
      memberships: [],
      csrfToken: 't',
    }) as CurrentUser;
  const waiting = (pending: SignInPending['pending']): SignInPending => ({
    pending,
    methods: ['totp'],
    email: 'a@example.jp',
    displayName: 'A',
    requiredBy: null,
    csrfToken: 't',
  });
  it.each([
    ['an organizer, nowhere to return to: the home page', user(Role.Organizer), null, '/home'],
    ['an organizer, back where they were', user(Role.Organizer), '/people', '/people'],
    ['a representative, not to an organizer page', user(Role.Representative), '/people', '/my'],
    ['a second factor first', waiting('secondFactor'), '/people', '/sign-in/verify?next=%2Fpeople'],
    ['enrolling first (an invitation: nothing to return to)', waiting('enrol'), null, '/sign-in/enrol'],
  ] as const)('%s', (_what, result, next, expected) => {
    expect(pathAfter(result, next)).toBe(expected);
  });
});

describe('isStepPath', () => {
  it.each([
    ['/sign-in/verify', true],
    ['/sign-in/enrol', true],
    ['/sign-in', false],
    ['/sign-in/verify/x', false],
    ['/registry', false],
  ])('%s → %s', (path, expected) => {
    expect(isStepPath(path)).toBe(expected);
  });
});

describe('normaliseTotpCode', () => {
  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['１２３４５６', '123456'], // full-width digits
    ['１２３　４５６', '123456'], // and the full-width space
    ['123-456', '123456'],
    ['１２３ー４５６', '123456'], // a long vowel mark typed for a dash
    [' 12345 ', '12345'], // not a code: as typed (the form refuses it before sending)
  ])('%j → %j', (typed, code) => {
    expect(normaliseTotpCode(typed)).toBe(code);
  });
});

describe('totpCodeDetails', () => {
  it.each([
    ['123456', []],
    ['１２３ ４５６', []],
    ['', ['required']],
    ['   ', ['required']],
    ['12345', ['totpFormat']],
    ['1234567', ['totpFormat']],
    ['12345a', ['totpFormat']],
  ])('%j → %j', (typed, rules) => {
    expect(totpCodeDetails(typed).map((d) => [d.field, d.rule])).toEqual(rules.map((r) => ['code', r]));
  });
});

describe('normaliseRecoveryCode', () => {
  it.each([
    ['abcd-efgh-ijkl-mnop', 'abcd-efgh-ijkl-mnop'],
    [' ABCD-EFGH-IJKL-MNOP ', 'abcd-efgh-ijkl-mnop'],
    ['abcdefghijklmnop', 'abcd-efgh-ijkl-mnop'],
    ['ａｂｃｄ－ｅｆｇｈ－ｉｊｋｌ－ｍｎｏｐ', 'abcd-efgh-ijkl-mnop'], // full-width letters and dashes
    ['abcd ー efgh　ijkl mnop', 'abcd-efgh-ijkl-mnop'],
    [' abcd-efgh ', 'abcd-efgh'], // not a code: as typed
  ])('%j → %j', (typed, code) => {
    expect(normaliseRecoveryCode(typed)).toBe(code);
  });
});

describe('recoveryCodeDetails', () => {
  it.each([
    ['abcd-efgh-ijkl-mnop', []],
    ['ABCDEFGHIJKLMNOP', []],
    ['', ['required']],
    ['   ', ['required']],
    ['abcd-efgh', ['recoveryCodeFormat']],
    ['abcd-efgh-ijkl-mno1', ['recoveryCodeFormat']], // 1 is not in base32
  ])('%j → %j', (typed, rules) => {
    expect(recoveryCodeDetails(typed).map((d) => d.rule)).toEqual(rules);
  });
});

describe('attemptsLeftOf', () => {
  const invalid = (meta?: Record<string, unknown>) =>
    new ApiError(
      'http',
      401,
      { code: 'SECOND_FACTOR_INVALID', message: 'x', details: [{ field: 'code', rule: 'secondFactor', message: 'x', ...(meta ? { meta } : {}) }] },
      'x',
    );
  it.each([
    ['three left', invalid({ attemptsLeft: 3 }), 3],
    ['none left', invalid({ attemptsLeft: 0 }), 0],
    ['not told', invalid(), null],
    ['not a count', invalid({ attemptsLeft: 'many' }), null],
    ['another error', new ApiError('http', 401, { code: 'UNAUTHENTICATED', message: 'x', details: [] }, 'x'), null],
    ['not an ApiError', new Error('x'), null],
  ])('%s → %s', (_what, e, expected) => {
    expect(attemptsLeftOf(e)).toBe(expected);
  });
});

describe('passkeyProblem', () => {
  const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name }, extra);

  it.each([
    [
      'the prompt closed (NotAllowedError, as the library passes it through)',
      named('NotAllowedError', { code: 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY' }),
      'cancelled',
    ],
    ['an abort', named('AbortError', { code: 'ERROR_CEREMONY_ABORTED' }), 'cancelled'],
    ['a DOMException-like abort without code', named('AbortError'), 'cancelled'],
    ['an authenticator registered before', named('InvalidStateError', { code: 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' }), 'alreadyRegistered'],
    ['an IP address', named('SecurityError', { code: 'ERROR_INVALID_DOMAIN' }), 'wrongAddress'],
    ['another relying party', named('SecurityError', { code: 'ERROR_INVALID_RP_ID' }), 'wrongAddress'],
    ['no WebAuthn', new Error('WebAuthn is not supported in this browser'), 'unsupported'],
    ['NotSupportedError', named('NotSupportedError'), 'unsupported'],
    ['anything else', named('UnknownError', { code: 'ERROR_AUTHENTICATOR_GENERAL_ERROR' }), 'failed'],
    ['not an object', 'boom', 'failed'],
  ])('%s → %s', (_what, e, expected) => {
    expect(passkeyProblem(e)).toBe(expected);
  });

  it('leaves the errors of the API to be described as any other', () => {
    expect(passkeyProblem(new ApiError('http', 401, { code: 'SECOND_FACTOR_INVALID', message: 'x', details: [] }, 'x'))).toBeNull();
    expect(passkeyProblem(new ApiError('network', 0, null, 'offline'))).toBeNull();
  });
});
