import { describeUnassigned } from './describe-unassigned';
import { solve, solveWithCauses } from './solve';
import type { AssignmentApplication, AssignmentBooth, BoothAssignmentInstance, UnassignedCause } from './types';

const D1 = '2025-12-05';
const D2 = '2025-12-06';
const W = { unassigned: 1000, prime_repeat: 2, preference_miss: 5, same_category_adjacent: 20, group_adjacent_bonus: 4 };
const booth = (id: string, extra: Partial<AssignmentBooth> = {}): AssignmentBooth => ({ id, area_m2: 6, facilities: [], x: 0, y: 0, prime: 0, ...extra });
const app = (id: string, extra: Partial<AssignmentApplication> = {}): AssignmentApplication => ({
  id,
  days: [D1, D2],
  min_area_m2: 4,
  needs: [],
  category: id,
  group: null,
  prime_history: 0,
  preferred_booths: [],
  locked_booth: null,
  ...extra,
});
const instance = (extra: Partial<BoothAssignmentInstance>): BoothAssignmentInstance => ({
  days: [D1, D2],
  booths: [booth('B1'), booth('B2')],
  adjacent: [],
  applications: [],
  weights: W,
  ...extra,
});

describe('describeUnassigned', () => {
  it.each<[UnassignedCause, string]>([
    [{ kind: 'noBooths' }, 'there are no booths'],
    [{ kind: 'noFairDays' }, 'it has no fair days'],
    [{ kind: 'noBoothWithFacilities', facilities: ['freezer'] }, 'no booth has freezer'],
    [{ kind: 'noBoothWithFacilities', facilities: ['power≥1500W', 'fridge', 'water'] }, 'no booth has power≥1500W, fridge and water'],
    [{ kind: 'noBoothLargeEnough', facilities: [], minAreaM2: 9, largestAreaM2: 6 }, 'no booth has 9 m² (the largest has 6 m²)'],
    [
      { kind: 'noBoothLargeEnough', facilities: ['fridge', 'water'], minAreaM2: 9, largestAreaM2: 4.5 },
      'no booth with fridge and water has 9 m² (the largest has 4.5 m²)',
    ],
    [
      { kind: 'suitableBoothsTaken', facilities: ['freezer'], minAreaM2: 4, booths: 1, onlyBooth: 'B3', day: D2, holders: ['宮古市'], otherHolders: 0 },
      'needs freezer and 4 m²: the only such booth, B3, is taken on 2025-12-06 by 宮古市',
    ],
    [
      { kind: 'suitableBoothsTaken', facilities: ['freezer'], minAreaM2: 9, booths: 2, onlyBooth: null, day: D2, holders: ['A1', 'A2'], otherHolders: 0 },
      'needs freezer and 9 m²: the 2 such booths are taken on 2025-12-06 by A1 and A2',
    ],
    [
      {
        kind: 'suitableBoothsTaken',
        facilities: [],
        minAreaM2: 0,
        booths: 9,
        onlyBooth: null,
        day: D1,
        holders: ['A2', 'A3', 'A6', 'A7', 'A8'],
        otherHolders: 4,
      },
      'needs 0 m²: the 9 such booths are taken on 2025-12-05 by A2, A3, A6, A7, A8 and 4 others',
    ],
    [
      { kind: 'leftOutCheaper', facilities: ['water'], minAreaM2: 4, booth: 'B2' },
      'needs water and 4 m²: booth B2 is free, but with these weights leaving it out costs less than placing it',
    ],
    [
      {
        kind: 'suitableBoothsTakenOnSomeDay',
        facilities: [],
        minAreaM2: 4,
        days: [D1, D2],
        booths: 2,
        taken: [
          { booth: 'B1', day: D1, holder: 'A1' },
          { booth: 'B2', day: D2, holder: 'A2' },
        ],
      },
      'needs 4 m² on 2025-12-05 and 2025-12-06: each of the 2 such booths is taken on one of those days (B1 on 2025-12-05 by A1; B2 on 2025-12-06 by A2)',
    ],
    [
      {
        kind: 'suitableBoothsTakenOnSomeDay',
        facilities: ['fridge'],
        minAreaM2: 4,
        days: [D1, D2],
        booths: 5,
        taken: [
          { booth: 'B1', day: D1, holder: 'A1' },
          { booth: 'B2', day: D2, holder: 'A2' },
          { booth: 'B3', day: D1, holder: 'A3' },
          { booth: 'B4', day: D2, holder: 'A4' },
        ],
      },
      'needs fridge and 4 m² on 2025-12-05 and 2025-12-06: each of the 5 such booths is taken on one of those days (B1 on 2025-12-05 by A1; B2 on 2025-12-06 by A2; B3 on 2025-12-05 by A3; B4 on 2025-12-06 by A4; …)',
    ],
    [{ kind: 'lockedBoothMissing', booth: 'Z9' }, 'locked to booth Z9, which does not exist'],
    [{ kind: 'lockedBoothTooSmall', booth: 'B1', areaM2: 6, minAreaM2: 8 }, 'locked to B1, which has 6 m² but it needs 8 m²'],
    [{ kind: 'lockedBoothLacks', booth: 'B1', missing: ['fridge', 'water'] }, 'locked to B1, which has no fridge and water'],
    [{ kind: 'lockedBoothClash', booth: 'B1', holder: 'A1', day: D2 }, 'locked to B1, which A1 is also locked to on 2025-12-06'],
  ])('%j reads %s', (cause, expected) => {
    expect(describeUnassigned(cause)).toBe(expected);
  });
});

describe('solveWithCauses', () => {
  it.each<[string, BoothAssignmentInstance, UnassignedCause]>([
    ['no booths', instance({ booths: [], applications: [app('A1')] }), { kind: 'noBooths' }],
    // With no fair days it costs nothing where it stands, so only a price for placing it leaves it out.
    [
      'no fair days',
      instance({
        booths: [booth('B1', { prime: 1 })],
        applications: [app('A1', { days: ['2025-12-31'], prime_history: 1 })],
        weights: { ...W, unassigned: 0 },
      }),
      { kind: 'noFairDays' },
    ],
    [
      'a lock clash',
      instance({ applications: [app('A1', { locked_booth: 'B1' }), app('A2', { locked_booth: 'B1', days: [D2] })] }),
      { kind: 'lockedBoothClash', booth: 'B1', holder: 'A1', day: D2 },
    ],
    [
      'the only suitable booth taken',
      instance({
        booths: [booth('B1', { facilities: ['freezer'] }), booth('B2')],
        applications: [app('A1', { needs: ['freezer'], locked_booth: 'B1', days: [D2] }), app('A2', { needs: ['freezer'] })],
      }),
      { kind: 'suitableBoothsTaken', facilities: ['freezer'], minAreaM2: 4, booths: 1, onlyBooth: 'B1', day: D2, holders: ['A1'], otherHolders: 0 },
    ],
    [
      'many holders, five named',
      instance({
        booths: Array.from({ length: 7 }, (_, i) => booth(`B${i + 1}`)),
        applications: [...Array.from({ length: 7 }, (_, i) => app(`L${i + 1}`, { locked_booth: `B${i + 1}`, days: [D1] })), app('A1')],
      }),
      {
        kind: 'suitableBoothsTaken',
        facilities: [],
        minAreaM2: 4,
        booths: 7,
        onlyBooth: null,
        day: D1,
        holders: ['L1', 'L2', 'L3', 'L4', 'L5'],
        otherHolders: 2,
      },
    ],
  ])('gives the cause of %s, with its English as the reason', (_, inst, cause) => {
    const res = solveWithCauses(inst);
    const left = res.unassigned[res.unassigned.length - 1];
    expect(left.cause).toEqual(cause);
    expect(left.reason).toBe(describeUnassigned(cause));
  });

  it('is solve with the causes added: solve’s result (the CLI’s output) has reasons only', () => {
    const inst = instance({ applications: [app('A1', { locked_booth: 'B1' }), app('A2', { locked_booth: 'B1', days: [D2] }), app('A3', { days: [D1] })] });
    const withCauses = solveWithCauses(inst, { seed: 7 });
    const plain = solve(inst, { seed: 7 });
    expect(JSON.stringify(plain)).toBe(
      JSON.stringify({ ...withCauses, unassigned: withCauses.unassigned.map(({ application, reason }) => ({ application, reason })) }),
    );
    expect(Object.keys(plain.unassigned[0])).toEqual(['application', 'reason']);
  });
});
