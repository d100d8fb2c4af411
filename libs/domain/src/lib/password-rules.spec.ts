import { assessPassword, checkPassword } from './password-rules';
import { loadPasswordEstimator, type PasswordEstimator } from './password-strength';

describe('checkPassword: the quick rules', () => {
  it.each([
    ['short', 'tooShort'],
    ['elevenchars', 'tooShort'],
    ['x'.repeat(257), 'tooLong'],
    ['miyako-staff-2023', 'containsEmail'],
  ])('%s → %s', (password, problem) => {
    expect(checkPassword(password, { email: 'miyako-staff@example.jp' })).toBe(problem);
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(checkPassword('宮古のさんまと山北のお茶')).toBeNull(); // 12 characters
    expect(checkPassword('宮古のさんまと山北のお')).toBe('tooShort');
  });
});

describe('assessPassword: the quick rules, then zxcvbn with the Japanese and English dictionaries', () => {
  let estimator: PasswordEstimator;
  beforeAll(async () => {
    estimator = await loadPasswordEstimator();
  }, 30_000);

  it.each([
    ['password1234', 'weak'],
    ['PASSWORD1234', 'weak'],
    ['aaaaaaaaaaaa', 'weak'],
    ['abcdefghijklm', 'weak'],
    ['qwertyuiop12', 'weak'],
    ['1234567890123', 'weak'],
    ['shinagawa1234', 'weak'],
    // Japanese words and names in romaji, as the Japanese dictionary knows them.
    ['sakurasakura', 'weak'],
    ['tanakahiroshi', 'weak'],
    ['short', 'tooShort'],
    ['miyako-staff-2023', 'containsEmail'],
  ])('%s → %s', (password, problem) => {
    expect(assessPassword(password, { email: 'miyako-staff@example.jp' }, estimator).problem).toBe(problem);
  });

  it.each(['correct-horse-battery-kinme', 'さんま祭りは目黒で九月に', 'tuna and rice at noon by the sea', 'hayachine no yuki to kitakami'])(
    'accepts %s',
    (password) => {
      expect(assessPassword(password, { email: 'someone@example.jp' }, estimator)).toMatchObject({ problem: null, estimate: { score: expect.any(Number) } });
    },
  );

  it('gives zxcvbn feedback as keys for the UI to translate', () => {
    const { estimate } = assessPassword('password1234', {}, estimator);
    expect(estimate).toMatchObject({ score: expect.any(Number), warning: expect.any(String), suggestions: expect.any(Array) });
    expect(estimate?.warning).toMatch(/^[a-zA-Z0-9]+$/);
  });
});
