import type { ApplicationSummary, Assignment, Booth } from '@bussanten/contracts';
import {
  boothNeedsOf,
  boothStateOn,
  checkPlacement,
  compareBoothCodes,
  dropRange,
  lackingBoothIds,
  problemSentences,
  takenBy,
  unplacedOn,
} from './assign-model';

const DAYS = [
  { date: '2023-02-17', opens: '10:00', closes: '20:00' },
  { date: '2023-02-18', opens: '10:00', closes: '20:00' },
  { date: '2023-02-19', opens: '10:00', closes: '20:00' },
  { date: '2023-02-20', opens: null, closes: null },
  { date: '2023-02-21', opens: '10:00', closes: '18:00' },
];
const NO_NEEDS = { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false };

function app(id: string, name: string, days: string[], extra: Partial<ApplicationSummary> = {}): ApplicationSummary {
  return {
    id,
    fairId: 'f',
    fairTitle: 'fair',
    municipality: { id: `m-${id}`, name, prefecture: '岩手県' },
    status: 'accepted',
    days,
    needs: NO_NEEDS,
    productNames: [],
    tieLabel: null,
    assignments: [],
    enteredByOrganizer: false,
    submittedAt: '2023-01-01T00:00:00Z',
    updatedAt: '2023-01-01T00:00:00Z',
    ...extra,
  };
}
function booth(id: string, code: string, extra: Partial<Booth> = {}): Booth {
  return {
    id,
    code,
    x: 0,
    y: 0,
    width: 3,
    depth: 2,
    areaM2: 6,
    prime: 0,
    powerWatts: 0,
    fridge: false,
    freezer: false,
    water: false,
    cookingAllowed: false,
    tags: [],
    zone: null,
    ...extra,
  };
}
function held(id: string, applicationId: string, boothId: string, from: string, to: string, municipalityName: string): Assignment {
  return { id, applicationId, boothId, boothCode: boothId.toUpperCase(), from, to, overridden: false, pinned: false, municipalityName };
}

describe('assign model', () => {
  it('orders booth codes as people read them', () => {
    expect(
      ['A10', 'B1', 'A2', 'A1']
        .map((code) => ({ code }))
        .sort(compareBoothCodes)
        .map((b) => b.code),
    ).toEqual(['A1', 'A2', 'A10', 'B1']);
  });

  it('asks nothing of a booth for "any area" and "no power"', () => {
    expect(boothNeedsOf(NO_NEEDS)).toEqual({ minAreaM2: undefined, powerWatts: undefined, fridge: false, freezer: false, water: false });
  });

  it('colours a booth by who holds it that day', () => {
    const a = [held('h1', 'miyako', 'a1', '2023-02-17', '2023-02-19', '宮古市')];
    expect(boothStateOn('a1', '2023-02-18', a, null)).toBe('taken');
    expect(boothStateOn('a1', '2023-02-18', a, 'miyako')).toBe('mine');
    expect(boothStateOn('a1', '2023-02-21', a, null)).toBe('free');
    expect(boothStateOn('a2', '2023-02-18', a, null)).toBe('free');
  });

  it('lists as cards the accepted applications attending the day without a booth that day', () => {
    const apps = [
      app('miyako', '宮古市', ['2023-02-17', '2023-02-18']),
      app('yamakita', '山北町', ['2023-02-17']),
      app('waiting', '待機町', ['2023-02-17'], { status: 'waitlisted' }),
      app('later', '後日村', ['2023-02-21']),
    ];
    const a = [held('h1', 'yamakita', 'a1', '2023-02-17', '2023-02-17', '山北町')];
    expect(unplacedOn(apps, '2023-02-17', a).map((x) => x.id)).toEqual(['miyako']);
  });

  it('drops the run of attended days around the day, across the closed day only if attended on both sides', () => {
    const miyako = app('miyako', '宮古市', ['2023-02-17', '2023-02-18', '2023-02-19', '2023-02-21']);
    // The 20th is closed, so 19th and 21st are consecutive fair days.
    expect(dropRange(miyako, DAYS, '2023-02-18', [])).toEqual({ from: '2023-02-17', to: '2023-02-21' });
    const gap = app('gap', '間町', ['2023-02-17', '2023-02-19']);
    expect(dropRange(gap, DAYS, '2023-02-19', [])).toEqual({ from: '2023-02-19', to: '2023-02-19' });
    expect(dropRange(gap, DAYS, '2023-02-18', [])).toBeNull();
  });

  it('never overlaps the application’s own earlier holding', () => {
    const miyako = app('miyako', '宮古市', ['2023-02-17', '2023-02-18', '2023-02-19']);
    const own = [held('h1', 'miyako', 'a1', '2023-02-17', '2023-02-17', '宮古市')];
    expect(dropRange(miyako, DAYS, '2023-02-19', own)).toEqual({ from: '2023-02-18', to: '2023-02-19' });
    expect(dropRange(miyako, DAYS, '2023-02-17', own)).toBeNull();
  });

  it('tells what stands in the way: missing facilities and other holders', () => {
    const needy = app('yamakita', '山北町', ['2023-02-17', '2023-02-18'], { needs: { ...NO_NEEDS, fridge: true, powerWatts: 1500 } });
    const a1 = booth('a1', 'A1', { powerWatts: 1000 });
    const taken = [held('h1', 'miyako', 'a1', '2023-02-18', '2023-02-19', '宮古市'), held('h2', 'other', 'a2', '2023-02-17', '2023-02-17', '他市')];
    const check = checkPlacement(needy, a1, { from: '2023-02-17', to: '2023-02-18' }, taken);
    expect(check.conflicts.map((c) => c.id)).toEqual(['h1']);
    expect(problemSentences(check, 'ja')).toEqual([
      '電源が足りません（必要 1,500 W、このブース 1,000 W）',
      '冷蔵庫がありません',
      '2月18日〜2月19日は宮古市が使用中',
    ]);
    expect(problemSentences(checkPlacement(app('x', 'x', []), booth('a3', 'A3'), { from: '2023-02-17', to: '2023-02-17' }, taken), 'ja')).toEqual([]);
  });

  it('shades the booths lacking what the application needs', () => {
    const booths = [booth('a1', 'A1', { fridge: true }), booth('a2', 'A2'), booth('a3', 'A3', { areaM2: 4 })];
    expect([...lackingBoothIds(booths, { ...NO_NEEDS, fridge: true })]).toEqual(['a2', 'a3']);
    expect([...lackingBoothIds(booths, { ...NO_NEEDS, minAreaM2: 5 })]).toEqual(['a3']);
  });

  it('reads the holder from a 409 BOOTH_TAKEN', () => {
    expect(takenBy([{ rule: 'boothTaken', meta: { holder: '宮古市', applicationId: 'app-1', from: '2023-02-17', to: '2023-02-19' } }])).toEqual({
      holder: '宮古市',
      from: '2023-02-17',
      to: '2023-02-19',
    });
    expect(takenBy([{ rule: 'boothTaken', meta: { holder: 3 } }])).toBeNull();
  });
});
