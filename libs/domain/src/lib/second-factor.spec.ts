import { formatRecoveryCode, readRecoveryCode, readTotpCode, signInStep } from './second-factor';

describe('signInStep', () => {
  it.each([
    // hasFactor, required, secondFactorDone, step
    [false, false, false, null],
    [false, true, false, 'enrol'],
    [true, false, false, 'secondFactor'],
    [true, true, false, 'secondFactor'],
    [true, true, true, null],
    [false, true, true, null],
    [true, false, true, null],
  ] as const)('factor %s, required %s, done %s → %s', (hasFactor, required, secondFactorDone, step) => {
    expect(signInStep({ hasFactor, required, secondFactorDone })).toBe(step);
  });
});

describe('readTotpCode', () => {
  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['１２３４５６', '123456'],
    ['123-456', '123456'],
    ['12345', null],
    ['1234567', null],
    ['12345a', null],
    ['', null],
  ])('%j → %j', (input, code) => expect(readTotpCode(input)).toBe(code));
});

describe('recovery codes', () => {
  it.each([
    ['abcd-efgh-ijkl-mn23', 'abcdefghijklmn23'],
    ['ABCD EFGH IJKL MN23', 'abcdefghijklmn23'],
    ['ａｂｃｄ－ｅｆｇｈ－ｉｊｋｌ－ｍｎ２３', 'abcdefghijklmn23'],
    ['abcd-efgh-ijkl-mn21', null], // 1 is not in base32
    ['abcd-efgh-ijkl', null],
    ['abcd-efgh-ijkl-mnop-q', null],
  ])('reads %j as %j', (input, code) => expect(readRecoveryCode(input)).toBe(code));

  it('shows a code in four groups', () => {
    expect(formatRecoveryCode('abcdefghijklmn23')).toBe('abcd-efgh-ijkl-mn23');
    expect(readRecoveryCode(formatRecoveryCode('abcdefghijklmn23'))).toBe('abcdefghijklmn23');
  });
});
