import { changedListedFields, municipalityKindOf, officialListEntries, type OfficialListPrefecture } from './official-list';

describe('municipalityKindOf', () => {
  it.each([
    [3, '宮古市', 'city'],
    [14, '山北町', 'town'],
    [1, '泊村', 'village'],
    [13, '品川区', 'special_ward'],
    [13, '八丈町', 'town'],
    [1, '中央区', null], // a ward outside Tokyo is a designated city's, never a municipality
    [1, '北海道', null],
  ])('%i %s → %s', (prefecture, name, kind) => {
    expect(municipalityKindOf(prefecture, name)).toBe(kind);
  });
});

describe('officialListEntries', () => {
  const hokkaido: OfficialListPrefecture = {
    code: '010006',
    name: '北海道',
    ruby: 'ほっかいどう',
    municipalities: [
      { code: '011002', name: '札幌市', ruby: 'さっぽろし', wards: [{ code: '011011', name: '中央区', ruby: 'ちゅうおうく' }] } as never,
      { code: '014036', name: '泊村', ruby: 'とまりむら' },
      { code: '016942', name: '羅臼町', ruby: 'らうすちょう' },
      { code: '016969', name: '泊村', ruby: 'とまりむら' },
      { code: '017001', name: '蘂取村', ruby: 'しべとろむら' },
    ],
  };

  it('keeps the prefecture and its municipalities, not the wards nor the northern territories', () => {
    expect(officialListEntries([hokkaido])).toEqual([
      { code: '010006', name: '北海道', reading: 'ほっかいどう', prefectureCode: 1, kind: 'prefecture' },
      { code: '011002', name: '札幌市', reading: 'さっぽろし', prefectureCode: 1, kind: 'city' },
      { code: '014036', name: '泊村', reading: 'とまりむら', prefectureCode: 1, kind: 'village' },
      { code: '016942', name: '羅臼町', reading: 'らうすちょう', prefectureCode: 1, kind: 'town' },
    ]);
  });

  it('refuses an entry it cannot classify', () => {
    expect(() => officialListEntries([{ ...hokkaido, municipalities: [{ code: '011011', name: '中央区', ruby: 'ちゅうおうく' }] }])).toThrow(/中央区/);
  });
});

describe('changedListedFields', () => {
  const miyako = { name: '宮古市', reading: 'みやこし', localGovernmentCode: '032026', prefectureCode: 3, kind: 'city' as const };
  it.each([
    ['the same values', { ...miyako }, []],
    ['the same name with spaces around', { ...miyako, name: ' 宮古市 ' }, []],
    ['a new name', { ...miyako, name: '宮古町' }, ['name']],
    ['another reading and kind', { ...miyako, reading: 'みやこ', kind: 'town' as const }, ['reading', 'kind']],
    ['the code removed', { ...miyako, localGovernmentCode: '' }, ['localGovernmentCode']],
    ['another prefecture', { ...miyako, prefectureCode: 4 }, ['prefectureCode']],
  ])('%s', (_name, next, expected) => {
    expect(changedListedFields(miyako, next)).toEqual(expected);
  });
});
