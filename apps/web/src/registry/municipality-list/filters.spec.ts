import { EMPTY_FILTERS, filtersToQuery, filtersToSearchParams, hasFilters, pageRange, parseFilters, withFilter, type ListFilters } from './filters';

const f = (change: Partial<ListFilters>): ListFilters => ({ ...EMPTY_FILTERS, ...change });

describe('parseFilters', () => {
  it.each([
    ['', f({})],
    ['q=%E5%AE%AE%E5%8F%A4', f({ q: '宮古' })],
    [
      'prefectureCode=3&agreementKind=disaster_aid&sort=-population&page=2',
      f({ prefectureCode: 3, agreementKind: 'disaster_aid', sort: '-population', page: 2 }),
    ],
    // Values the API would answer 400 to are dropped instead.
    ['prefectureCode=48', f({})],
    ['prefectureCode=0', f({})],
    ['prefectureCode=abc', f({})],
    ['agreementKind=friendship', f({})],
    ['sort=random', f({})],
    ['page=0', f({})],
    ['page=-1', f({})],
    ['page=1.5', f({})],
    ['page=9999999', f({})],
    ['unknown=1', f({})],
  ])('?%s', (search, expected) => {
    expect(parseFilters(new URLSearchParams(search))).toEqual(expected);
  });

  it('cuts the search text at 100 characters', () => {
    expect(parseFilters(new URLSearchParams({ q: 'あ'.repeat(150) })).q).toHaveLength(100);
  });
});

describe('filtersToSearchParams', () => {
  it.each([
    [f({}), ''],
    [f({ q: '  ' }), ''],
    [f({ q: ' みやこ ' }), 'q=%E3%81%BF%E3%82%84%E3%81%93'],
    [f({ sort: 'name', page: 1 }), ''],
    [f({ prefectureCode: 13, agreementKind: 'exchange', sort: 'year', page: 3 }), 'prefectureCode=13&agreementKind=exchange&sort=year&page=3'],
  ])('%j → ?%s', (filters, expected) => {
    expect(filtersToSearchParams(filters).toString()).toBe(expected);
  });

  it.each([f({ q: '宮古', page: 2 }), f({ prefectureCode: 47, agreementKind: 'other', sort: '-area' }), f({ partners: true })])('round-trips %j', (filters) => {
    expect(parseFilters(filtersToSearchParams(filters))).toEqual(filters);
  });
});

describe('filtersToQuery', () => {
  it.each([
    [f({}), { sort: 'name', page: 1, pageSize: 20 }],
    [f({ q: '  ' }), { sort: 'name', page: 1, pageSize: 20 }],
    [f({ partners: true }), { partners: true, sort: 'name', page: 1, pageSize: 20 }],
    [
      f({ q: ' 宮古 ', prefectureCode: 3, agreementKind: 'disaster_aid', sort: '-year', page: 4 }),
      { q: '宮古', prefectureCode: 3, agreementKind: 'disaster_aid', sort: '-year', page: 4, pageSize: 20 },
    ],
  ])('%j', (filters, expected) => {
    expect(filtersToQuery(filters)).toEqual(expected);
  });
});

describe('withFilter / hasFilters', () => {
  it('goes back to page 1 when a filter changes', () => {
    expect(withFilter(f({ page: 5, q: 'a' }), { prefectureCode: 3 })).toEqual(f({ q: 'a', prefectureCode: 3, page: 1 }));
  });

  it.each([
    [f({}), false],
    [f({ sort: '-population', page: 3 }), false],
    [f({ q: ' ' }), false],
    [f({ q: 'x' }), true],
    [f({ prefectureCode: 1 }), true],
    [f({ agreementKind: 'exchange' }), true],
  ])('%j → %s', (filters, expected) => {
    expect(hasFilters(filters)).toBe(expected);
  });
});

describe('pageRange', () => {
  it.each([
    [1, 20, 0, { from: 0, to: 0, pages: 1 }],
    [1, 20, 1, { from: 1, to: 1, pages: 1 }],
    [1, 20, 52, { from: 1, to: 20, pages: 3 }],
    [2, 20, 52, { from: 21, to: 40, pages: 3 }],
    [3, 20, 52, { from: 41, to: 52, pages: 3 }],
    [4, 20, 52, { from: 0, to: 0, pages: 3 }],
    [1, 20, 40, { from: 1, to: 20, pages: 2 }],
  ])('page %d of size %d with %d rows', (page, size, total, expected) => {
    expect(pageRange(page, size, total)).toEqual(expected);
  });
});
