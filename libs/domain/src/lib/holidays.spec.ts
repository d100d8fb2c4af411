import { japaneseHoliday } from './holidays';

describe('japaneseHoliday', () => {
  it.each([
    ['2023-02-23', '天皇誕生日', "Emperor's Birthday"],
    ['2023-02-11', '建国記念の日', 'National Foundation Day'],
    ['2024-02-12', '建国記念の日 振替休日', 'Holiday in lieu'],
    ['2027-02-23', '天皇誕生日', "Emperor's Birthday"],
  ])('%s is %s', (date, name, nameEn) => {
    expect(japaneseHoliday(date)).toEqual({ name, nameEn });
  });

  it.each(['2023-02-17', '2023-02-21', '2019-12-23', 'not a date'])('%s is no holiday', (date) => {
    expect(japaneseHoliday(date)).toBeNull();
  });
});
