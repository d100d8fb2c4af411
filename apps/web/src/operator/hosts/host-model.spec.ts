import type { ApiErrorBody } from '@bussanten/contracts';
import { ApiError } from '../../api/client';
import { messagesByField } from '../../api/error-messages';
import { EMPTY_HOST, duplicateHostAtName, emailDetails, toCreateHostInput, type HostValues } from './host-model';

const values = (v: Partial<HostValues>): HostValues => ({ ...EMPTY_HOST, ...v });

describe('toCreateHostInput', () => {
  it.each([
    [values({ name: ' 大田区 ', organizerEmail: ' o@ota.example ' }), { name: '大田区', organizerEmail: 'o@ota.example' }, []],
    [
      values({ name: '大田区', nameEn: ' Ota City ', organizerEmail: 'o@ota.example', organizerName: ' 大田 一郎 ' }),
      { name: '大田区', nameEn: 'Ota City', organizerEmail: 'o@ota.example', organizerName: '大田 一郎' },
      [],
    ],
    // blank optional fields are not sent
    [values({ name: '大田区', nameEn: '  ', organizerEmail: 'o@ota.example', organizerName: ' ' }), { name: '大田区', organizerEmail: 'o@ota.example' }, []],
    [
      values({}),
      null,
      [
        ['name', 'required'],
        ['organizerEmail', 'required'],
      ],
    ],
    [values({ name: '  ', organizerEmail: 'o@ota.example' }), null, [['name', 'required']]],
    [values({ name: '大田区', organizerEmail: 'not an address' }), null, [['organizerEmail', 'isEmail']]],
  ] as const)('%j', (v, input, problems) => {
    const result = toCreateHostInput(v);
    expect(result.input).toEqual(input);
    expect(result.problems.map((p) => [p.field, p.rule])).toEqual(problems);
  });
});

describe('duplicateHostAtName', () => {
  const httpError = (status: number, body: ApiErrorBody) => new ApiError('http', status, body, body.message);

  it('says at the name field that a host of that name exists', () => {
    const e = duplicateHostAtName(
      httpError(409, { code: 'DUPLICATE_HOST', message: 'A host named 大田区 exists already', details: [{ field: 'name', rule: 'unique', message: 'x' }] }),
    );
    expect(e).toBeInstanceOf(ApiError);
    const details = (e as ApiError).body?.details ?? [];
    expect(messagesByField(details, 'ja')).toEqual({ name: ['同じ名称のホストがすでにあります。'] });
    expect(messagesByField(details, 'en')).toEqual({ name: ['A host with this name exists already.'] });
    expect((e as ApiError).status).toBe(409);
  });

  it.each([
    ['another code', httpError(409, { code: 'CONFLICT', message: 'x', details: [] })],
    ['a network failure', new ApiError('network', 0, null, 'offline')],
    ['not an API error', new Error('boom')],
  ])('leaves %s as it is', (_, error) => {
    expect(duplicateHostAtName(error)).toBe(error);
  });
});

describe('emailDetails', () => {
  it.each([
    ['o@ota.example', []],
    ['  o@ota.example ', []],
    ['', ['required']],
    ['  ', ['required']],
    ['not an address', ['isEmail']],
    ['a@b@c', ['isEmail']],
  ])('%j → %j', (value, rules) => {
    expect(emailDetails(value, 'email').map((d) => [d.field, d.rule])).toEqual(rules.map((r) => ['email', r]));
  });
});
