import { FAIR_2023 } from './fair-2023.fixture';
import { applicationWindowProblems, fairDayProblems, openStateAt, shortDays, tokyoDateTime } from './fair-calendar';

describe('fairDayProblems', () => {
  it('accepts the 2023 fair', () => {
    expect(fairDayProblems(FAIR_2023, { first: '2023-02-17', last: '2023-02-21' })).toEqual([]);
  });

  it.each([
    [[{ date: '2023-02-17', opens: '20:00', closes: '10:00' }], 'days.0.closes', 'afterOpening'],
    [[{ date: '2023-02-17', opens: '10:00', closes: '10:00' }], 'days.0.closes', 'afterOpening'],
    [[{ date: '2023-02-30', opens: '10:00', closes: '18:00' }], 'days.0.date', 'isDate'],
    [
      [
        { date: '2023-02-17', opens: '10:00', closes: '18:00' },
        { date: '2023-02-17', opens: '10:00', closes: '18:00' },
      ],
      'days.1.date',
      'unique',
    ],
    [[{ date: '2023-02-22', opens: '10:00', closes: '18:00' }], 'days.0.date', 'withinFair'],
    [[{ date: '2023-02-17', opens: '10:00', closes: null }], 'days.0.closes', 'isTime'],
    [[{ date: '2023-02-17', opens: '25:00', closes: '26:00' }], 'days.0.opens', 'isTime'],
  ])('%p → %s %s', (days, field, rule) => {
    expect(fairDayProblems(days, { first: '2023-02-17', last: '2023-02-21' })).toContainEqual(expect.objectContaining({ field, rule }));
  });

  it('accepts a closed day', () => {
    expect(fairDayProblems([{ date: '2023-02-20', opens: null, closes: null }])).toEqual([]);
  });
});

describe('shortDays', () => {
  it('finds the last day closing at 18:00', () => {
    expect(shortDays(FAIR_2023).map((d) => d.date)).toEqual(['2023-02-21']);
  });
});

describe('openStateAt (Japan time, whatever TZ the tests run under)', () => {
  it.each([
    // UTC instants: 10:30 JST is 01:30Z.
    ['2023-02-19T01:30:00Z', { open: true, closes: '20:00' }],
    ['2023-02-21T08:59:00Z', { open: true, closes: '18:00' }], // 17:59 on the last day
    ['2023-02-21T09:00:00Z', { open: false, next: null }], // 18:00 on the last day: closed, nothing after
    ['2023-02-17T00:59:00Z', { open: false, next: FAIR_2023[0] }], // 09:59 on the first day
    ['2023-02-17T11:00:00Z', { open: false, next: FAIR_2023[1] }], // 20:00 on the first day
    ['2023-02-16T15:30:00Z', { open: false, next: FAIR_2023[0] }], // 00:30 on the 17th in Japan, still the 16th in UTC
  ])('%s → %p', (instant, state) => {
    expect(openStateAt(FAIR_2023, new Date(instant))).toEqual(state);
  });

  it('gives the Japanese date across midnight UTC', () => {
    expect(tokyoDateTime(new Date('2023-02-18T15:30:00Z'))).toEqual({ date: '2023-02-19', time: '00:30' });
  });
});

describe('applicationWindowProblems', () => {
  it.each([
    [null, null, 0],
    ['2023-01-10T09:00:00+09:00', null, 0],
    ['2023-01-10T09:00:00+09:00', '2023-01-31T17:00:00+09:00', 0],
    ['2023-01-31T17:00:00+09:00', '2023-01-10T09:00:00+09:00', 1],
    // Same instant written in two offsets: not after, so refused.
    ['2023-01-10T09:00:00+09:00', '2023-01-10T00:00:00Z', 1],
  ])('%s .. %s → %i problem(s)', (open, close, count) => {
    expect(applicationWindowProblems(open, close)).toHaveLength(count);
  });
});
