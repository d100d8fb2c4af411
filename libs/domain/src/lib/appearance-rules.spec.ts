import {
  appearanceHoursProblems,
  appearanceWarnings,
  endOf,
  guestClashes,
  locationClashes,
  clashDetails,
  timesOverlap,
  tokyoInstant,
  type ScheduledAppearance,
} from './appearance-rules';
import { tokyoDateTime } from './fair-calendar';

const day19 = { date: '2023-02-19', opens: '10:00', closes: '20:00' };
const day21 = { date: '2023-02-21', opens: '10:00', closes: '18:00' };
const early = { date: '2023-02-19', opens: '08:30', closes: '20:00' };

describe('tokyoInstant', () => {
  it.each([
    ['2023-02-19', '13:30', '2023-02-19T04:30:00.000Z'],
    // Japan date 19th, UTC date 18th: the day a fair opens at 08:30 JST.
    ['2023-02-19', '08:30', '2023-02-18T23:30:00.000Z'],
    ['2023-02-21', '00:00', '2023-02-20T15:00:00.000Z'],
  ])('%s %s JST is %s, whatever TZ this runs in', (date, time, iso) => {
    const instant = tokyoInstant(date, time);
    expect(instant.toISOString()).toBe(iso);
    expect(tokyoDateTime(instant)).toEqual({ date, time });
  });
});

describe('endOf', () => {
  it.each([
    ['13:30', '14:00', null, '14:00'],
    ['13:30', null, 30, '14:00'],
    ['23:45', null, 15, '24:00'],
    ['23:50', null, 30, null],
    ['13:30', null, null, null],
  ])('start %s, end %s, %s min → %s', (start, end, duration, expected) => {
    if (expected === '24:00') expect(endOf(start, end, duration)).toBeNull();
    else expect(endOf(start, end, duration)).toBe(expected);
  });
});

describe('appearanceHoursProblems', () => {
  it.each([
    ['13:30–14:00 on the 19th', day19, '2023-02-19', '13:30', '14:00', []],
    ['17:30–18:00 on the short last day', day21, '2023-02-21', '17:30', '18:00', []],
    ['17:45–18:15 on the short last day', day21, '2023-02-21', '17:45', '18:15', [['end', 'outsideHours', 'the fair closes at 18:00 on 2023-02-21']]],
    ['19:30–20:00 on a long day', day19, '2023-02-19', '19:30', '20:00', []],
    ['09:30–10:00 before opening', day19, '2023-02-19', '09:30', '10:00', [['start', 'outsideHours', 'the fair opens at 10:00 on 2023-02-19']]],
    ['08:30–09:00 on a day opening at 08:30 JST (UTC date differs)', early, '2023-02-19', '08:30', '09:00', []],
    ['backwards', day19, '2023-02-19', '14:00', '13:30', [['end', 'afterStart', 'the appearance must end after it starts']]],
  ])('%s', (_name, day, date, start, end, expected) => {
    expect(appearanceHoursProblems(day, date, start, end).map((p) => [p.field, p.rule, p.message])).toEqual(expected);
  });

  it.each([
    ['a day the fair does not have', undefined, 'notFairDay'],
    ['a closed day', { date: '2023-02-20', opens: null, closes: null }, 'closedDay'],
  ])('refuses %s', (_name, day, rule) => {
    expect(appearanceHoursProblems(day, '2023-02-20', '13:30', '14:00')[0]).toMatchObject({ field: 'date', rule });
  });
});

const at = (id: string, date: string, start: string, end: string, change: Partial<ScheduledAppearance> = {}): ScheduledAppearance => ({
  id,
  guestId: 'ryoma',
  guestName: 'ハタチの龍馬',
  fairTitle: '交流都市地方物産展',
  venueId: 'aeon',
  locationKey: 'venue:fair',
  locationLabel: '会場全体',
  shared: true,
  startsAt: tokyoInstant(date, start),
  endsAt: tokyoInstant(date, end),
  date,
  start,
  end,
  ...change,
});

describe('timesOverlap', () => {
  it.each([
    ['back to back', '13:30', '14:00', '14:00', '14:30', 0, false],
    ['overlapping by 15 min', '13:30', '14:00', '13:45', '14:15', 0, true],
    ['30 min apart, no buffer', '13:30', '14:00', '14:30', '15:00', 0, false],
    ['30 min apart, 60 min buffer', '13:30', '14:00', '14:30', '15:00', 60, true],
    ['90 min apart, 60 min buffer', '13:30', '14:00', '15:30', '16:00', 60, false],
  ])('%s', (_name, s1, e1, s2, e2, buffer, expected) => {
    expect(timesOverlap(at('a', '2023-02-19', s1, e1), at('b', '2023-02-19', s2, e2), buffer)).toBe(expected);
  });
});

describe('guestClashes', () => {
  const visits = [at('v1', '2023-02-19', '13:30', '14:00'), at('v2', '2023-02-19', '14:30', '15:00'), at('v3', '2023-02-19', '15:30', '16:00')];
  it.each([
    ['moving the 14:30 visit to 15:15 overlaps the 15:30 one', at('v2', '2023-02-19', '15:15', '15:45'), 60, ['v3']],
    ['moving the 14:30 visit to 14:45 overlaps nothing', at('v2', '2023-02-19', '14:45', '15:15'), 60, []],
    ['another guest at the same time', at('x', '2023-02-19', '13:30', '14:00', { guestId: 'other' }), 60, []],
    ['another venue 30 min after, with a 60 min travel buffer', at('x', '2023-02-19', '16:30', '17:00', { venueId: 'kyurian' }), 60, ['v3']],
    ['another venue 90 min after', at('x', '2023-02-19', '17:30', '18:00', { venueId: 'kyurian' }), 60, []],
    ['another day', at('x', '2023-02-20', '13:30', '14:00'), 60, []],
  ])('%s', (_name, candidate, buffer, expected) => {
    expect(guestClashes(candidate, visits, buffer).map((c) => c.id)).toEqual(expected);
  });

  it('names the other party in the refusal', () => {
    const candidate = at('v2', '2023-02-19', '15:15', '15:45');
    const [detail] = clashDetails(guestClashes(candidate, visits, 60), [], 60, candidate);
    expect(detail).toMatchObject({ field: 'start', rule: 'guestBusy', meta: { appearanceId: 'v3', start: '15:30', end: '16:00' } });
    expect(detail.message).toBe('ハタチの龍馬 is at 交流都市地方物産展 2023-02-19 15:30–16:00 (会場全体)');
  });
});

describe('locationClashes', () => {
  const stage = { locationKey: 'stage:s1', locationLabel: 'ステージ', shared: false };
  const taiko = at('t1', '2023-02-19', '13:00', '13:45', { ...stage, guestId: 'taiko', guestName: '山北町 太鼓' });
  it.each([
    ['the same stage, overlapping', at('x', '2023-02-19', '13:30', '14:00', stage), ['t1']],
    ['the same stage, after', at('x', '2023-02-19', '13:45', '14:15', stage), []],
    ['a shared stage', at('x', '2023-02-19', '13:30', '14:00', { ...stage, shared: true }), []],
    ['another stage', at('x', '2023-02-19', '13:30', '14:00', { ...stage, locationKey: 'stage:s2' }), []],
  ])('%s', (_name, candidate, expected) => {
    expect(locationClashes(candidate, [taiko]).map((c) => c.id)).toEqual(expected);
  });
});

describe('appearanceWarnings', () => {
  it.each([
    ['a visit in the afternoon', '14:00', day19, null, []],
    ['ending 17:50 on the day closing at 18:00', '17:50', day21, null, ['nearClosing']],
    ['ending 17:45 on the day closing at 18:00', '17:45', day21, null, []],
    ['at a booth whose exhibitor is away', '14:00', day19, { code: 'A1', exhibitorPresent: false }, ['exhibitorAbsent']],
    ['at a booth whose exhibitor is there', '14:00', day19, { code: 'A1', exhibitorPresent: true }, []],
  ])('%s', (_name, end, day, atBooth, expected) => {
    expect(appearanceWarnings({ date: day.date, end, day, atBooth }).map((w) => w.rule)).toEqual(expected);
  });
});
