import { japaneseHoliday } from '@bussanten/domain';
import {
  DEFAULT_HOURS,
  EMPTY_FAIR_FORM,
  addDay,
  datesBetween,
  fairControlId,
  generateDays,
  isoToTokyoLocal,
  nextDate,
  rangeProblems,
  toFairInput,
  tokyoLocalToIso,
  validateFairForm,
  valuesFromFair,
  type FairFormValues,
} from './form-model';
import type { Fair } from '@bussanten/contracts';

const filled = (over: Partial<FairFormValues> = {}): FairFormValues => ({
  ...EMPTY_FAIR_FORM,
  title: '交流都市地方物産展',
  slug: 'koryu-toshi-2024',
  roomId: '6f1f2b9e-5a0c-4d8e-9c1a-1d2e3f4a5b6c',
  days: generateDays('2023-02-17', '2023-02-21'),
  ...over,
});

describe('fair form: days', () => {
  it('steps over month ends and leap days', () => {
    expect(nextDate('2023-02-28')).toBe('2023-03-01');
    expect(nextDate('2024-02-28')).toBe('2024-02-29');
    expect(nextDate('2023-12-31')).toBe('2024-01-01');
  });

  it('lists every date of a range, both ends included', () => {
    expect(datesBetween('2023-02-17', '2023-02-21')).toEqual(['2023-02-17', '2023-02-18', '2023-02-19', '2023-02-20', '2023-02-21']);
    expect(datesBetween('2023-02-21', '2023-02-17')).toEqual([]);
    expect(datesBetween('2023-02-30', '2023-03-02')).toEqual([]);
  });

  it('makes days with 10:00–20:00 and keeps hours typed into dates that stay', () => {
    const days = generateDays('2023-02-17', '2023-02-21');
    expect(days).toHaveLength(5);
    expect(days[0]).toEqual({ date: '2023-02-17', ...DEFAULT_HOURS, closed: false });
    const edited = days.map((d) => (d.date === '2023-02-21' ? { ...d, closes: '18:00' } : d));
    const longer = generateDays('2023-02-17', '2023-02-23', edited);
    expect(longer).toHaveLength(7);
    expect(longer.find((d) => d.date === '2023-02-21')?.closes).toBe('18:00');
    expect(longer[6]).toEqual({ date: '2023-02-23', ...DEFAULT_HOURS, closed: false });
  });

  it('marks 2023-02-23 as 天皇誕生日 (the rows show it through the domain calendar)', () => {
    expect(japaneseHoliday('2023-02-23')?.name).toBe('天皇誕生日');
  });

  it('adds the day after the latest one, with its hours', () => {
    const days = [
      { date: '2023-02-18', opens: '10:00', closes: '18:00', closed: false },
      { date: '2023-02-17', opens: '10:00', closes: '20:00', closed: false },
    ];
    expect(addDay(days, '')[2]).toEqual({ date: '2023-02-19', opens: '10:00', closes: '18:00', closed: false });
    expect(addDay([], '2023-02-17')).toEqual([{ date: '2023-02-17', ...DEFAULT_HOURS, closed: false }]);
    expect(addDay([], '')).toEqual([]);
  });

  it('refuses a range that runs backwards, is empty or is too long', () => {
    expect(rangeProblems('', '').map((p) => `${p.field}:${p.rule}`)).toEqual(['firstDate:required', 'lastDate:required']);
    expect(rangeProblems('2023-02-21', '2023-02-17').map((p) => p.rule)).toEqual(['notBeforeFirst']);
    expect(rangeProblems('2023-01-01', '2023-03-31').map((p) => p.rule)).toEqual(['tooManyDays']);
    expect(rangeProblems('2023-02-17', '2023-02-21')).toEqual([]);
  });
});

describe('fair form: Japan time', () => {
  it('reads a datetime-local value as Japan time', () => {
    expect(tokyoLocalToIso('2023-01-10T09:00')).toBe('2023-01-10T09:00:00+09:00');
    expect(tokyoLocalToIso('')).toBeNull();
    expect(tokyoLocalToIso('2023-02-30T09:00')).toBeUndefined();
    expect(tokyoLocalToIso('tomorrow')).toBeUndefined();
  });

  it('shows an instant from the API as Japan wall time, wherever the browser is', () => {
    expect(isoToTokyoLocal('2023-01-10T00:00:00.000Z')).toBe('2023-01-10T09:00');
    expect(isoToTokyoLocal('2023-01-31T17:00:00+09:00')).toBe('2023-01-31T17:00');
    expect(isoToTokyoLocal(null)).toBe('');
  });
});

describe('fair form: checks and body', () => {
  it('accepts a complete form and sends closed days as nulls', () => {
    const v = filled();
    v.days[1] = { ...v.days[1]!, closed: true };
    v.days[4] = { ...v.days[4]!, closes: '18:00' };
    expect(validateFairForm(v)).toEqual([]);
    const input = toFairInput({ ...v, titleEn: '  ', applicationsOpenAt: '2023-01-10T09:00', applicationsCloseAt: '2023-01-31T17:00' });
    expect(input.titleEn).toBeNull();
    expect(input.days[1]).toEqual({ date: '2023-02-18', opens: null, closes: null });
    expect(input.days[4]).toEqual({ date: '2023-02-21', opens: '10:00', closes: '18:00' });
    expect(input.applicationsOpenAt).toBe('2023-01-10T09:00:00+09:00');
  });

  it('names problems the way the API does, so both land on the same control', () => {
    const v = filled({ title: ' ', slug: 'Koryu 2024', roomId: '', applicationsOpenAt: '2023-02-01T09:00', applicationsCloseAt: '2023-01-31T17:00' });
    v.days[4] = { ...v.days[4]!, closes: '09:00' };
    expect(validateFairForm(v).map((p) => `${p.field}:${p.rule}`)).toEqual([
      'title:required',
      'slug:matches',
      'roomId:required',
      'days.4.closes:afterOpening',
      'applicationsCloseAt:afterOpening',
    ]);
  });

  it('wants at least one day', () => {
    expect(validateFairForm(filled({ days: [] })).map((p) => p.field)).toEqual(['days']);
  });

  it('points a day problem at the row control', () => {
    expect(fairControlId('days.4.closes')).toBe('fair-day-4-closes');
    expect(fairControlId('days.2.date')).toBe('fair-day-2-opens');
    expect(fairControlId('days')).toBe('fair-firstDate');
    expect(fairControlId('slug')).toBe('fair-slug');
    expect(fairControlId('somethingElse')).toBeNull();
  });

  it('starts the edit form from the saved fair, closed days ticked', () => {
    const fair = {
      title: 'T',
      titleEn: null,
      slug: 's',
      room: { id: 'r', name: 'R', widthM: 20, depthM: 12 },
      description: null,
      applicationsOpenAt: '2023-01-10T00:00:00.000Z',
      applicationsCloseAt: null,
      days: [
        { date: '2023-02-17', opens: '10:00', closes: '20:00', holiday: null },
        { date: '2023-02-18', opens: null, closes: null, holiday: null },
      ],
    } as unknown as Fair;
    const v = valuesFromFair(fair);
    expect(v.days[1]).toEqual({ date: '2023-02-18', ...DEFAULT_HOURS, closed: true });
    expect(v.applicationsOpenAt).toBe('2023-01-10T09:00');
    expect(v.roomId).toBe('r');
  });
});
