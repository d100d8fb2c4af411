import { checkLocalGovernmentCode, localGovernmentCheckDigit } from './local-government-code';

describe('local government code check digit', () => {
  it.each([
    ['131091', '品川区'],
    ['032026', '宮古市'],
    ['011002', '札幌市'],
    ['090000', '栃木県 (remainder 1 → 0)'],
    ['110001', '埼玉県 (remainder 0 → 1)'],
    ['342076', '福山市'],
  ])('%s (%s) is valid', (code) => {
    expect(checkLocalGovernmentCode(code)).toBeNull();
    expect(localGovernmentCheckDigit(code.slice(0, 5))).toBe(Number(code[5]));
  });

  it.each([
    ['131092', 'checkDigit'],
    ['13109', 'format'],
    ['13109a', 'format'],
    ['1310911', 'format'],
    ['481234', 'prefecture'],
    ['001234', 'prefecture'],
  ])('%s is refused for %s', (code, problem) => {
    expect(checkLocalGovernmentCode(code)).toBe(problem);
  });
});
