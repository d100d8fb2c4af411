import type { ApiErrorBody, ApiErrorDetail } from '@bussanten/contracts';
import { ApiError } from './client';
import {
  blockingAgreements,
  municipalityDependents,
  describeError,
  detailMessage,
  genericField,
  isNotFound,
  messagesByField,
  messagesUnder,
  partyIndexOf,
  pointErrorAt,
  restateAt,
} from './error-messages';

const detail = (field: string, rule: string, message = `${field} ${rule}`): ApiErrorDetail => ({ field, rule, message });
const httpError = (status: number, body: ApiErrorBody) => new ApiError('http', status, body, body.message);

describe('genericField / partyIndexOf', () => {
  it.each([
    ['population', 'population', null],
    ['parties.0.municipalityId', 'parties.municipalityId', 0],
    ['parties.12.activities.3', 'parties.activities', 12],
    ['parties', 'parties', null],
    ['', '', null],
  ])('%s → %s, party %s', (field, generic, index) => {
    expect(genericField(field)).toBe(generic);
    expect(partyIndexOf(field)).toBe(index);
  });
});

describe('detailMessage', () => {
  it.each([
    [detail('population', 'min'), 'ja', '値が小さすぎます。'],
    [detail('reading', 'matches'), 'ja', 'よみがなはひらがなまたはカタカナで入力してください。'],
    [detail('name', 'required'), 'ja', '名称を入力してください。'],
    [detail('signedOn', 'matches'), 'en', 'Please enter the date as YYYY-MM-DD.'],
    [detail('localGovernmentCode', 'localGovernmentCode'), 'ja', '全国地方公共団体コードが正しくありません（6桁、最後の1桁は検査数字）。'],
    [detail('localGovernmentCode', 'checkDigit'), 'ja', '全国地方公共団体コードの検査数字（6桁目）が一致しません。'],
    [detail('localGovernmentCode', 'unique'), 'ja', 'この全国地方公共団体コードはすでに登録されています。'],
    [detail('parties.3.municipalityId', 'unique'), 'ja', 'この自治体はすでに当事者に含まれています。'],
    [detail('parties.0.municipalityId', 'unknownMunicipality'), 'en', 'This municipality is not registered.'],
    [detail('foo', 'whitelist'), 'ja', 'この項目は受け付けられません。'],
    [detail('', 'some_check_constraint', 'violates some_check_constraint'), 'ja', 'violates some_check_constraint'],
    [detail('x', 'brandNewRule', ''), 'ja', '入力内容に誤りがあります。'],
  ] as const)('%j in %s → %s', (d, lang, expected) => {
    expect(detailMessage(d, lang)).toBe(expected);
  });
});

describe('messagesByField / messagesUnder', () => {
  const details = [
    detail('population', 'isInt'),
    detail('population', 'min'),
    detail('population', 'isInt'), // repeated: shown once
    detail('parties.0.municipalityId', 'unknownMunicipality'),
    detail('parties.0.activities.1', 'isNotEmpty'),
    detail('parties.1.municipalityId', 'unique'),
    detail('parties', 'arrayMaxSize'),
  ];
  const byField = messagesByField(details, 'ja');

  it('groups messages per field path, in order, without repeats', () => {
    expect(byField['population']).toEqual(['整数で入力してください。', '値が小さすぎます。']);
    expect(byField['name']).toBeUndefined();
  });

  it.each([
    ['parties.0', ['登録されていない自治体です。', '空の行は入力できません。']],
    ['parties.1', ['この自治体はすでに当事者に含まれています。']],
    ['parties.2', []],
    ['population', ['整数で入力してください。', '値が小さすぎます。']],
  ])('under %s', (field, expected) => {
    expect(messagesUnder(byField, field)).toEqual(expected);
  });

  it('does not take parties.10 for parties.1', () => {
    expect(messagesUnder(messagesByField([detail('parties.10.municipalityId', 'unique')], 'ja'), 'parties.1')).toEqual([]);
  });
});

describe('describeError', () => {
  it.each([
    [
      httpError(404, { code: 'MUNICIPALITY_NOT_FOUND', message: 'No municipality', details: [] }),
      'ja',
      'この自治体は見つかりませんでした。削除された可能性があります。',
      null,
    ],
    [httpError(503, { code: 'DATABASE_UNAVAILABLE', message: 'db', details: [] }), 'en', 'The database is unavailable. Please try again shortly.', null],
    [httpError(500, { code: 'INTERNAL', message: 'oops', details: [], correlationId: 'abc' }), 'ja', 'サーバーで問題が発生しました。', 'abc'],
    [new ApiError('network', 0, null, 'x'), 'ja', 'サーバーに接続できませんでした。通信環境を確認してもう一度お試しください。', null],
    [new ApiError('invalidResponse', 502, null, 'x'), 'en', 'The server sent an unexpected response (HTTP 502).', null],
    [new Error('boom'), 'ja', 'サーバーで問題が発生しました。', null],
  ] as const)('%s in %s', (error, lang, message, correlationId) => {
    expect(describeError(error, lang)).toEqual({ message, correlationId });
  });

  it('keeps the API message for a code the UI does not know yet', () => {
    const e = httpError(418, { code: 'TEAPOT' as never, message: 'I am a teapot', details: [] });
    expect(describeError(e, 'ja').message).toBe('I am a teapot');
  });
});

describe('blockingAgreements', () => {
  const isParty = (meta: Record<string, unknown> | undefined) =>
    httpError(409, { code: 'MUNICIPALITY_IS_PARTY', message: 'x', details: [{ field: '', rule: 'isParty', message: 'x', meta }] });

  it.each([
    [
      isParty({ agreements: [{ id: 'a1', title: '宮古市との災害時相互援助協定' }], otherHostsAgreements: 0 }),
      [{ id: 'a1', title: '宮古市との災害時相互援助協定' }],
    ],
    [
      isParty({
        agreements: [
          { id: 'a1', title: 'A' },
          { id: 'a2', title: 'B' },
          { id: 'a1', title: 'A' },
        ],
        otherHostsAgreements: 2,
      }),
      [
        { id: 'a1', title: 'A' },
        { id: 'a2', title: 'B' },
      ],
    ],
    // A meta not of the rule's shape (libs/contracts error-meta.ts) is not trusted in part: it is left out whole.
    [isParty({ agreements: [{ id: 1, title: 'bad id' }, null, 'x', { id: 'ok', title: 'ok' }], otherHostsAgreements: 0 }), []],
    [isParty({ agreements: [{ id: 'a1', title: 'A' }] }), []],
    [isParty(undefined), []],
    [isParty({ agreements: 'nope' }), []],
    [httpError(409, { code: 'DUPLICATE_MUNICIPALITY', message: 'x', details: [] }), []],
    [new Error('x'), []],
  ])('%#', (error, expected) => {
    expect(blockingAgreements(error)).toEqual(expected);
  });
});

describe('municipalityDependents', () => {
  const conflict = (details: { rule: string; meta?: Record<string, unknown> }[]) =>
    httpError(409, { code: 'CONFLICT', message: 'x', details: details.map((d) => ({ field: '', message: 'x', ...d })) });

  it.each([
    ['applications', conflict([{ rule: 'hasApplications', meta: { applications: 3 } }]), [{ rule: 'hasApplications', count: 3 }]],
    [
      'accounts and guests together',
      conflict([
        { rule: 'hasAccounts', meta: { accounts: 1 } },
        { rule: 'sendsGuests', meta: { guests: 2 } },
      ]),
      [
        { rule: 'hasAccounts', count: 1 },
        { rule: 'sendsGuests', count: 2 },
      ],
    ],
    ['a count that is not a number', conflict([{ rule: 'hasAccounts', meta: { accounts: '1' } }]), []],
    ['another rule', conflict([{ rule: 'inUse' }]), []],
    [
      'another code',
      httpError(409, { code: 'MUNICIPALITY_IS_PARTY', message: 'x', details: [{ field: '', rule: 'hasAccounts', message: 'x', meta: { accounts: 1 } }] }),
      [],
    ],
    ['not an API error', new Error('x'), []],
  ])('%s', (_, error, expected) => {
    expect(municipalityDependents(error)).toEqual(expected);
  });
});

describe('isNotFound', () => {
  it.each([
    [httpError(404, { code: 'AGREEMENT_NOT_FOUND', message: '', details: [] }), true],
    [httpError(400, { code: 'VALIDATION_FAILED', message: '', details: [] }), false],
    [new ApiError('network', 0, null, ''), false],
    [null, false],
  ])('%#', (error, expected) => {
    expect(isNotFound(error)).toBe(expected);
  });
});

describe('pointErrorAt', () => {
  const weak = (details: ApiErrorDetail[]) => httpError(400, { code: 'WEAK_PASSWORD', message: 'password is too short', details });

  it.each([
    ['adds a detail when the code has none for the field', weak([]), [['password', 'weakPassword']]],
    ['keeps the API’s own detail for the field', weak([detail('password', 'tooShort')]), [['password', 'tooShort']]],
    [
      'adds one next to details for other fields',
      weak([detail('displayName', 'maxLength')]),
      [
        ['displayName', 'maxLength'],
        ['password', 'weakPassword'],
      ],
    ],
  ])('%s', (_what, error, expected) => {
    const pointed = pointErrorAt(error, 'WEAK_PASSWORD', 'password', 'weakPassword');
    expect(pointed).toBeInstanceOf(ApiError);
    expect((pointed as ApiError).status).toBe(400);
    expect((pointed as ApiError).body?.details.map((d) => [d.field, d.rule])).toEqual(expected);
  });

  it.each([
    ['another code', httpError(409, { code: 'EMAIL_TAKEN', message: 'x', details: [] })],
    ['a network failure', new ApiError('network', 0, null, 'x')],
    ['not an ApiError', new Error('x')],
  ])('returns %s unchanged', (_what, error) => {
    expect(pointErrorAt(error, 'WEAK_PASSWORD', 'password', 'weakPassword')).toBe(error);
  });

  it.each([
    [detail('password', 'tooShort'), 'ja', 'パスワードは12文字以上にしてください。'],
    [detail('password', 'weakPassword'), 'ja', 'このパスワードは使えません。12文字以上で、推測されにくいものにしてください。'],
    [detail('passwordConfirm', 'mismatch'), 'en', 'The passwords do not match. Please enter the same password again.'],
    [detail('currentPassword', 'incorrect'), 'ja', '現在のパスワードが正しくありません。'],
    [detail('email', 'unique'), 'ja', 'このメールアドレスはすでに使われています。'],
    [detail('municipalityId', 'required'), 'ja', '担当する自治体を選んでください。'],
  ] as const)('the pointed detail %j reads in %s: %s', (d, lang, expected) => {
    expect(detailMessage(d, lang)).toBe(expected);
  });
});

describe('restateAt', () => {
  const invalid = (details: ApiErrorDetail[]) => httpError(401, { code: 'SECOND_FACTOR_INVALID', message: 'The code or passkey was not accepted', details });

  it.each([
    [
      "replaces the API's rule for the field, keeping its meta",
      invalid([{ field: 'code', rule: 'secondFactor', message: 'code was not accepted', meta: { attemptsLeft: 3 } }]),
      [{ field: 'code', rule: 'totpInvalid', message: 'code was not accepted', meta: { attemptsLeft: 3 } }],
    ],
    ['adds one when the field has none', invalid([]), [{ field: 'code', rule: 'totpInvalid', message: 'The code or passkey was not accepted' }]],
    [
      'leaves details of other fields',
      invalid([detail('response', 'secondFactor'), detail('code', 'secondFactor')]),
      [detail('response', 'secondFactor'), { field: 'code', rule: 'totpInvalid', message: 'code secondFactor' }],
    ],
  ])('%s', (_what, error, expected) => {
    const restated = restateAt(error, 'SECOND_FACTOR_INVALID', 'code', 'totpInvalid');
    expect(restated).toBeInstanceOf(ApiError);
    expect((restated as ApiError).status).toBe(401);
    expect((restated as ApiError).body?.details).toEqual(expected);
  });

  it('says a duplicate passkey name in the words of passkeys, not of the generic "unique"', () => {
    const e = httpError(409, { code: 'DUPLICATE_PASSKEY_NAME', message: 'x', details: [detail('name', 'unique')] });
    const details = (restateAt(e, 'DUPLICATE_PASSKEY_NAME', 'name', 'duplicatePasskeyName') as ApiError).body?.details ?? [];
    expect(messagesByField(details, 'ja')).toEqual({ name: ['同じ名前のパスキーがすでにあります。'] });
  });

  it.each([
    ['another code', httpError(401, { code: 'UNAUTHENTICATED', message: 'x', details: [] })],
    ['a network failure', new ApiError('network', 0, null, 'x')],
    ['not an ApiError', new Error('x')],
  ])('returns %s unchanged', (_what, error) => {
    expect(restateAt(error, 'SECOND_FACTOR_INVALID', 'code', 'totpInvalid')).toBe(error);
  });
});
