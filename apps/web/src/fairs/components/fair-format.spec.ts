import { fairTitle, formatDay, formatFairPeriod, formatFullDate, isWeekend, weekdayName } from './fair-format';

describe('fair dates', () => {
  it('names weekdays from the calendar date alone', () => {
    expect(weekdayName('2023-02-17', 'ja')).toBe('金');
    expect(weekdayName('2023-02-17', 'en')).toBe('Fri');
    expect(isWeekend('2023-02-18')).toBe(true);
    expect(isWeekend('2023-02-17')).toBe(false);
  });

  it('formats a day with and without its year', () => {
    expect(formatDay('2023-02-21', 'ja')).toBe('2月21日(火)');
    expect(formatFullDate('2023-02-21', 'ja')).toBe('2023年2月21日(火)');
    expect(formatDay('2023-02-21', 'en')).toBe('Tue, Feb 21');
    expect(formatFullDate('2023-02-21', 'en')).toBe('Tue, Feb 21, 2023');
  });

  it('gives the 2023 fair in Gregorian and 和暦, saying the year once', () => {
    expect(formatFairPeriod('2023-02-17', '2023-02-21', 'ja')).toEqual({
      western: '2023年2月17日(金)〜2月21日(火)',
      wareki: '令和5年2月17日(金)〜2月21日(火)',
    });
    expect(formatFairPeriod('2023-02-17', '2023-02-21', 'en')).toEqual({ western: 'Fri, Feb 17 – Tue, Feb 21, 2023', wareki: 'Reiwa 5' });
  });

  it('repeats the year when a fair runs over New Year', () => {
    const ja = formatFairPeriod('2023-12-30', '2024-01-03', 'ja');
    expect(ja.western).toBe('2023年12月30日(土)〜2024年1月3日(水)');
    expect(ja.wareki).toBe('令和5年12月30日(土)〜令和6年1月3日(水)');
    expect(formatFairPeriod('2023-12-30', '2024-01-03', 'en').wareki).toBe('Reiwa 5 – Reiwa 6');
  });

  it('writes a one-day fair once', () => {
    expect(formatFairPeriod('2023-02-23', '2023-02-23', 'ja')).toEqual({ western: '2023年2月23日(木)', wareki: '令和5年2月23日(木)' });
  });

  it('does not shift a date in a browser far from Japan (the dates are calendar days)', () => {
    // Intl with timeZone UTC on a UTC midnight: the same day whatever TZ the process runs in.
    expect(formatDay('2023-02-17', 'en')).toBe('Fri, Feb 17');
  });

  it('uses the English title only when reading English and one exists', () => {
    expect(fairTitle({ title: '交流都市地方物産展', titleEn: 'Friendship City Fair' }, 'en')).toBe('Friendship City Fair');
    expect(fairTitle({ title: '交流都市地方物産展', titleEn: null }, 'en')).toBe('交流都市地方物産展');
    expect(fairTitle({ title: '交流都市地方物産展', titleEn: 'Friendship City Fair' }, 'ja')).toBe('交流都市地方物産展');
  });
});
