import { formatArea, formatDateTime, formatPopulation, formatSigned, formatYearWithEra, prefectureLabel } from './format';

describe('formatting', () => {
  it.each([
    [44905, 'ja', '44,905人'],
    [44905, 'en', '44,905'],
    [0, 'ja', '0人'],
    [3_769_595, 'ja', '3,769,595人'],
  ] as const)('population %d in %s → %s', (n, lang, expected) => {
    expect(formatPopulation(n, lang)).toBe(expected);
  });

  it.each([
    [1259.89, 'ja', '1,259.89 km²'],
    [22.84, 'en', '22.84 km²'],
    [100, 'ja', '100 km²'],
    [0.5, 'ja', '0.5 km²'],
  ] as const)('area %d in %s → %s', (n, lang, expected) => {
    expect(formatArea(n, lang)).toBe(expected);
  });

  it.each([
    [2002, 'ja', '2002年（平成14年）'],
    [2019, 'ja', '2019年（令和元年）'],
    [1989, 'ja', '1989年（平成元年）'],
    [1868, 'ja', '1868年（明治元年）'],
    [1850, 'ja', '1850年'],
    [2002, 'en', '2002 (Heisei 14)'],
    [1850, 'en', '1850'],
  ] as const)('year %d in %s → %s', (year, lang, expected) => {
    expect(formatYearWithEra(year, lang)).toBe(expected);
  });

  it.each([
    [{ signedOn: '2002-04-01', signedYear: 2002 }, 'ja', '2002年4月1日（平成14年4月1日）'],
    [{ signedOn: '2019-05-01', signedYear: 2019 }, 'ja', '2019年5月1日（令和元年5月1日）'],
    [{ signedOn: '2019-04-30', signedYear: 2019 }, 'ja', '2019年4月30日（平成31年4月30日）'],
    [{ signedOn: '2023-02-17', signedYear: null }, 'en', '2023-02-17 (Reiwa 5)'],
    [{ signedOn: null, signedYear: 2002 }, 'ja', '2002年（平成14年）'],
    [{ signedOn: null, signedYear: null }, 'ja', '締結年不明'],
    [{ signedOn: null, signedYear: null }, 'en', 'Year unknown'],
  ] as const)('signed %j in %s → %s', (signed, lang, expected) => {
    expect(formatSigned(signed, lang)).toBe(expected);
  });
});

describe('prefectureLabel', () => {
  it.each([
    [3, '岩手県', 'ja', '岩手県'],
    [3, '岩手県', 'en', 'Iwate'],
    [47, '沖縄県', 'en', 'Okinawa'],
    [99, '架空県', 'en', '架空県'],
  ] as const)('%d %s in %s → %s', (code, name, lang, expected) => {
    expect(prefectureLabel(code, name, lang)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it.each([
    ['2026-11-24T08:05:00Z', 'ja', '2026年11月24日 17:05'],
    ['2026-11-24T15:30:00Z', 'ja', '2026年11月25日 00:30'],
    ['2026-11-24T08:05:00Z', 'en', 'Nov 24, 2026, 17:05'],
    ['not a date', 'en', 'not a date'],
  ] as const)('%s in %s → %s', (iso, lang, expected) => {
    expect(formatDateTime(iso, lang)).toBe(expected);
  });
});
