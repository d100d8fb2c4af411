import { FAIR_2023 } from './fair-2023.fixture';
import { tokyoInstant } from './appearance-rules';
import { holdingPieces, openRanges, planDayChanges, type DayVisit } from './day-changes';

const closing = (date: string) => FAIR_2023.map((d) => (d.date === date ? { ...d, opens: null, closes: null } : d));
const removing = (date: string) => FAIR_2023.filter((d) => d.date !== date);
const hours = (date: string, opens: string, closes: string) => FAIR_2023.map((d) => (d.date === date ? { ...d, opens, closes } : d));
const visit = (id: string, date: string, start: string, end: string): DayVisit => ({
  id,
  startsAt: tokyoInstant(date, start),
  endsAt: tokyoInstant(date, end),
});

describe('holdingPieces', () => {
  const whole = { from: '2023-02-17', to: '2023-02-21' };
  it.each([
    [
      '2/19 closed: split into the days before and after',
      whole,
      closing('2023-02-19'),
      [
        { from: '2023-02-17', to: '2023-02-18' },
        { from: '2023-02-20', to: '2023-02-21' },
      ],
    ],
    [
      '2/19 removed: the same split',
      whole,
      removing('2023-02-19'),
      [
        { from: '2023-02-17', to: '2023-02-18' },
        { from: '2023-02-20', to: '2023-02-21' },
      ],
    ],
    ['the first day closed: shrunk from the start', whole, closing('2023-02-17'), [{ from: '2023-02-18', to: '2023-02-21' }]],
    ['the last day removed: shrunk at the end', whole, removing('2023-02-21'), [{ from: '2023-02-17', to: '2023-02-20' }]],
    ['a one-day holding on the closed day: gone', { from: '2023-02-19', to: '2023-02-19' }, closing('2023-02-19'), []],
    [
      'a holding the change does not touch: as it was',
      { from: '2023-02-20', to: '2023-02-21' },
      closing('2023-02-19'),
      [{ from: '2023-02-20', to: '2023-02-21' }],
    ],
  ])('%s', (_name, holding, after, pieces) => {
    expect(holdingPieces(holding, FAIR_2023, after)).toEqual(pieces);
  });

  it('does not cut at a day closed all along, and trims pieces to open days', () => {
    const before = closing('2023-02-18');
    const after = before.map((d) => (d.date === '2023-02-20' ? { ...d, opens: null, closes: null } : d));
    expect(holdingPieces({ from: '2023-02-17', to: '2023-02-21' }, before, after)).toEqual([
      { from: '2023-02-17', to: '2023-02-19' },
      { from: '2023-02-21', to: '2023-02-21' },
    ]);
    // 2/17 closed, 2/18 closed all along: the first piece would start on no open day.
    const after2 = before.map((d) => (d.date === '2023-02-17' ? { ...d, opens: null, closes: null } : d));
    expect(holdingPieces({ from: '2023-02-17', to: '2023-02-19' }, before, after2)).toEqual([{ from: '2023-02-19', to: '2023-02-19' }]);
  });
});

describe('planDayChanges', () => {
  const attendances = [
    { applicationId: 'miyako', days: ['2023-02-17', '2023-02-18', '2023-02-19', '2023-02-20', '2023-02-21'], live: true },
    { applicationId: 'yamakita', days: ['2023-02-19'], live: true },
    { applicationId: 'narita', days: ['2023-02-20', '2023-02-21'], live: true },
    { applicationId: 'withdrawn', days: ['2023-02-19'], live: false },
  ];
  const holdings = [
    { id: 'A1', applicationId: 'miyako', from: '2023-02-17', to: '2023-02-21' },
    { id: 'A5', applicationId: 'yamakita', from: '2023-02-19', to: '2023-02-19' },
    { id: 'A3', applicationId: 'narita', from: '2023-02-20', to: '2023-02-21' },
  ];
  const visits = [
    visit('v1330', '2023-02-19', '13:30', '14:00'),
    visit('v1530', '2023-02-19', '15:30', '16:00'),
    visit('v0930', '2023-02-20', '10:00', '10:30'),
    visit('v1730', '2023-02-21', '17:30', '18:00'),
  ];
  const facts = { attendances, holdings, visits };

  it('closing 2/19 names the applications attending it, splits and deletes their holdings, and lists its visits', () => {
    const plan = planDayChanges(FAIR_2023, closing('2023-02-19'), facts);
    expect(plan).toMatchObject({ removed: [], closed: ['2023-02-19'] });
    expect(plan.applications).toEqual([
      { applicationId: 'miyako', live: true, days: ['2023-02-19'], remaining: ['2023-02-17', '2023-02-18', '2023-02-20', '2023-02-21'] },
      { applicationId: 'yamakita', live: true, days: ['2023-02-19'], remaining: [] },
      { applicationId: 'withdrawn', live: false, days: ['2023-02-19'], remaining: [] },
    ]);
    expect(plan.holdings).toEqual([
      {
        holdingId: 'A1',
        applicationId: 'miyako',
        from: '2023-02-17',
        to: '2023-02-21',
        pieces: [
          { from: '2023-02-17', to: '2023-02-18' },
          { from: '2023-02-20', to: '2023-02-21' },
        ],
      },
      { holdingId: 'A5', applicationId: 'yamakita', from: '2023-02-19', to: '2023-02-19', pieces: [] },
    ]);
    expect(plan.visits.map((v) => [v.visitId, v.reason, v.date, v.start, v.end])).toEqual([
      ['v1330', 'closed', '2023-02-19', '13:30', '14:00'],
      ['v1530', 'closed', '2023-02-19', '15:30', '16:00'],
    ]);
  });

  it('removing 2/19 does the same, with the reason "removed"', () => {
    const plan = planDayChanges(FAIR_2023, removing('2023-02-19'), facts);
    expect(plan).toMatchObject({ removed: ['2023-02-19'], closed: [] });
    expect(plan.applications.map((a) => a.applicationId)).toEqual(['miyako', 'yamakita', 'withdrawn']);
    expect(plan.visits.map((v) => v.reason)).toEqual(['removed', 'removed']);
  });

  it.each([
    ['closing at 17:00 on 2/21 strands the 17:30 visit', hours('2023-02-21', '10:00', '17:00'), ['v1730']],
    ['opening at 10:30 on 2/20 strands the 10:00 visit', hours('2023-02-20', '10:30', '20:00'), ['v0930']],
    ['closing at 16:00 on 2/19: 15:30–16:00 still fits', hours('2023-02-19', '10:00', '16:00'), []],
    ['closing at 15:59 on 2/19: it does not', hours('2023-02-19', '10:00', '15:59'), ['v1530']],
    ['longer hours strand nothing', hours('2023-02-19', '09:00', '21:00'), []],
    ['the same days strand nothing', FAIR_2023, []],
  ])('%s, and no application loses a day', (_name, after, stranded) => {
    const plan = planDayChanges(FAIR_2023, after, facts);
    expect(plan.visits.map((v) => v.visitId)).toEqual(stranded);
    expect(plan.applications).toEqual([]);
    expect(plan.holdings).toEqual([]);
  });

  it('gives the new hours of a day that stays open', () => {
    const [v] = planDayChanges(FAIR_2023, hours('2023-02-21', '10:00', '17:00'), facts).visits;
    expect(v).toEqual({ visitId: 'v1730', date: '2023-02-21', start: '17:30', end: '18:00', reason: 'outsideHours', opens: '10:00', closes: '17:00' });
  });

  it('reads visit times in Japan: an 08:30 start on 2/19 is 2/18 in UTC', () => {
    const early = { id: 'early', startsAt: tokyoInstant('2023-02-19', '08:30'), endsAt: tokyoInstant('2023-02-19', '09:00') };
    expect(early.startsAt.toISOString()).toBe('2023-02-18T23:30:00.000Z');
    const plan = planDayChanges(FAIR_2023, closing('2023-02-19'), { attendances: [], holdings: [], visits: [early] });
    expect(plan.visits).toEqual([expect.objectContaining({ visitId: 'early', date: '2023-02-19', start: '08:30', reason: 'closed' })]);
    expect(planDayChanges(FAIR_2023, closing('2023-02-18'), { attendances: [], holdings: [], visits: [early] }).visits).toEqual([]);
  });

  it('does not count a day closed all along as newly closed when it is removed, but drops attendances of it', () => {
    const before = closing('2023-02-19');
    const plan = planDayChanges(before, removing('2023-02-19'), {
      attendances: [{ applicationId: 'old', days: ['2023-02-19'], live: true }],
      holdings: [],
      visits: [],
    });
    expect(plan).toMatchObject({ removed: ['2023-02-19'], closed: [], applications: [{ applicationId: 'old', days: ['2023-02-19'] }] });
  });
});

describe('openRanges', () => {
  it.each([
    ['all open: the range itself', FAIR_2023, { from: '2023-02-17', to: '2023-02-21' }, [{ from: '2023-02-17', to: '2023-02-21' }]],
    [
      '2/19 closed: cut around it',
      closing('2023-02-19'),
      { from: '2023-02-17', to: '2023-02-21' },
      [
        { from: '2023-02-17', to: '2023-02-18' },
        { from: '2023-02-20', to: '2023-02-21' },
      ],
    ],
    ['2/19 not a day of the fair: not cut', removing('2023-02-19'), { from: '2023-02-17', to: '2023-02-21' }, [{ from: '2023-02-17', to: '2023-02-21' }]],
    ['only the closed day: nothing', closing('2023-02-19'), { from: '2023-02-19', to: '2023-02-19' }, []],
    ['the first day closed: starts on the next', closing('2023-02-17'), { from: '2023-02-17', to: '2023-02-18' }, [{ from: '2023-02-18', to: '2023-02-18' }]],
  ])('%s', (_name, days, range, pieces) => {
    expect(openRanges(range, days)).toEqual(pieces);
  });
});
