import { applyFind, areaGroups, findTerms, findText, matchesFind, MAP_ZOOM, nextZoom, type FindEntry } from './public-find';

const MIYAKO: FindEntry = {
  text: findText(['宮古市', 'みやこし', 'Miyako', '岩手県', 'Iwate', 'さんま加工品', 'Processed saury', '瓶ドン(いくら・うに)', null]),
  categories: ['seafood'],
  areas: ['a1'],
};
const IIDA: FindEntry = { text: findText(['飯田市', 'いいだし', null, '長野県', '市田柿', '水引細工']), categories: ['sweets', 'crafts'], areas: ['a2'] };
const all = { query: '', category: '', area: '' };

describe('findText', () => {
  it('folds every part and leaves out the empty ones', () => {
    expect(findText(['サンマ加工品', null, '', undefined, 'Ｍｉｙａｋｏ City'])).toBe('さんま加工品\nmiyakocity');
  });
});

describe('findTerms', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['サンマ', ['さんま']],
    ['ｻﾝﾏ　宮古', ['さんま', '宮古']],
    ['  さんま  MIYAKO ', ['さんま', 'miyako']],
  ])('%j → %j', (query, terms) => {
    expect(findTerms(query)).toEqual(terms);
  });
});

describe('matchesFind', () => {
  it.each([
    ['さんま', '', '', true],
    ['サンマ', '', '', true],
    ['ｻﾝﾏ', '', '', true],
    ['さんま加工', '', '', true],
    ['saury', '', '', true],
    ['SAURY', '', '', true],
    ['みやこ', '', '', true],
    ['ミヤコ', '', '', true],
    ['岩手', '', '', true],
    ['iwate', '', '', true],
    ['宮古 いくら', '', '', true],
    ['宮古 市田柿', '', '', false],
    ['柿', '', '', false],
    ['', 'seafood', '', true],
    ['', 'sweets', '', false],
    ['', '', 'a1', true],
    ['', '', 'a2', false],
    ['さんま', 'seafood', 'a1', true],
    ['さんま', 'seafood', 'a2', false],
  ])('宮古市 for %j, category %j, area %j: %s', (query, category, area, expected) => {
    expect(matchesFind(MIYAKO, { query, category, area })).toBe(expected);
  });

  it('does not match across two parts', () => {
    // "加工品" ends one line and "瓶" begins the next: typed together they are not one word.
    expect(matchesFind(MIYAKO, { ...all, query: '加工品瓶' })).toBe(false);
  });
});

describe('applyFind', () => {
  it.each([
    [all, [true, true], 2],
    [{ ...all, query: 'さんま' }, [true, false], 1],
    [{ ...all, category: 'crafts' }, [false, true], 1],
    [{ ...all, area: 'a3' }, [false, false], 0],
  ])('%j', (filter, shown, count) => {
    expect(applyFind([MIYAKO, IIDA], filter)).toEqual({ shown, count });
  });
});

describe('nextZoom', () => {
  it.each([
    [1, MAP_ZOOM.step, 1.5],
    [1.5, MAP_ZOOM.step, 2.25],
    [3, MAP_ZOOM.step, MAP_ZOOM.max],
    [1.5, 1 / MAP_ZOOM.step, 1],
    [1, 1 / MAP_ZOOM.step, MAP_ZOOM.min],
    [2, 1.1, 2.2],
    [2, 0, 2],
    [2, -1, 2],
    [2, Number.NaN, 2],
    [2, Number.POSITIVE_INFINITY, 2],
  ])('%d × %d → %d', (scale, factor, next) => {
    expect(nextZoom(scale, factor)).toBe(next);
  });
});

describe('areaGroups', () => {
  type Item = { name: string; booths: { code: string; zone: string | null }[] };
  const item = (name: string, ...booths: [string, string | null][]): Item => ({ name, booths: booths.map(([code, zone]) => ({ code, zone })) });
  const names = (items: Item[]) => areaGroups(items, (i) => i.booths).map((g) => [g.zone, g.items.map((i) => i.name)]);

  it.each<[string, Item[], [string | null, string[]][]]>([
    ['nothing', [], []],
    ['no areas at all: one group without a name', [item('宮古市', ['A1', null]), item('成田市')], [[null, ['宮古市', '成田市']]]],
    [
      'areas by their first booth code (numeric), the rest last, items in their order',
      [item('宮古市', ['B10', '奥']), item('成田市', ['A2', '入口側']), item('東金市'), item('山北町', ['B2', '奥']), item('坂井市', ['A1', '入口側'])],
      [
        ['入口側', ['成田市', '坂井市']],
        ['奥', ['宮古市', '山北町']],
        [null, ['東金市']],
      ],
    ],
    [
      'an exhibitor with booths in two areas: under the first one',
      [item('宮古市', ['C1', '奥'], ['A1', '入口側']), item('成田市', ['B1', '中央'])],
      [
        ['中央', ['成田市']],
        ['奥', ['宮古市']],
      ],
    ],
  ])('%s', (_, items, groups) => {
    expect(names(items)).toEqual(groups);
  });
});
