import { normalizeBoothCode, normalizeIfText, normalizeTyped } from './typed-input';

describe('normalizeTyped', () => {
  it.each([
    ['０３－１２３４－５６７８', '03-1234-5678'],
    ['03ー1234ー5678', '03-1234-5678'],
    ['090−1234−5678', '090-1234-5678'],
    ['０９０‐１２３４‐５６７８', '090-1234-5678'],
    ['＋８１　３　１２３４', '+81 3 1234'],
    ['  03  1234 ', '03 1234'],
    ['１３：３０', '13:30'],
    ['１２３－４５６７', '123-4567'],
    ['１，２００', '1,200'],
    ['Ａ１', 'A1'],
    ['03-1234-5678', '03-1234-5678'],
    ['', ''],
  ])('%s → %s', (typed, expected) => {
    expect(normalizeTyped(typed)).toBe(expected);
  });
});

describe('normalizeBoothCode', () => {
  it.each([
    ['Ａ１', 'A1'],
    ['a1', 'A1'],
    ['A1', 'A1'],
    ['ｂ－１２', 'B-12'],
    [' c3 ', 'C3'],
  ])('%s → %s', (typed, expected) => {
    expect(normalizeBoothCode(typed)).toBe(expected);
  });
});

describe('normalizeIfText', () => {
  it('normalises text and leaves other values to the validators', () => {
    expect(normalizeIfText('１３：００')).toBe('13:00');
    expect(normalizeIfText('ａ１', normalizeBoothCode)).toBe('A1');
    expect(normalizeIfText(13)).toBe(13);
    expect(normalizeIfText(null)).toBeNull();
    expect(normalizeIfText(['１'])).toEqual(['１']);
  });
});
