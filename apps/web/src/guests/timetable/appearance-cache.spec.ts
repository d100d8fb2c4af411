import type { Appearance } from '@bussanten/contracts';
import { appearancesNameGuest, isAppearancesKey, movedAppearance, restoreAppearance, withAppearance } from './appearance-cache';

const appearance = (id: string, start: string, end: string): Appearance => ({
  id,
  fairId: 'f',
  guest: { id: 'g', name: '龍馬', nameEn: null, kind: 'mascot' },
  date: '2027-02-19',
  start,
  end,
  startsAt: `2027-02-19T${start}:00+09:00`,
  endsAt: `2027-02-19T${end}:00+09:00`,
  approximate: false,
  location: { kind: 'venue' },
  locationLabel: '会場全体',
  status: 'confirmed',
  publicNote: null,
  warnings: [],
});
const times = (list: readonly Appearance[]) => list.map((a) => `${a.id} ${a.start}–${a.end}`);

describe('the appearances in the cache', () => {
  it('draws a moved appearance at its new time and place (instants in Japan time)', () => {
    const a = appearance('a', '13:30', '14:00');
    const moved = movedAppearance(
      a,
      {
        guestId: 'g',
        date: '2027-02-20',
        start: '15:00',
        end: '15:30',
        durationMinutes: null,
        approximate: false,
        location: { kind: 'stage', stageId: 's' },
        status: 'confirmed',
        publicNote: null,
      },
      'ステージ',
    );
    expect(moved).toMatchObject({
      id: 'a',
      date: '2027-02-20',
      start: '15:00',
      end: '15:30',
      location: { kind: 'stage', stageId: 's' },
      locationLabel: 'ステージ',
    });
    expect(new Date(moved.startsAt).toISOString()).toBe('2027-02-20T06:00:00.000Z');
    expect(new Date(moved.endsAt).toISOString()).toBe('2027-02-20T06:30:00.000Z');
  });

  it('puts back only the refused appearance, as the snapshot had it', () => {
    const snapshot = [appearance('a', '13:30', '14:00'), appearance('b', '15:00', '15:30')];
    const now = withAppearance(withAppearance(snapshot, appearance('a', '14:45', '15:15')), appearance('b', '16:00', '16:30'));
    expect(times(now)).toEqual(['a 14:45–15:15', 'b 16:00–16:30']);
    expect(times(restoreAppearance(now, snapshot, 'a'))).toEqual(['a 13:30–14:00', 'b 16:00–16:30']);
    expect(times(restoreAppearance([...now, appearance('c', '10:00', '10:30')], snapshot, 'c'))).toEqual(['a 14:45–15:15', 'b 16:00–16:30']);
  });

  it('knows the keys holding appearances (the lists and the dry runs), and which guest changes show in them', () => {
    expect(isAppearancesKey(['guests', 'fair', 'f', 'appearances'])).toBe(true);
    expect(isAppearancesKey(['guests', 'fair', 'f', 'appearances', 'check', null, '{}'])).toBe(true);
    expect(isAppearancesKey(['guests', 'fair', 'f', 'stages'])).toBe(false);
    expect(isAppearancesKey(['guests', 'list'])).toBe(false);
    const g = { name: '龍馬', nameEn: null, kind: 'mascot' as const };
    expect(appearancesNameGuest(g, { ...g })).toBe(false);
    expect(appearancesNameGuest(g, { ...g, name: 'ハタチの龍馬' })).toBe(true);
    expect(appearancesNameGuest(g, { ...g, kind: 'performer' as never })).toBe(true);
  });
});
