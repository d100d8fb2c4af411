import { calendarRuns, covers, formatDayRange, formatDays, formatFairDay, formatShortDate, formatTokyoShort } from './day-format';

describe('day-format', () => {
  it('names a fair day with its weekday, as on the application form', () => {
    expect(formatFairDay('2023-02-17', 'ja')).toBe('2月17日(金)');
    expect(formatFairDay('2023-02-19', 'ja')).toBe('2月19日(日)');
    expect(formatFairDay('2023-02-17', 'en')).toBe('Fri, Feb 17');
  });

  it('writes ranges with 〜, and one day alone', () => {
    expect(formatDayRange({ from: '2023-02-17', to: '2023-02-19' }, 'ja')).toBe('2月17日〜2月19日');
    expect(formatDayRange({ from: '2023-02-21', to: '2023-02-21' }, 'ja')).toBe('2月21日');
    expect(formatDayRange({ from: '2023-02-17', to: '2023-02-19' }, 'en')).toBe('Feb 17 – Feb 19');
    expect(formatShortDate('2023-12-01', 'en')).toBe('Dec 1');
  });

  it('shows an instant as its Japan-time day and time, whatever the zone it was written in', () => {
    // 08:00 UTC is 17:00 in Tokyo.
    expect(formatTokyoShort('2023-02-10T08:00:00Z', 'ja')).toBe('2月10日 17:00');
    // 16:30 UTC on the 9th is already the 10th in Tokyo.
    expect(formatTokyoShort('2023-02-09T16:30:00Z', 'en')).toBe('Feb 10 01:30');
    expect(formatTokyoShort('not a date', 'ja')).toBe('not a date');
  });

  it('groups consecutive calendar days, across month ends and in any order', () => {
    expect(calendarRuns(['2023-02-20', '2023-02-17', '2023-02-18', '2023-02-18'])).toEqual([
      { from: '2023-02-17', to: '2023-02-18' },
      { from: '2023-02-20', to: '2023-02-20' },
    ]);
    expect(calendarRuns(['2024-02-28', '2024-02-29', '2024-03-01'])).toEqual([{ from: '2024-02-28', to: '2024-03-01' }]);
    expect(formatDays(['2023-02-17', '2023-02-18', '2023-02-20'], 'ja')).toBe('2月17日〜2月18日、2月20日');
  });

  it('knows whether a range covers a day, ends included', () => {
    const r = { from: '2023-02-17', to: '2023-02-19' };
    expect([covers(r, '2023-02-16'), covers(r, '2023-02-17'), covers(r, '2023-02-19'), covers(r, '2023-02-20')]).toEqual([false, true, true, false]);
  });
});
