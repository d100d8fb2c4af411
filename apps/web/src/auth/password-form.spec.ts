import { newPasswordDetails } from './password-form';

const FIELDS = { password: 'password', confirmation: 'passwordConfirm' };
const GOOD = 'しながわの海と山の物産展';

describe('newPasswordDetails', () => {
  it.each([
    [GOOD, GOOD, undefined, []],
    ['correct horse battery', 'correct horse battery', 'taro@example.jp', []],
    ['', '', undefined, [['password', 'required']]],
    ['', 'x', undefined, [['password', 'required']]],
    ['short', 'short', undefined, [['password', 'tooShort']]],
    ['password1234', 'password1234', undefined, [['password', 'common']]],
    ['aaaaaaaaaaaaaa', 'aaaaaaaaaaaaaa', undefined, [['password', 'repetitive']]],
    ['my-taro.yamada-pass', 'my-taro.yamada-pass', 'taro.yamada@example.jp', [['password', 'containsEmail']]],
    [GOOD, `${GOOD}!`, undefined, [['passwordConfirm', 'mismatch']]],
    [GOOD, '', undefined, [['passwordConfirm', 'mismatch']]],
    ['short', 'other', undefined, [['password', 'tooShort'], ['passwordConfirm', 'mismatch']]],
  ])('%j / %j (e-mail %s) → %j', (password, confirmation, email, expected) => {
    const details = newPasswordDetails({ password, confirmation }, FIELDS, email);
    expect(details.map((d) => [d.field, d.rule])).toEqual(expected);
  });
});
