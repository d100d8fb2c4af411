import { checkPassword } from './password-rules';

describe('checkPassword', () => {
  it.each([
    ['short', 'tooShort'],
    ['elevenchars', 'tooShort'],
    ['x'.repeat(257), 'tooLong'],
    ['password1234', 'common'],
    ['PASSWORD1234', 'common'],
    ['ｐａｓｓｗｏｒｄ１２３４', 'common'],
    ['aaaaaaaaaaaa', 'repetitive'],
    ['abababababab', 'repetitive'],
    ['abcdefghijklm', 'repetitive'],
    ['miyako-staff-2023', 'containsEmail'],
  ])('%s → %s', (password, problem) => {
    expect(checkPassword(password, { email: 'miyako-staff@example.jp' })).toBe(problem);
  });

  it.each(['correct-horse-battery', 'さんま祭りは目黒で九月に', 'tuna and rice at noon', 'hayachine no yuki'])('accepts %s', (password) => {
    expect(checkPassword(password, { email: 'someone@example.jp' })).toBeNull();
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(checkPassword('宮古のさんまと山北のお茶')).toBeNull(); // 12 characters
    expect(checkPassword('宮古のさんまと山北のお')).toBe('tooShort');
  });
});
