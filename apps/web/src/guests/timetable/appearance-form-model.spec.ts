import {
  emptyAppearanceForm,
  emptyRepeatForm,
  startOfField,
  toAppearanceInput,
  toRepeatInput,
  validateAppearanceForm,
  validateRepeatForm,
  withDuration,
  withEnd,
  withStart,
} from './appearance-form-model';

describe('appearance form', () => {
  const base = { ...emptyAppearanceForm('2023-02-19', 810, 840), guestId: 'g1' };

  it('keeps end and duration in step', () => {
    expect(withStart(base, '14:30')).toMatchObject({ start: '14:30', end: '15:00', duration: '30' });
    expect(withEnd(base, '14:15')).toMatchObject({ end: '14:15', duration: '45' });
    expect(withDuration(base, '20')).toMatchObject({ end: '13:50', duration: '20' });
    // Half-typed values change nothing else.
    expect(withDuration(base, '')).toMatchObject({ end: '14:00', duration: '' });
    expect(withStart(base, '1')).toMatchObject({ start: '1', end: '14:00' });
  });

  it('asks for a guest, times and an end after the start', () => {
    expect(validateAppearanceForm(base)).toEqual([]);
    expect(validateAppearanceForm({ ...base, guestId: '' }).map((d) => d.field)).toEqual(['guestId']);
    expect(validateAppearanceForm({ ...base, end: '13:00' }).map((d) => d.rule)).toEqual(['endBeforeStart']);
    expect(validateAppearanceForm({ ...base, start: 'abc' }).map((d) => d.rule)).toEqual(['time']);
    expect(validateAppearanceForm({ ...base, location: 'nowhere' }).map((d) => d.field)).toEqual(['location']);
  });

  it('sends the end, not a duration', () => {
    expect(toAppearanceInput({ ...base, location: 'stage:s1', publicNote: '  ' })).toEqual({
      guestId: 'g1',
      date: '2023-02-19',
      start: '13:30',
      end: '14:00',
      durationMinutes: null,
      approximate: false,
      location: { kind: 'stage', stageId: 's1' },
      status: 'planned',
      publicNote: null,
    });
  });
});

describe('repeat form', () => {
  const base = { ...emptyRepeatForm('2023-02-19'), guestId: 'g1', starts: '13:30, 14:30, 15:30' };

  it('starts as the usual visit: 30 minutes, approximate, planned, the whole venue', () => {
    expect(emptyRepeatForm('2023-02-19')).toMatchObject({ duration: '30', approximate: true, status: 'planned', location: 'venue' });
  });

  it('builds the body with the times in order typed', () => {
    expect(validateRepeatForm(base)).toEqual([]);
    expect(toRepeatInput(base)).toMatchObject({ starts: ['13:30', '14:30', '15:30'], durationMinutes: 30, approximate: true, location: { kind: 'venue' } });
  });

  it('says which typed pieces are not times, and refuses repeats and empty lists', () => {
    expect(validateRepeatForm({ ...base, starts: '13:30, 2時' })).toEqual([expect.objectContaining({ field: 'starts', rule: 'time', message: '2時' })]);
    expect(validateRepeatForm({ ...base, starts: '13:30, 13:30' }).map((d) => d.rule)).toEqual(['duplicate']);
    expect(validateRepeatForm({ ...base, starts: '' }).map((d) => d.rule)).toEqual(['required']);
    expect(validateRepeatForm({ ...base, duration: '0' }).map((d) => d.field)).toEqual(['durationMinutes']);
  });

  it('finds the time a starts.N detail is about', () => {
    expect(startOfField('starts.1', ['13:30', '14:30'])).toBe('14:30');
    expect(startOfField('starts.1.start', ['13:30', '14:30'])).toBe('14:30');
    expect(startOfField('location', ['13:30'])).toBeNull();
  });
});
