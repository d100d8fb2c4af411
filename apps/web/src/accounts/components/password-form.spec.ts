import { loadPasswordEstimator, type PasswordEstimator } from '@bussanten/domain';
import { newPasswordDetails } from './password-form';

const FIELDS = { password: 'password', confirmation: 'passwordConfirm' };
const GOOD = 'しながわの海と山の物産展';

describe('newPasswordDetails', () => {
  let estimator: PasswordEstimator;
  beforeAll(async () => {
    estimator = await loadPasswordEstimator();
  }, 30_000);

  it.each([
    [GOOD, GOOD, undefined, []],
    ['correct horse battery', 'correct horse battery', 'taro@example.jp', []],
    ['', '', undefined, [['password', 'required']]],
    ['', 'x', undefined, [['password', 'required']]],
    ['short', 'short', undefined, [['password', 'tooShort']]],
    ['password1234', 'password1234', undefined, [['password', 'weak']]],
    ['aaaaaaaaaaaaaa', 'aaaaaaaaaaaaaa', undefined, [['password', 'weak']]],
    ['my-taro.yamada-pass', 'my-taro.yamada-pass', 'taro.yamada@example.jp', [['password', 'containsEmail']]],
    [GOOD, `${GOOD}!`, undefined, [['passwordConfirm', 'mismatch']]],
    [GOOD, '', undefined, [['passwordConfirm', 'mismatch']]],
    [
      'short',
      'other',
      undefined,
      [
        ['password', 'tooShort'],
        ['passwordConfirm', 'mismatch'],
      ],
    ],
  ])('%j / %j (e-mail %s) → %j', (password, confirmation, email, expected) => {
    const details = newPasswordDetails({ password, confirmation }, FIELDS, email, estimator);
    expect(details.map((d) => [d.field, d.rule])).toEqual(expected);
  });

  it("carries zxcvbn's feedback keys on a weak password, as the API does", () => {
    const [detail] = newPasswordDetails({ password: 'password1234', confirmation: 'password1234' }, FIELDS, undefined, estimator);
    expect(detail.meta).toMatchObject({ score: expect.any(Number), minScore: 3, warning: expect.stringMatching(/[Cc]ommon/), suggestions: expect.any(Array) });
  });

  it('runs the quick rules only while the estimator is loading', () => {
    expect(newPasswordDetails({ password: 'password1234', confirmation: 'password1234' }, FIELDS)).toEqual([]);
    expect(newPasswordDetails({ password: 'short', confirmation: 'short' }, FIELDS).map((d) => d.rule)).toEqual(['tooShort']);
  });
});
