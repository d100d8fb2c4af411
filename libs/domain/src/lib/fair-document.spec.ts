import type { FairDocumentFair } from '@bussanten/contracts';
import { fairDocumentProblems } from './fair-document';

const booth = (code: string, x: number, y = 1) => ({
  code,
  x,
  y,
  width: 4,
  depth: 3,
  powerWatts: 0,
  fridge: false,
  freezer: false,
  water: false,
  cookingAllowed: false,
  tags: [],
  prime: 1,
});

function fair(): FairDocumentFair {
  return {
    slug: 'koryu-toshi-2023',
    title: '交流都市地方物産展',
    titleEn: null,
    description: null,
    status: 'closed',
    programme: null,
    samplePlan: true,
    applicationsOpenAt: null,
    applicationsCloseAt: null,
    venue: { name: 'イオンスタイル品川シーサイド', address: '東京都品川区東品川4-12-5' },
    room: { name: '地下1階催事場', widthM: 30, depthM: 20 },
    days: [
      { date: '2023-02-17', opens: '10:00', closes: '20:00' },
      { date: '2023-02-18', opens: '10:00', closes: '20:00' },
    ],
    stages: [{ name: 'メインステージ', nameEn: null, shared: false }],
    booths: [booth('A1', 1), booth('A2', 5.5)],
    applications: [
      {
        municipality: { prefectureCode: 3, name: '宮古市' },
        status: 'accepted',
        days: ['2023-02-17', '2023-02-18'],
        products: [{ name: 'さんま加工品', category: 'seafood', priceMin: 500, priceMax: 1500, food: true, alcohol: false }],
        needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
        permit: { status: 'toBeArranged', number: null, healthCentre: null },
        staffCount: 2,
        staff: [],
        vehicle: null,
        loadInTime: null,
        note: null,
        tieLabel: null,
        decisionMessage: null,
        submittedBy: null,
        submittedAt: '2023-01-20T01:00:00.000Z',
        assignments: [{ booth: 'A1', from: '2023-02-17', to: '2023-02-18', pinned: false, overridden: false, createdBy: null }],
        history: [],
      },
    ],
    guests: [
      {
        name: 'ハタチの龍馬',
        nameEn: null,
        kind: 'mascot',
        ownerMunicipality: null,
        profile: null,
        profileEn: null,
        contact: null,
        travelBufferMinutes: 60,
        appearances: [
          {
            startsAt: '2023-02-17T02:00:00.000Z',
            endsAt: '2023-02-17T02:30:00.000Z',
            approximate: false,
            location: { kind: 'stage', stage: 'メインステージ' },
            status: 'confirmed',
            publicNote: null,
          },
          {
            startsAt: '2023-02-17T04:00:00.000Z',
            endsAt: '2023-02-17T04:30:00.000Z',
            approximate: false,
            location: { kind: 'booth', booth: 'A2' },
            status: 'planned',
            publicNote: null,
          },
        ],
      },
    ],
  };
}

type Change = (f: FairDocumentFair) => void;

describe('fairDocumentProblems', () => {
  it('finds nothing wrong with a consistent document', () => {
    expect(fairDocumentProblems(fair())).toEqual([]);
  });

  it.each<[string, Change, string, string]>([
    [
      'an assignment naming a booth code that is not in the document',
      (f) => (f.applications[0].assignments[0].booth = 'Z9'),
      'fair.applications.0.assignments.0.booth',
      'unknownBooth',
    ],
    [
      'an assignment starting on a day that is not a fair day',
      (f) => (f.applications[0].assignments[0].from = '2023-02-16'),
      'fair.applications.0.assignments.0.from',
      'unknownDay',
    ],
    [
      'an assignment ending before it starts',
      (f) => Object.assign(f.applications[0].assignments[0], { from: '2023-02-18', to: '2023-02-17' }),
      'fair.applications.0.assignments.0.to',
      'range',
    ],
    [
      'an application attending a day that is not a fair day',
      (f) => (f.applications[0].days = ['2023-02-17', '2023-02-19']),
      'fair.applications.0.days.1',
      'unknownDay',
    ],
    [
      'an appearance on a stage that is not in the document',
      (f) => (f.guests[0].appearances[0].location = { kind: 'stage', stage: '屋上' }),
      'fair.guests.0.appearances.0.location.stage',
      'unknownStage',
    ],
    [
      'an appearance at a booth that is not in the document',
      (f) => (f.guests[0].appearances[1].location = { kind: 'booth', booth: 'B9' }),
      'fair.guests.0.appearances.1.location.booth',
      'unknownBooth',
    ],
    [
      'an appearance ending before it starts',
      (f) => (f.guests[0].appearances[0].endsAt = '2023-02-17T01:00:00.000Z'),
      'fair.guests.0.appearances.0.endsAt',
      'afterStart',
    ],
    ['a booth reaching out of the room', (f) => (f.booths[1].x = 28), 'fair.booths.1.width', 'insideRoom'],
    ['two booths on top of each other', (f) => (f.booths[1].x = 2), 'fair.booths.1.x', 'overlapsBooth'],
    ['a day closing before it opens', (f) => (f.days[1].closes = '09:00'), 'fair.days.1.closes', 'afterOpening'],
    ['the same day twice', (f) => (f.days[1].date = '2023-02-17'), 'fair.days.1.date', 'unique'],
    [
      'an application window closing before it opens',
      (f) => Object.assign(f, { applicationsOpenAt: '2023-01-31T00:00:00Z', applicationsCloseAt: '2023-01-10T00:00:00Z' }),
      'fair.applicationsCloseAt',
      'afterOpening',
    ],
  ])('names %s', (_what, change, field, rule) => {
    const f = fair();
    change(f);
    expect(fairDocumentProblems(f)).toContainEqual(expect.objectContaining({ field, rule }));
  });

  it('checks the booths against the room the fair will use when it is smaller than the document says', () => {
    expect(fairDocumentProblems(fair(), { widthM: 8, depthM: 20 })).toEqual([expect.objectContaining({ field: 'fair.booths.1.width', rule: 'insideRoom' })]);
  });

  it('leaves duplicates to the database constraints', () => {
    const f = fair();
    f.booths.push({ ...booth('A1', 10) });
    expect(fairDocumentProblems(f)).toEqual([]);
  });
});
