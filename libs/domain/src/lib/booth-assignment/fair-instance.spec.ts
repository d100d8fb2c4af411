import { fairInstance, touchingBooths, type FairApplicationFacts, type FairBoothFacts } from './fair-instance';
import { placementReasons } from './placement-reasons';
import { instanceProblems } from './validate';

const rect = (x: number, y: number, width = 3, depth = 2) => ({ x, y, width, depth });

describe('touchingBooths', () => {
  it.each([
    ['side by side', [rect(0, 0), rect(3, 0)], [[0, 1]]],
    ['back to back', [rect(0, 0), rect(0, 2)], [[0, 1]]],
    ['a 0.5 m gap still counts', [rect(0, 0), rect(3.5, 0)], [[0, 1]]],
    ['across a 2 m aisle', [rect(0, 0), rect(5, 0)], []],
    ['only corners meet', [rect(0, 0), rect(3, 2)], []],
    ['shared stretch of 0.3 m is too short', [rect(0, 0), rect(3, 1.7)], []],
    [
      'a row of three',
      [rect(0, 0), rect(3, 0), rect(6, 0)],
      [
        [0, 1],
        [1, 2],
      ],
    ],
  ])('%s', (_name, rects, pairs) => {
    expect(touchingBooths(rects)).toEqual(pairs);
  });
});

const booth = (code: string, x: number, extra: Partial<FairBoothFacts> = {}): FairBoothFacts => ({
  code,
  ...rect(x, 0),
  powerWatts: 0,
  fridge: false,
  freezer: false,
  water: false,
  prime: 0,
  ...extra,
});
const application = (label: string, extra: Partial<FairApplicationFacts> = {}): FairApplicationFacts => ({
  label,
  days: ['2023-02-17', '2023-02-18'],
  needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
  productCategories: ['seafood'],
  multiPartyAgreements: [],
  primeHistory: 0,
  pinnedBoothCode: null,
  ...extra,
});
const DAYS = ['2023-02-17', '2023-02-18', '2023-02-19'];

describe('fairInstance', () => {
  it('writes booths with their area, facilities as power levels, and touching neighbours', () => {
    const i = fairInstance(
      DAYS,
      [booth('A1', 0, { powerWatts: 1500, fridge: true, prime: 2 }), booth('A2', 3, { powerWatts: 500 })],
      [
        application('宮古市', { needs: { minAreaM2: 4, powerWatts: 1000, fridge: true, freezer: false, water: false } }),
        application('山北町', { needs: { minAreaM2: null, powerWatts: 500, fridge: false, freezer: false, water: false } }),
      ],
    );
    expect(instanceProblems(i)).toEqual([]);
    expect(i.booths).toEqual([
      { id: 'A1', area_m2: 6, facilities: ['power≥500W', 'power≥1000W', 'fridge'], x: 0, y: 0, prime: 2 },
      { id: 'A2', area_m2: 6, facilities: ['power≥500W'], x: 3, y: 0, prime: 0 },
    ]);
    expect(i.adjacent).toEqual([['A1', 'A2']]);
    expect(i.applications.map((a) => [a.id, a.min_area_m2, a.needs])).toEqual([
      ['宮古市', 4, ['power≥1000W', 'fridge']],
      ['山北町', 0, ['power≥500W']],
    ]);
  });

  it('writes 調理可 as the facility "cooking" and a cooking need as a need of it; a solve keeps them apart', () => {
    const i = fairInstance(
      ['2023-02-17'],
      [booth('A1', 0, { cookingAllowed: true }), booth('A2', 3)],
      [
        application('宮古市', { days: ['2023-02-17'], needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false, cooking: true } }),
        application('山北町', { days: ['2023-02-17'] }),
      ],
    );
    expect(instanceProblems(i)).toEqual([]);
    expect(i.booths.map((b) => [b.id, b.facilities])).toEqual([
      ['A1', ['cooking']],
      ['A2', []],
    ]);
    expect(i.applications.map((a) => [a.id, a.needs])).toEqual([
      ['宮古市', ['cooking']],
      ['山北町', []],
    ]);
  });

  it.each([
    ['most frequent product category', ['sweets', 'seafood', 'sweets'], 'sweets'],
    ['first on a tie', ['seafood', 'sweets'], 'seafood'],
    ['no products', [], 'other'],
  ])('category: %s', (_name, productCategories, category) => {
    expect(fairInstance(DAYS, [], [application('x', { productCategories })]).applications[0].category).toBe(category);
  });

  it('groups by the multi-party agreement shared with the most applicants (ties: by name); alone means no group', () => {
    const i = fairInstance(
      DAYS,
      [],
      [
        application('a', { multiPartyAgreements: ['東海道', '川'] }),
        application('b', { multiPartyAgreements: ['東海道'] }),
        application('c', { multiPartyAgreements: ['東海道', '川'] }),
        application('d', { multiPartyAgreements: ['川'] }),
        application('e', { multiPartyAgreements: ['山'] }),
        application('f', { multiPartyAgreements: ['東海道'] }),
        application('g', { multiPartyAgreements: ['海', '空'] }),
        application('h', { multiPartyAgreements: ['空', '海'] }),
      ],
    );
    expect(i.applications.map((a) => a.group)).toEqual(['東海道', '東海道', '東海道', '川', null, '東海道', '海', '海']);
  });

  it('keeps days in fair order, prime history and pins', () => {
    const [a] = fairInstance(
      DAYS,
      [booth('A1', 0)],
      [application('x', { days: ['2023-02-19', '2023-02-17'], primeHistory: 2, pinnedBoothCode: 'A1' })],
    ).applications;
    expect([a.days, a.prime_history, a.locked_booth]).toEqual([['2023-02-17', '2023-02-19'], 2, 'A1']);
  });
});

describe('placementReasons', () => {
  const i = fairInstance(
    DAYS,
    [booth('A1', 0, { fridge: true, prime: 3 }), booth('A2', 3), booth('A3', 6)],
    [
      application('pinned', {
        pinnedBoothCode: 'A1',
        needs: { minAreaM2: 4, powerWatts: 0, fridge: true, freezer: false, water: false },
        multiPartyAgreements: ['g'],
      }),
      application('mate', { multiPartyAgreements: ['g'], productCategories: ['sweets'] }),
      application('veteran', { primeHistory: 2, productCategories: ['sweets'], days: ['2023-02-17'] }),
      application('plain', { productCategories: ['sake'], days: ['2023-02-19'] }),
    ],
  );
  const reasons = placementReasons(i, [
    { application: 'pinned', booth: 'A1' },
    { application: 'mate', booth: 'A2' },
    { application: 'veteran', booth: 'A3' },
  ]);
  it.each([
    ['pinned', [{ kind: 'locked' }, { kind: 'needs', facilities: ['fridge'], minAreaM2: 4 }, { kind: 'groupNeighbours', group: 'g', neighbours: ['mate'] }]],
    [
      'mate',
      [
        { kind: 'groupNeighbours', group: 'g', neighbours: ['pinned'] },
        { kind: 'sameCategoryNeighbours', category: 'sweets', neighbours: ['veteran'] },
      ],
    ],
    [
      // The one more prime booth (A1) is pinned to someone else on its day: no choice, so no "quieter spot".
      'veteran',
      [{ kind: 'sameCategoryNeighbours', category: 'sweets', neighbours: ['mate'] }],
    ],
  ])('%s', (label, expected) => {
    expect(reasons.get(label)).toEqual(expected);
  });
  it('says only that it fits when nothing else applies, and neighbours on other days do not count', () => {
    const r = placementReasons(i, [
      { application: 'veteran', booth: 'A2' },
      { application: 'plain', booth: 'A3' },
    ]);
    expect(r.get('plain')).toEqual([{ kind: 'fits', areaM2: 6 }]);
  });
});
