import type { PublicAppearance, PublicExhibitor, PublicFair } from '@bussanten/contracts';
import { releaseChanges, withSequences } from './release-changes';

const exhibitor = (id: string, name: string, code: string, change: Partial<PublicExhibitor> = {}): PublicExhibitor => ({
  id,
  name,
  nameEn: null,
  prefecture: '岩手県',
  tieLabel: null,
  ties: [],
  products: [],
  booths: [{ code, from: '2023-02-17', to: '2023-02-21' }],
  days: ['2023-02-17'],
  ...change,
});
const visit = (id: string, start: string, end: string, change: Partial<PublicAppearance> = {}): PublicAppearance => ({
  id,
  guest: { name: 'ハタチの龍馬', nameEn: null, kind: 'ambassador', profile: null, profileEn: null, photoUrl: null },
  date: '2023-02-19',
  start,
  end,
  startsAt: `2023-02-19T${start}:00+09:00`,
  endsAt: `2023-02-19T${end}:00+09:00`,
  approximate: true,
  locationLabel: '会場全体',
  status: 'mayChange',
  note: null,
  sequence: 0,
  ...change,
});
const fair = (change: Partial<PublicFair> = {}): PublicFair => ({
  schemaVersion: 1,
  release: { version: 1, publishedAt: '2023-02-01T00:00:00Z', note: null },
  fair: { slug: 'f', title: 'f', titleEn: null, description: null, programme: null, hostName: '品川区', hostNameEn: null },
  venue: { name: 'v', address: 'a', roomName: 'r', mapUrl: 'm' },
  days: [{ date: '2023-02-17', opens: '10:00', closes: '20:00', holiday: null, short: false }],
  exhibitors: [exhibitor('miyako', '宮古市', 'A1')],
  appearances: [visit('v1', '14:30', '15:00')],
  plan: { widthM: 30, depthM: 20, booths: [] },
  changes: [],
  ...change,
});

describe('releaseChanges', () => {
  it('has nothing to say about a first release', () => {
    expect(releaseChanges(null, fair())).toEqual([]);
  });

  it.each([
    ['nothing changed', fair(), []],
    [
      'an exhibitor added',
      fair({ exhibitors: [exhibitor('miyako', '宮古市', 'A1'), exhibitor('yamakita', '山北町', 'A5')] }),
      [['exhibitorAdded', '山北町', null, 'A5 2023-02-17–2023-02-21']],
    ],
    ['an exhibitor withdrawn', fair({ exhibitors: [] }), [['exhibitorWithdrawn', '宮古市', 'A1 2023-02-17–2023-02-21', null]]],
    [
      'a booth moved',
      fair({ exhibitors: [exhibitor('miyako', '宮古市', 'A2')] }),
      [['boothMoved', '宮古市', 'A1 2023-02-17–2023-02-21', 'A2 2023-02-17–2023-02-21']],
    ],
    [
      'days present changed',
      fair({ exhibitors: [exhibitor('miyako', '宮古市', 'A1', { days: ['2023-02-17', '2023-02-18'] })] }),
      [['exhibitorDaysChanged', '宮古市', '2023-02-17', '2023-02-17, 2023-02-18']],
    ],
    [
      'hours changed',
      fair({ days: [{ date: '2023-02-17', opens: '10:00', closes: '18:00', holiday: null, short: false }] }),
      [['hoursChanged', '2023-02-17', '10:00–20:00', '10:00–18:00']],
    ],
    [
      'a visit moved',
      fair({ appearances: [visit('v1', '14:45', '15:15')] }),
      [['appearanceMoved', 'ハタチの龍馬', '2023-02-19 14:30–15:00 会場全体', '2023-02-19 14:45–15:15 会場全体']],
    ],
    [
      'a visit cancelled',
      fair({ appearances: [visit('v1', '14:30', '15:00', { status: 'cancelled' })] }),
      [['appearanceCancelled', 'ハタチの龍馬', '2023-02-19 14:30–15:00 会場全体', null]],
    ],
    ['a visit removed', fair({ appearances: [] }), [['appearanceRemoved', 'ハタチの龍馬', '2023-02-19 14:30–15:00 会場全体', null]]],
    [
      'a visit added',
      fair({ appearances: [visit('v1', '14:30', '15:00'), visit('v2', '15:30', '16:00')] }),
      [['appearanceAdded', 'ハタチの龍馬', null, '2023-02-19 15:30–16:00 会場全体']],
    ],
  ])('%s', (_name, next, expected) => {
    expect(releaseChanges(fair(), next).map((c) => [c.kind, c.subject, c.before, c.after])).toEqual(expected);
  });
});

describe('releaseChanges in English', () => {
  it('gives an exhibitor’s English name, and nothing English for one without', () => {
    const prev = fair({ exhibitors: [exhibitor('miyako', '宮古市', 'A1', { nameEn: 'Miyako' }), exhibitor('narita', '成田市', 'A3')] });
    const next = fair({ exhibitors: [exhibitor('miyako', '宮古市', 'A2', { nameEn: 'Miyako' }), exhibitor('narita', '成田市', 'A4')] });
    const [miyako, narita] = releaseChanges(prev, next);
    expect(miyako.en).toEqual({ subject: 'Miyako', before: 'A1 2023-02-17–2023-02-21', after: 'A2 2023-02-17–2023-02-21' });
    expect(narita.en).toBeUndefined();
  });

  it('gives a visit’s guest and place in English, before and after', () => {
    const english = (start: string, end: string) =>
      visit('v1', start, end, {
        guest: { name: 'ハタチの龍馬', nameEn: 'Hatachi no Ryoma', kind: 'ambassador', profile: null, profileEn: null, photoUrl: null },
        locationLabelEn: 'Whole venue',
      });
    const [moved] = releaseChanges(fair({ appearances: [english('14:30', '15:00')] }), fair({ appearances: [english('15:00', '15:30')] }));
    expect(moved).toMatchObject({
      subject: 'ハタチの龍馬',
      before: '2023-02-19 14:30–15:00 会場全体',
      en: { subject: 'Hatachi no Ryoma', before: '2023-02-19 14:30–15:00 Whole venue', after: '2023-02-19 15:00–15:30 Whole venue' },
    });
    const [removed] = releaseChanges(fair({ appearances: [english('14:30', '15:00')] }), fair({ appearances: [] }));
    expect(removed.en).toEqual({ subject: 'Hatachi no Ryoma', before: '2023-02-19 14:30–15:00 Whole venue', after: null });
  });
});

describe('withSequences', () => {
  it.each([
    ['a new appearance starts at 0', null, 0],
    ['an unchanged one keeps its number', fair({ appearances: [visit('v1', '14:30', '15:00', { sequence: 2 })] }), 2],
    ['a moved one counts up', fair({ appearances: [visit('v1', '14:00', '14:30', { sequence: 2 })] }), 3],
  ])('%s', (_name, prev, expected) => {
    expect(withSequences(prev, fair()).appearances[0].sequence).toBe(expected);
  });
});

describe('withSequences for the fair days', () => {
  const day = (date: string, closes = '20:00', change: Partial<PublicFair['days'][number]> = {}) => ({
    date,
    opens: '10:00',
    closes,
    holiday: null,
    short: false,
    ...change,
  });
  const v2 = (days: PublicFair['days'], change: Partial<PublicFair> = {}) =>
    fair({ release: { version: 2, publishedAt: '2023-02-10T00:00:00Z', note: null }, days, ...change });
  const prevWith = (days: PublicFair['days']) => fair({ days });

  it.each<[string, PublicFair | null, PublicFair, [number, string], number?]>([
    ['the first release numbers every day with its version minus one, modified then', null, v2([day('2023-02-17')]), [1, '2023-02-10T00:00:00Z']],
    [
      'an unchanged day keeps its number and time',
      prevWith([day('2023-02-17', '20:00', { sequence: 3, modifiedAt: '2023-01-05T00:00:00Z' })]),
      v2([day('2023-02-17')]),
      [3, '2023-01-05T00:00:00Z'],
    ],
    [
      'a day whose hours change counts up, modified now',
      prevWith([day('2023-02-17', '20:00', { sequence: 3, modifiedAt: '2023-01-05T00:00:00Z' })]),
      v2([day('2023-02-17', '18:00')]),
      [4, '2023-02-10T00:00:00Z'],
    ],
    [
      'a renamed fair changes every day’s event',
      prevWith([day('2023-02-17', '20:00', { sequence: 0 })]),
      v2([day('2023-02-17')], { fair: { ...fair().fair, title: '新しい名前' } }),
      [1, '2023-02-10T00:00:00Z'],
    ],
    [
      'a release from before per-day numbers counts from its version minus one',
      prevWith([day('2023-02-17')]),
      v2([day('2023-02-17')]),
      [0, '2023-02-01T00:00:00Z'],
    ],
    [
      'a day first seen now starts at this release’s number',
      prevWith([day('2023-02-17')]),
      v2([day('2023-02-17'), day('2023-02-18')]),
      [1, '2023-02-10T00:00:00Z'],
      1,
    ],
  ])('%s', (_name, prev, next, [sequence, modifiedAt], index = 0) => {
    const days = withSequences(prev, next).days;
    expect(days[index]).toMatchObject({ sequence, modifiedAt });
  });

  it('marks an appearance with the time of the release that last changed it', () => {
    const prev = fair({ appearances: [visit('v1', '14:30', '15:00', { sequence: 1, modifiedAt: '2023-01-20T00:00:00Z' })] });
    const same = withSequences(prev, fair({ release: { version: 2, publishedAt: '2023-02-10T00:00:00Z', note: null } }));
    expect(same.appearances[0]).toMatchObject({ sequence: 1, modifiedAt: '2023-01-20T00:00:00Z' });
    const moved = withSequences(
      prev,
      fair({ release: { version: 2, publishedAt: '2023-02-10T00:00:00Z', note: null }, appearances: [visit('v1', '15:00', '15:30')] }),
    );
    expect(moved.appearances[0]).toMatchObject({ sequence: 2, modifiedAt: '2023-02-10T00:00:00Z' });
  });
});
