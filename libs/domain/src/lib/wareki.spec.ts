import { formatWarekiDate, formatWarekiYear, isIsoDate, warekiOfDate, warekiOfYear, weekdayOf } from './wareki';

describe('warekiOfDate at the era boundaries', () => {
  it.each([
    ['1989-01-07', '昭和', 64],
    ['1989-01-08', '平成', 1],
    ['2019-04-30', '平成', 31],
    ['2019-05-01', '令和', 1],
    ['1926-12-24', '大正', 15],
    ['1926-12-25', '昭和', 1],
    ['1912-07-29', '明治', 45],
    ['1912-07-30', '大正', 1],
    ['2023-02-17', '令和', 5],
  ])('%s is %s %i', (date, era, year) => {
    expect(warekiOfDate(date)).toMatchObject({ era, year });
  });

  it('has no era before 明治', () => {
    expect(warekiOfDate('1868-10-22')).toBeNull();
  });

  it('rejects dates that do not exist', () => {
    expect(() => warekiOfDate('2023-02-30')).toThrow(RangeError);
  });
});

describe('formatWarekiYear for year-only values', () => {
  it.each([
    [2002, '平成14年'],
    [2005, '平成17年'],
    [1988, '昭和63年'],
    [1989, '平成元年'],
    [1990, '平成2年'],
    [2018, '平成30年'],
    [2019, '令和元年'],
    [2024, '令和6年'],
    [2025, '令和7年'],
  ])('%i → %s', (year, text) => {
    expect(formatWarekiYear(year)).toBe(text);
  });

  it('gives null for years it cannot name', () => {
    expect(formatWarekiYear(1800)).toBeNull();
    expect(warekiOfYear(2.5)).toBeNull();
  });
});

describe('formatWarekiDate', () => {
  it.each([
    ['2023-02-17', '令和5年2月17日(金)'],
    ['2023-02-21', '令和5年2月21日(火)'],
    ['2019-05-01', '令和元年5月1日(水)'],
    ['1989-01-07', '昭和64年1月7日(土)'],
  ])('%s → %s', (date, text) => {
    expect(formatWarekiDate(date)).toBe(text);
  });

  it('can leave out the weekday', () => {
    expect(formatWarekiDate('2023-02-19', { weekday: false })).toBe('令和5年2月19日');
  });

  it('computes weekdays without the process time zone', () => {
    // Sunday in Japan whatever TZ the tests run under (UTC, America/Los_Angeles, ...).
    expect(weekdayOf('2023-02-19')).toBe(0);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2023-02-17', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-2-17', false],
    ['2023-13-01', false],
    ['', false],
  ])('%s → %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });
});
