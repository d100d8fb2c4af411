import { searchPlan } from './plan-search';

const booth = (id: string, code: string, zone: string | null, x = 0, y = 0) => ({ id, code, zone, x, y, width: 3, depth: 3 });
const BOOTHS = [
  booth('a1', 'A1', 'A列', 1, 1),
  booth('a10', 'A10', 'A列', 28, 1),
  booth('a2', 'A2', 'A列', 4, 1),
  booth('b1', 'B1', 'A列', 1, 4),
  booth('c1', 'C1', 'B列', 1, 9),
];
const EXHIBITORS = [
  { applicationId: 'x', name: '宮古市', boothId: 'a2' },
  { applicationId: 'y', name: 'ミヤギ町', boothId: null },
  { applicationId: 'z', name: '南宮古村', boothId: null },
];

describe('searchPlan', () => {
  it.each([
    ['an exact code first, then codes starting with it', 'a1', ['booth A1', 'booth A10']],
    ['full-width letters fold', 'Ａ２', ['booth A2']],
    ['a zone by its name, as the rectangle of its booths', 'A列', ['zone A列']],
    ['an exhibitor whose name starts with the query before one that only contains it', '宮古', ['exhibitor 宮古市 A2', 'exhibitor 南宮古村 -']],
    ['katakana found by hiragana', 'みやぎ', ['exhibitor ミヤギ町 -']],
    ['nothing for blanks', '  ', []],
    ['nothing for what is not there', 'ZZ', []],
  ])('%s', (_, query, expected) => {
    const found = searchPlan(query, BOOTHS, EXHIBITORS).map((m) =>
      m.kind === 'booth' ? `booth ${m.code}` : m.kind === 'zone' ? `zone ${m.zone}` : `exhibitor ${m.name} ${m.boothCode ?? '-'}`,
    );
    expect(found).toEqual(expected);
  });

  it('gives a zone the rectangle around its booths', () => {
    const [zone] = searchPlan('A列', BOOTHS, []);
    expect(zone).toMatchObject({ kind: 'zone', rect: { x: 1, y: 1, width: 30, height: 6 } });
  });

  it('lists at most the limit', () => {
    expect(searchPlan('a', BOOTHS, EXHIBITORS, 2)).toHaveLength(2);
  });
});
