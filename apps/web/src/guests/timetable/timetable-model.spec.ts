import type { Appearance, Booth } from '@bussanten/contracts';
import { blockName, columnsFor, hoursOf, inputOf, locationFromKey, locationKey, placeLabel } from './timetable-model';

const booth = (id: string, code: string) => ({ id, code }) as Booth;
const places = {
  stages: [{ id: 's1', name: 'ステージ', nameEn: 'Stage', shared: false }],
  booths: [booth('b10', 'A10'), booth('b2', 'A2'), booth('b1', 'A1')],
  assignments: [
    {
      id: 'as',
      applicationId: 'ap',
      boothId: 'b1',
      boothCode: 'A1',
      from: '2023-02-17',
      to: '2023-02-19',
      overridden: false,
      pinned: false,
      municipalityName: '宮古市',
    },
  ],
};
const at = (location: Appearance['location'], date = '2023-02-19') => ({ date, location }) as Appearance;

describe('timetable model', () => {
  it('round-trips locations through their keys', () => {
    for (const l of [{ kind: 'venue' }, { kind: 'stage', stageId: 's1' }, { kind: 'booth', boothId: 'b:1' }] as const) {
      expect(locationFromKey(locationKey(l))).toEqual(l);
    }
    expect(locationFromKey('booth:')).toBeNull();
    expect(locationFromKey('hall:1')).toBeNull();
  });

  it('names places as the column headers do', () => {
    expect(placeLabel({ kind: 'venue' }, '2023-02-19', places, 'ja')).toBe('会場全体');
    expect(placeLabel({ kind: 'stage', stageId: 's1' }, '2023-02-19', places, 'en')).toBe('Stage');
    expect(placeLabel({ kind: 'booth', boothId: 'b1' }, '2023-02-19', places, 'ja')).toBe('A1 宮古市');
    expect(placeLabel({ kind: 'booth', boothId: 'b1' }, '2023-02-20', places, 'ja')).toBe('A1');
  });

  it('shows the venue and stages always, booths only when used that day or added', () => {
    const keys = (added: string[]) =>
      columnsFor('2023-02-19', [at({ kind: 'booth', boothId: 'b10' }), at({ kind: 'booth', boothId: 'b2' }, '2023-02-20')], places, added, 'ja').map(
        (c) => c.key,
      );
    expect(keys([])).toEqual(['venue', 'stage:s1', 'booth:b10']);
    expect(keys(['booth:b2'])).toEqual(['venue', 'stage:s1', 'booth:b2', 'booth:b10']);
  });

  it('reads a day’s hours; a closed day has none', () => {
    expect(hoursOf({ date: '2023-02-21', opens: '10:00', closes: '18:00' })).toEqual({ opens: 600, closes: 1080 });
    expect(hoursOf({ date: '2023-02-22', opens: null, closes: null })).toBeNull();
    expect(hoursOf(undefined)).toBeNull();
  });

  it('names a block for screen readers and tests', () => {
    expect(blockName('ハタチの龍馬', '13:30', '14:00', '会場全体')).toBe('ハタチの龍馬 13:30–14:00 会場全体');
  });

  it('builds the moved appearance’s body', () => {
    const a = {
      guest: { id: 'g1', name: '龍馬', nameEn: null, kind: 'ambassador' },
      date: '2023-02-19',
      start: '13:30',
      end: '14:00',
      approximate: true,
      location: { kind: 'venue' },
      status: 'mayChange',
      publicNote: '日程は変更となる場合があります',
    } as Appearance;
    expect(inputOf(a, { start: 840, end: 870, location: { kind: 'stage', stageId: 's1' } })).toEqual({
      guestId: 'g1',
      date: '2023-02-19',
      start: '14:00',
      end: '14:30',
      durationMinutes: null,
      approximate: true,
      location: { kind: 'stage', stageId: 's1' },
      status: 'mayChange',
      publicNote: '日程は変更となる場合があります',
    });
  });
});
