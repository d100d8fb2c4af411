import {
  applicationDetailProblems,
  applicationWindowOpen,
  assignmentRangeProblems,
  attendanceProblems,
  withdrawalOutcome,
  canStartAgain,
  attendanceRanges,
  heldDaysDropped,
} from './application-rules';

const days = [
  { date: '2023-02-17', opens: '10:00', closes: '20:00' },
  { date: '2023-02-18', opens: '10:00', closes: '20:00' },
  { date: '2023-02-19', opens: null, closes: null },
  { date: '2023-02-20', opens: '10:00', closes: '20:00' },
  { date: '2023-02-21', opens: '10:00', closes: '18:00' },
];

describe('applicationWindowOpen', () => {
  const at = (iso: string) => new Date(iso);
  const window = { applicationsOpenAt: '2023-01-10T09:00:00+09:00', applicationsCloseAt: '2023-01-31T17:00:00+09:00' };
  it.each([
    ['accepting, inside the window', 'accepting', window, '2023-01-20T12:00:00+09:00', true],
    ['accepting, before it opens', 'accepting', window, '2023-01-10T08:59:00+09:00', false],
    ['accepting, the minute it closes', 'accepting', window, '2023-01-31T17:00:00+09:00', false],
    ['accepting, no window set', 'accepting', { applicationsOpenAt: null, applicationsCloseAt: null }, '2030-01-01T00:00:00Z', true],
    ['a draft, inside the window', 'draft', window, '2023-01-20T12:00:00+09:00', false],
    ['closed, inside the window', 'closed', window, '2023-01-20T12:00:00+09:00', false],
  ])('%s → %s', (_name, status, w, now, expected) => {
    expect(applicationWindowOpen({ status, ...w }, at(now))).toBe(expected);
  });
});

describe('withdrawalOutcome', () => {
  it.each([
    ['submitted', 'withdrawn'],
    ['waitlisted', 'withdrawn'],
    ['accepted', 'declined'],
    ['rejected', null],
    ['withdrawn', null],
    ['declined', null],
    ['draft', null],
  ] as const)('%s → %s', (status, outcome) => {
    expect(withdrawalOutcome(status)).toBe(outcome);
  });
});

describe('canStartAgain', () => {
  it.each([
    ['draft', true],
    ['withdrawn', true],
    ['declined', true],
    ['submitted', false],
    ['accepted', false],
    ['waitlisted', false],
    ['rejected', false],
  ] as const)('%s → %s', (status, again) => {
    expect(canStartAgain(status)).toBe(again);
  });
});

describe('attendanceProblems', () => {
  it.each([
    ['any subset of open days', ['2023-02-17', '2023-02-21'], []],
    ['no day', [], [['days', 'arrayMinSize']]],
    ['a day outside the fair', ['2023-02-16'], [['days.0', 'fairDay']]],
    ['a closed day', ['2023-02-19'], [['days.0', 'closedDay']]],
    ['a day twice', ['2023-02-17', '2023-02-17'], [['days.1', 'unique']]],
  ])('%s', (_name, attending, expected) => {
    expect(attendanceProblems(attending, days).map((p) => [p.field, p.rule])).toEqual(expected);
  });
});

describe('applicationDetailProblems', () => {
  const ok = {
    products: [{ priceMin: 100, priceMax: 500 }],
    permit: { status: 'held', number: '1', healthCentre: '宮古' },
    staffCount: 2,
    staff: [{}],
    loadInTime: '08:30',
  };
  it.each([
    ['a complete application', {}, []],
    ['a price range backwards', { products: [{ priceMin: 500, priceMax: 100 }] }, [['products.0.priceMax', 'atLeastMin']]],
    ['open-ended prices', { products: [{ priceMin: null, priceMax: 100 }] }, []],
    [
      'a held permit without number or centre',
      { permit: { status: 'held', number: ' ', healthCentre: null } },
      [
        ['permit.number', 'requiredWhenHeld'],
        ['permit.healthCentre', 'requiredWhenHeld'],
      ],
    ],
    ['a permit to be arranged', { permit: { status: 'toBeArranged', number: null, healthCentre: null } }, []],
    ['more names than staff', { staffCount: 1, staff: [{}, {}] }, [['staff', 'atMostStaffCount']]],
    ['a load-in time of 24:00', { loadInTime: '24:00' }, [['loadInTime', 'time']]],
  ])('%s', (_name, change, expected) => {
    expect(applicationDetailProblems({ ...ok, ...change }).map((p) => [p.field, p.rule])).toEqual(expected);
  });
});

describe('assignmentRangeProblems', () => {
  const attending = ['2023-02-17', '2023-02-18', '2023-02-20'];
  it.each([
    ['the first two days', { from: '2023-02-17', to: '2023-02-18' }, []],
    ['across the closed day', { from: '2023-02-18', to: '2023-02-20' }, []],
    ['backwards', { from: '2023-02-18', to: '2023-02-17' }, [['to', 'notBeforeFrom']]],
    ['starting before the fair', { from: '2023-02-16', to: '2023-02-17' }, [['from', 'fairDay']]],
    ['ending after the fair', { from: '2023-02-20', to: '2023-02-22' }, [['to', 'fairDay']]],
    ['a day the exhibitor is away', { from: '2023-02-20', to: '2023-02-21' }, [['to', 'notAttending']]],
  ])('%s', (_name, range, expected) => {
    expect(assignmentRangeProblems(range, days, attending).map((p) => [p.field, p.rule])).toEqual(expected);
  });
});

describe('attendanceRanges', () => {
  it.each([
    ['days 1–2 and 4 (the 19th is closed, so 18th and 20th join)', ['2023-02-17', '2023-02-18', '2023-02-20'], [{ from: '2023-02-17', to: '2023-02-20' }]],
    [
      'days 1 and 5',
      ['2023-02-17', '2023-02-21'],
      [
        { from: '2023-02-17', to: '2023-02-17' },
        { from: '2023-02-21', to: '2023-02-21' },
      ],
    ],
    ['nothing', [], []],
  ])('%s', (_name, attending, expected) => {
    expect(attendanceRanges(attending, days)).toEqual(expected);
  });
});

describe('heldDaysDropped', () => {
  const held = [{ from: '2023-02-17', to: '2023-02-20' }];
  it.each([
    ['all held days still attended', ['2023-02-17', '2023-02-18', '2023-02-20'], []],
    ['the closed 19th does not count', ['2023-02-17', '2023-02-18', '2023-02-20', '2023-02-21'], []],
    ['dropping the 20th', ['2023-02-17', '2023-02-18'], ['2023-02-20']],
    ['dropping the 17th, adding the 21st', ['2023-02-18', '2023-02-20', '2023-02-21'], ['2023-02-17']],
  ])('%s', (_name, attending, expected) => {
    expect(heldDaysDropped(held, days, attending)).toEqual(expected);
  });
});
