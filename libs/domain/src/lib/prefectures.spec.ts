import { PREFECTURES, prefectureByCode, prefectureByName } from './prefectures';

describe('prefectures', () => {
  it('lists 47 in official code order', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES.map((p) => p.code)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(PREFECTURES[0].name).toBe('北海道');
    expect(PREFECTURES[46].name).toBe('沖縄県');
  });

  it.each([
    [3, '岩手県'],
    [13, '東京都'],
    [26, '京都府'],
    [34, '広島県'],
  ])('code %i is %s', (code, name) => {
    expect(prefectureByCode(code)?.name).toBe(name);
    expect(prefectureByName(name)?.code).toBe(code);
  });

  it('does not follow character-code order', () => {
    const byCharCode = [...PREFECTURES].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(byCharCode.map((p) => p.code)).not.toEqual(PREFECTURES.map((p) => p.code));
  });
});
