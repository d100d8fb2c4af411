import { objectiveChanges, planCounts } from './plan-counts';
import { placementReasons, type CurrentHolding, type PlacementReason } from './placement-reasons';
import type { AssignmentApplication, AssignmentBooth, BoothAssignment, BoothAssignmentInstance } from './types';

const D1 = '2027-02-17';
const D2 = '2027-02-18';

/** A booth of 6 m² with no facilities and no prime, unless told. */
const booth = (id: string, extra: Partial<AssignmentBooth> = {}): AssignmentBooth => ({ id, area_m2: 6, facilities: [], x: 0, y: 0, prime: 0, ...extra });
/** An application for both days, needing nothing, selling seafood, in no group, unless told. */
const app = (id: string, extra: Partial<AssignmentApplication> = {}): AssignmentApplication => ({
  id,
  days: [D1, D2],
  min_area_m2: 0,
  needs: [],
  category: 'seafood',
  group: null,
  prime_history: 0,
  preferred_booths: [],
  locked_booth: null,
  ...extra,
});

/**
 * A row A1–A4 (each beside the next) and, across the aisle, B1 (beside nobody): A1 is the prime
 * spot, B1 the only booth with a freezer.
 */
function instance(applications: AssignmentApplication[], boothExtras: Record<string, Partial<AssignmentBooth>> = {}): BoothAssignmentInstance {
  return {
    days: [D1, D2],
    booths: ['A1', 'A2', 'A3', 'A4', 'B1'].map((id) =>
      booth(id, { ...(id === 'A1' ? { prime: 3 } : {}), ...(id === 'B1' ? { facilities: ['freezer'] } : {}), ...boothExtras[id] }),
    ),
    adjacent: [
      ['A1', 'A2'],
      ['A2', 'A3'],
      ['A3', 'A4'],
    ],
    applications,
    weights: { unassigned: 1000, prime_repeat: 2, preference_miss: 5, same_category_adjacent: 20, group_adjacent_bonus: 4 },
  };
}

const on = (pairs: Record<string, string>): BoothAssignment[] => Object.entries(pairs).map(([application, b]) => ({ application, booth: b }));
const held = (pairs: Record<string, string | [string, number, string[]]>): Map<string, CurrentHolding> =>
  new Map(
    Object.entries(pairs).map(([a, h]) => [a, typeof h === 'string' ? { booth: h, booths: 1, days: [D1, D2] } : { booth: h[0], booths: h[1], days: h[2] }]),
  );

type QuieterRow = [string, AssignmentApplication[], Record<string, string>, PlacementReason[], Record<string, Partial<AssignmentBooth>>?];
type MoveRow = [string, AssignmentApplication[], Record<string, string | [string, number, string[]]>, Record<string, string>, PlacementReason[]];

describe('placementReasons: a quieter spot only when there was a choice', () => {
  it.each<QuieterRow>([
    [
      'the only booth with the freezer it needs, though it had prime spots before',
      [app('frozen', { needs: ['freezer'], prime_history: 3 })],
      { frozen: 'B1' },
      [{ kind: 'needs', facilities: ['freezer'], minAreaM2: 0 }],
    ],
    [
      'a free prime booth (A1) would have suited it',
      [app('veteran', { prime_history: 2, category: 'sake' })],
      { veteran: 'A3' },
      [{ kind: 'quieterSpot', primeHistory: 2, prime: 0 }],
    ],
    [
      'the prime booth is held by someone who could move: still a choice',
      [app('veteran', { prime_history: 2, category: 'sake' }), app('other', { category: 'tea' })],
      { veteran: 'A4', other: 'A1' },
      [{ kind: 'quieterSpot', primeHistory: 2, prime: 0 }],
    ],
    [
      'the prime booth is pinned to someone else on its days: no choice',
      [app('veteran', { prime_history: 2, category: 'sake' }), app('pinned', { category: 'tea', locked_booth: 'A1' })],
      { veteran: 'A4', pinned: 'A1' },
      [{ kind: 'fits', areaM2: 6 }],
    ],
    [
      'the prime booth is too small for it: no choice',
      [app('veteran', { prime_history: 2, min_area_m2: 8 })],
      { veteran: 'A3' },
      [{ kind: 'fits', areaM2: 9 }],
      { A1: { area_m2: 4 }, A3: { area_m2: 9 } },
    ],
    ['no prime spots before: nothing to say but that it fits', [app('new')], { new: 'A3' }, [{ kind: 'fits', areaM2: 6 }]],
  ])('%s', (_name, apps, plan, expected, booths = {}) => {
    const i = instance(apps, booths);
    const first = apps[0].id;
    expect(placementReasons(i, on(plan)).get(first)).toEqual(expected);
  });
});

describe('placementReasons: why a move moves', () => {
  it.each<MoveRow>([
    [
      'its old booth went to the one that needs its freezer',
      [app('mover', { category: 'tea' }), app('frozen', { needs: ['freezer'] })],
      { mover: 'B1' },
      { mover: 'A3', frozen: 'B1' },
      [{ kind: 'oldBoothTaken', booth: 'B1', holder: 'frozen', facilities: ['freezer'], holderHadNoBooth: true }],
    ],
    [
      'its old booth went to one that had no booth, needing nothing special',
      [app('mover', { category: 'tea' }), app('late', { category: 'sake' })],
      { mover: 'A1' },
      { mover: 'A4', late: 'A1' },
      [{ kind: 'oldBoothTaken', booth: 'A1', holder: 'late', facilities: [], holderHadNoBooth: true }],
    ],
    [
      'it no longer stands beside the same trade',
      [app('mover'), app('fish')],
      { mover: 'A2', fish: 'A1' },
      { mover: 'A4', fish: 'A1' },
      [{ kind: 'leftSameCategory', category: 'seafood', neighbours: ['fish'] }],
    ],
    [
      'it now stands beside its group (said once, not again as a neighbour reason)',
      [app('mover', { group: 'tokaido', category: 'tea' }), app('mate', { group: 'tokaido', category: 'sake' })],
      { mover: 'A4', mate: 'A1' },
      { mover: 'A2', mate: 'A1' },
      [{ kind: 'joinedGroup', group: 'tokaido', neighbours: ['mate'] }],
    ],
    [
      'its days changed and its old booth is taken on the new day',
      [app('mover', { category: 'tea' }), app('other', { days: [D2], category: 'sake' })],
      { mover: ['A1', 1, [D1]], other: 'A1' },
      { mover: 'A3', other: 'A1' },
      [{ kind: 'oldBoothTakenOnNewDay', booth: 'A1', day: D2, holder: 'other' }],
    ],
    [
      'its old booth lacks the freezer it now needs',
      [app('mover', { needs: ['freezer'] })],
      { mover: 'A2' },
      { mover: 'B1' },
      [
        { kind: 'oldBoothUnfit', booth: 'A2', missing: ['freezer'], minAreaM2: 0 },
        { kind: 'needs', facilities: ['freezer'], minAreaM2: 0 },
      ],
    ],
    [
      'split over two booths by hand, gathered on one of them',
      [app('mover')],
      { mover: ['A3', 2, [D1, D2]] },
      { mover: 'A3' },
      [{ kind: 'gathered', booths: 2 }],
    ],
    ['a move with nothing true to say about it but that the booth fits', [app('mover')], { mover: 'A2' }, { mover: 'A4' }, [{ kind: 'fits', areaM2: 6 }]],
  ])('%s', (_name, apps, now, plan, expected) => {
    const i = instance(apps);
    const current = held(now);
    expect(placementReasons(i, on(plan), current).get('mover')).toEqual(expected);
  });

  it('says nothing of a move for an exhibitor that stays', () => {
    const i = instance([app('stays', { prime_history: 1 })]);
    expect(placementReasons(i, on({ stays: 'A3' }), held({ stays: 'A3' })).get('stays')).toEqual([{ kind: 'quieterSpot', primeHistory: 1, prime: 0 }]);
  });
});

describe('planCounts and objectiveChanges: the objective in words, as data', () => {
  const apps = [
    app('fish1'),
    app('fish2'),
    app('fish3', { days: [D1] }),
    app('mate1', { group: 'g', category: 'tea' }),
    app('mate2', { group: 'g', category: 'sake' }),
    app('veteran', { prime_history: 1, category: 'sweets', preferred_booths: ['A4'] }),
  ];
  const i = instance(apps);
  it.each([
    [
      'two fish side by side (counted once over two days), a veteran on the prime booth, two left out',
      { fish1: 'A2', fish2: 'A3', veteran: 'A1', mate1: 'B1' },
      { unassigned: 2, sameCategoryPairs: 1, groupPairs: 0, primeRepeats: 1, preferenceMisses: 1 },
    ],
    [
      'the group side by side, the fish apart, nobody on the prime booth',
      { mate1: 'A2', mate2: 'A3', fish1: 'A1', fish2: 'B1', fish3: 'A4', veteran: 'A4' },
      { unassigned: 0, sameCategoryPairs: 0, groupPairs: 1, primeRepeats: 0, preferenceMisses: 0 },
    ],
  ])('%s', (_name, plan, expected) => {
    // In the second plan, fish3 (day 1) and the veteran (both days) share A4: the counts read what a plan means, the hard rules judge it.
    expect(planCounts(i, on(plan))).toEqual(expected);
  });

  const base = { unassigned: 4, sameCategoryPairs: 3, groupPairs: 0, primeRepeats: 2, preferenceMisses: 0 };
  it.each([
    ['nothing changes', base, 0, []],
    [
      'fewer left out, fewer of the same trade side by side, more of a group, five moved',
      { ...base, unassigned: 1, sameCategoryPairs: 1, groupPairs: 3 },
      5,
      [
        { term: 'unassigned', before: 4, after: 1 },
        { term: 'sameCategoryPairs', before: 3, after: 1 },
        { term: 'groupPairs', before: 0, after: 3 },
        { term: 'moved', n: 5 },
      ],
    ],
    ['only prime spots given again fewer times', { ...base, primeRepeats: 0 }, 0, [{ term: 'primeRepeats', before: 2, after: 0 }]],
    ['a term that gets worse is said too', { ...base, preferenceMisses: 1 }, 0, [{ term: 'preferenceMisses', before: 0, after: 1 }]],
  ])('%s', (_name, after, moved, expected) => {
    expect(objectiveChanges(base, after, moved)).toEqual(expected);
  });
});
