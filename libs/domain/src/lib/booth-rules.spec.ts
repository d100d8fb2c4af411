import { boothConflicts, missingFacilities, rangesOverlap, type BoothHolding } from './booth-rules';

describe('rangesOverlap (inclusive day ranges)', () => {
  it.each([
    [['2023-02-17', '2023-02-19'], ['2023-02-20', '2023-02-21'], false], // 宮古市 days 1–3, 山北町 days 4–5
    [['2023-02-17', '2023-02-19'], ['2023-02-19', '2023-02-21'], true], // share the 19th
    [['2023-02-18', '2023-02-18'], ['2023-02-17', '2023-02-21'], true],
    [['2023-02-21', '2023-02-21'], ['2023-02-17', '2023-02-20'], false],
  ])('%p and %p → %s', ([af, at], [bf, bt], overlap) => {
    expect(rangesOverlap({ from: af, to: at }, { from: bf, to: bt })).toBe(overlap);
    expect(rangesOverlap({ from: bf, to: bt }, { from: af, to: at })).toBe(overlap);
  });
});

describe('boothConflicts', () => {
  const miyako: BoothHolding = { boothId: 'A1', holder: '宮古市', from: '2023-02-17', to: '2023-02-19' };
  it.each([
    [{ boothId: 'A1', holder: '山北町', from: '2023-02-20', to: '2023-02-21' }, []],
    [{ boothId: 'A1', holder: '山北町', from: '2023-02-19', to: '2023-02-21' }, ['宮古市']],
    [{ boothId: 'A2', holder: '山北町', from: '2023-02-17', to: '2023-02-21' }, []],
    [{ boothId: 'A1', holder: '宮古市', from: '2023-02-17', to: '2023-02-20' }, []], // moving one's own holding
  ])('%p conflicts with %p', (wanted, holders) => {
    expect(boothConflicts([miyako], wanted).map((h) => h.holder)).toEqual(holders);
  });
});

describe('missingFacilities', () => {
  const booth = { areaM2: 6, powerWatts: 1500, fridge: true, freezer: false, water: false };
  it.each([
    [{}, []],
    [{ fridge: true, minAreaM2: 6, powerWatts: 1500 }, []],
    [{ freezer: true }, [{ facility: 'freezer' }]],
    [{ powerWatts: 2000, water: true }, [{ facility: 'power', needed: 2000, available: 1500 }, { facility: 'water' }]],
    [{ minAreaM2: 9 }, [{ facility: 'area', needed: 9, available: 6 }]],
    [{ cooking: true }, [{ facility: 'cooking' }]],
    [{ cooking: false }, []],
  ])('%p → %p', (needs, missing) => {
    expect(missingFacilities(booth, needs)).toEqual(missing);
  });

  it.each([
    [{ cookingAllowed: true }, []],
    [{ cookingAllowed: false }, [{ facility: 'cooking' }]],
    [{}, [{ facility: 'cooking' }]],
  ])('a cooking need on a booth %p → %p (調理可 only)', (marks, missing) => {
    expect(missingFacilities({ ...booth, ...marks }, { cooking: true })).toEqual(missing);
  });
});
