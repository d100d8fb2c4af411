import { decisionsFor, fairGroups, missingFacilityText, missingFromDetails, needsPhrases, windowLabel, windowState } from './labels';

describe('application labels', () => {
  it('words what a booth lacks', () => {
    expect(missingFacilityText({ facility: 'fridge' }, 'ja')).toBe('冷蔵庫がありません');
    expect(missingFacilityText({ facility: 'water' }, 'ja')).toBe('水道がありません');
    expect(missingFacilityText({ facility: 'power', needed: 1500, available: 1000 }, 'ja')).toBe('電源が足りません（必要 1,500 W、このブース 1,000 W）');
    expect(missingFacilityText({ facility: 'area', needed: 6, available: 4.5 }, 'en')).toBe('Too small (needs 6 m², booth has 4.5 m²)');
  });

  it('reads the lacking facilities of a 422 and ignores what it does not understand', () => {
    expect(
      missingFromDetails([
        { rule: 'missingFacility', meta: { facility: 'freezer' } },
        { rule: 'missingFacility', meta: { facility: 'power', needed: 2000, available: 0 } },
        { rule: 'missingFacility', meta: { facility: 'power' } },
        { rule: 'missingFacility', meta: { facility: 'sauna' } },
        { rule: 'boothTaken', meta: { holder: 'x' } },
      ]),
    ).toEqual([{ facility: 'freezer' }, { facility: 'power', needed: 2000, available: 0 }]);
  });

  it('lists needs, leaving out what is not needed', () => {
    expect(needsPhrases({ minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false }, 'ja')).toEqual([]);
    expect(needsPhrases({ minAreaM2: 6, powerWatts: 1500, fridge: true, freezer: false, water: true }, 'ja')).toEqual([
      '6 m²以上',
      '電源 1,500 W',
      '冷蔵庫',
      '水道',
    ]);
  });

  it('offers the decisions not yet taken, and none on a withdrawn or declined application', () => {
    expect(decisionsFor('submitted')).toEqual(['accepted', 'waitlisted', 'rejected']);
    expect(decisionsFor('accepted')).toEqual(['waitlisted', 'rejected']);
    expect(decisionsFor('withdrawn')).toEqual([]);
    expect(decisionsFor('declined')).toEqual([]);
  });

  it("describes the application window in Japan time, trusting the API's open flag", () => {
    const now = new Date('2023-01-20T00:00:00Z');
    const open = windowState({ open: true, applicationsOpenAt: null, applicationsCloseAt: '2023-02-10T08:00:00Z' }, now);
    expect(windowLabel(open, 'ja')).toBe('受付中 〜2月10日 17:00');
    expect(windowLabel(windowState({ open: true, applicationsOpenAt: null, applicationsCloseAt: null }, now), 'ja')).toBe('受付中');
    expect(windowLabel(windowState({ open: false, applicationsOpenAt: '2023-02-01T00:00:00Z', applicationsCloseAt: null }, now), 'ja')).toBe(
      '受付開始 2月1日 09:00〜',
    );
    expect(windowLabel(windowState({ open: false, applicationsOpenAt: '2023-01-01T00:00:00Z', applicationsCloseAt: '2023-01-10T00:00:00Z' }, now), 'ja')).toBe(
      '受付終了',
    );
  });

  // 2027-02-23 14:00 UTC is already 2/23 23:00 in Japan; 15:30 UTC is 2/24 in Japan.
  it.each([
    ['a fair taking applications', true, ['2027-02-19', '2027-02-23'], '2027-02-01T00:00:00Z', 'open'],
    ['a fair not taking applications yet or any more', false, ['2027-02-19', '2027-02-23'], '2027-02-01T00:00:00Z', 'notOpen'],
    ['its last day, in Japan', false, ['2027-02-19', '2027-02-23'], '2027-02-23T14:00:00Z', 'notOpen'],
    ['the day after its last, in Japan', true, ['2027-02-19', '2027-02-23'], '2027-02-23T15:30:00Z', 'ended'],
  ] as const)('puts %s in its own list of /my/fairs', (_name, open, dates, now, group) => {
    const fair = { open, days: dates.map((date) => ({ date, opens: '10:00', closes: '18:00', holiday: null })) };
    const groups = fairGroups([fair], new Date(now));
    expect(Object.entries(groups).find(([, list]) => list.length === 1)?.[0]).toBe(group);
  });
});
