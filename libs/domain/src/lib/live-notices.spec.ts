import { currentNotices, endOfTokyoDay, fairIsOn, hoursWithNotices, noticeProblems, noticeShownUntil } from './live-notices';

const DAYS = [
  { date: '2023-02-17', opens: '10:00', closes: '18:00' },
  { date: '2023-02-18', opens: '10:00', closes: '17:00' },
  { date: '2023-02-19', opens: null, closes: null },
];

describe('endOfTokyoDay', () => {
  it.each([
    ['2023-02-17', '2023-02-17T15:00:00.000Z'],
    ['2023-12-31', '2023-12-31T15:00:00.000Z'],
    ['2024-02-29', '2024-02-29T15:00:00.000Z'],
  ])('%s ends at %s', (day, iso) => expect(endOfTokyoDay(day).toISOString()).toBe(iso));
});

describe('noticeShownUntil', () => {
  it.each([
    [{ day: null, endsAt: null }, null],
    [{ day: '2023-02-18', endsAt: null }, '2023-02-18T15:00:00.000Z'],
    [{ day: '2023-02-18', endsAt: '2023-02-18T12:00+09:00' }, '2023-02-18T03:00:00.000Z'],
    [{ day: null, endsAt: '2023-02-20T00:00Z' }, '2023-02-20T00:00:00.000Z'],
  ])('%j → %s', (n, iso) => expect(noticeShownUntil(n)?.toISOString() ?? null).toBe(iso));
});

describe('currentNotices (Japan time)', () => {
  const notices = [
    { id: 'whole', day: null, endsAt: null },
    { id: 'day18', day: '2023-02-18', endsAt: null },
    { id: 'until-noon', day: '2023-02-18', endsAt: '2023-02-18T12:00+09:00' },
  ];
  it.each([
    ['before the fair', '2023-02-16T09:00:00Z', ['whole', 'day18', 'until-noon']],
    ['the morning of the 18th', '2023-02-18T01:00:00Z', ['whole', 'day18', 'until-noon']],
    ['the 18th at noon (Japan)', '2023-02-18T03:00:00Z', ['whole', 'day18']],
    ['23:59 on the 18th in Japan (UTC date too)', '2023-02-18T14:59:00Z', ['whole', 'day18']],
    ['00:00 on the 19th in Japan (still the 18th in UTC)', '2023-02-18T15:00:00Z', ['whole']],
  ])('%s', (_label, now, ids) => expect(currentNotices(notices, new Date(now)).map((n) => n.id)).toEqual(ids));
});

describe('fairIsOn', () => {
  it.each([
    ['2023-02-16T14:59:00Z', false],
    ['2023-02-16T15:00:00Z', true],
    ['2023-02-19T14:59:00Z', true],
    ['2023-02-19T15:00:00Z', false],
  ])('%s → %s', (now, on) => expect(fairIsOn(DAYS, new Date(now))).toBe(on));
  it('is off for a fair without days', () => expect(fairIsOn([], new Date())).toBe(false));
});

describe('hoursWithNotices', () => {
  it.each([
    ['no notices', [], DAYS],
    [
      'closing early on the 17th',
      [{ kind: 'closingEarly' as const, day: '2023-02-17', closesAt: '16:00' }],
      [{ ...DAYS[0], closes: '16:00' }, DAYS[1], DAYS[2]],
    ],
    ['the 18th closed', [{ kind: 'closedDay' as const, day: '2023-02-18', closesAt: null }], [DAYS[0], { ...DAYS[1], opens: null, closes: null }, DAYS[2]]],
    ['a plain notice changes nothing', [{ kind: 'notice' as const, day: '2023-02-18', closesAt: null }], DAYS],
    [
      'the earliest of two closings',
      [
        { kind: 'closingEarly' as const, day: '2023-02-17', closesAt: '17:00' },
        { kind: 'closingEarly' as const, day: '2023-02-17', closesAt: '15:30' },
      ],
      [{ ...DAYS[0], closes: '15:30' }, DAYS[1], DAYS[2]],
    ],
  ])('%s', (_label, notices, expected) => expect(hoursWithNotices(DAYS, notices)).toEqual(expected));
});

describe('noticeProblems', () => {
  const fields = (problems: { field: string; rule: string }[]) => problems.map((p) => `${p.field}:${p.rule}`);
  it.each([
    ['a whole-fair notice', { text: '本日は混雑しています' }, []],
    ['a closing early', { kind: 'closingEarly', text: '早じまい', day: '2023-02-17', closesAt: '16:00' }, []],
    ['a closed day', { kind: 'closedDay', text: '休場', day: '2023-02-18' }, []],
    ['with endsAt', { text: 'x', endsAt: '2023-02-17T12:00:00+09:00' }, []],
    ['no text', { text: '  ' }, ['text:required']],
    ['text too long', { text: 'あ'.repeat(501) }, ['text:maxLength']],
    ['textEn not a string', { text: 'x', textEn: 3 }, ['textEn:isString']],
    ['unknown kind', { kind: 'soldOut', text: 'x' }, ['kind:isIn']],
    ['day not a date', { text: 'x', day: '2023-02-30' }, ['day:isDate']],
    ['day not a fair day', { text: 'x', day: '2023-02-20' }, ['day:fairDay']],
    ['closedDay without day', { kind: 'closedDay', text: 'x' }, ['day:required']],
    ['closesAt on a plain notice', { text: 'x', closesAt: '16:00' }, ['closesAt:notAllowed']],
    ['closingEarly without closesAt', { kind: 'closingEarly', text: 'x', day: '2023-02-17' }, ['closesAt:required']],
    ['closesAt not a time', { kind: 'closingEarly', text: 'x', day: '2023-02-17', closesAt: '25:00' }, ['closesAt:isTime']],
    ['closesAt at opening', { kind: 'closingEarly', text: 'x', day: '2023-02-17', closesAt: '10:00' }, ['closesAt:withinHours']],
    ['closesAt at planned closing', { kind: 'closingEarly', text: 'x', day: '2023-02-18', closesAt: '17:00' }, ['closesAt:withinHours']],
    ['closesAt on a closed day', { kind: 'closingEarly', text: 'x', day: '2023-02-19', closesAt: '12:00' }, ['closesAt:closedDay']],
    ['endsAt without offset', { text: 'x', endsAt: '2023-02-17T12:00' }, ['endsAt:isInstant']],
    [
      'everything wrong',
      { kind: 'closingEarly', text: '', day: 'x', closesAt: 'y', endsAt: 1 },
      ['text:required', 'day:isDate', 'closesAt:isTime', 'endsAt:isInstant'],
    ],
  ])('%s', (_label, input, expected) => expect(fields(noticeProblems(input, DAYS))).toEqual(expected));
});
