import { evaluate, movedCount } from './evaluate';
import { generateAssignmentInstance } from './generate';
import { solve } from './solve';
import { DEFAULT_MOVE_WEIGHT, type AssignmentApplication, type BoothAssignment, type BoothAssignmentInstance } from './types';
import { instanceProblems } from './validate';

/**
 * The move term (issue 22): an application with a current booth that the plan does not keep there
 * costs weights.move, so the solver moves someone only where the move gains more than it costs, and
 * a plan that is already optimal is proposed back unchanged.
 */

const DAYS = ['2027-10-01', '2027-10-02', '2027-10-03'];
const W = { unassigned: 1000, prime_repeat: 2, preference_miss: 5, same_category_adjacent: 20, group_adjacent_bonus: 4 };

function app(id: string, extra: Partial<AssignmentApplication> = {}): AssignmentApplication {
  return { id, days: DAYS, min_area_m2: 0, needs: [], category: id, group: null, prime_history: 0, preferred_booths: [], locked_booth: null, ...extra };
}

/** B1–B2 side by side, B3 on its own; two sellers of fish on B1 and B2 for `days` days. */
function fishPair(days: number, move: number | undefined): BoothAssignmentInstance {
  const booth = (id: string) => ({ id, area_m2: 6, facilities: [], x: 0, y: 0, prime: 0 });
  const d = DAYS.slice(0, days);
  return {
    days: DAYS,
    booths: [booth('B1'), booth('B2'), booth('B3')],
    adjacent: [['B1', 'B2']],
    applications: [app('A', { category: 'fish', days: d, current_booth: 'B1' }), app('B', { category: 'fish', days: d, current_booth: 'B2' })],
    weights: move === undefined ? W : { ...W, move },
  };
}

const moves = (inst: BoothAssignmentInstance, assignments: BoothAssignment[]) => movedCount(inst, assignments);

describe('the move term', () => {
  const inst = fishPair(1, 30);
  it.each<[string, BoothAssignment[], number]>([
    [
      'everyone where they stand',
      [
        { application: 'A', booth: 'B1' },
        { application: 'B', booth: 'B2' },
      ],
      0,
    ],
    [
      'one moved',
      [
        { application: 'A', booth: 'B1' },
        { application: 'B', booth: 'B3' },
      ],
      30,
    ],
    ['one left out', [{ application: 'A', booth: 'B1' }], 30],
    [
      'both swapped',
      [
        { application: 'A', booth: 'B2' },
        { application: 'B', booth: 'B1' },
      ],
      60,
    ],
    [
      'an unknown booth counts as none',
      [
        { application: 'A', booth: 'B1' },
        { application: 'B', booth: 'Z9' },
      ],
      30,
    ],
  ])('%s: move = %j', (_, assignments, move) => {
    expect(evaluate(inst, assignments).move).toBe(move);
  });

  it('adds to the total, and counts nothing for a file without current booths', () => {
    const plan = [
      { application: 'A', booth: 'B3' },
      { application: 'B', booth: 'B2' },
    ];
    expect(evaluate(inst, plan)).toMatchObject({ same_category_adjacent: 0, move: 30, total: 30 });
    const older = { ...inst, applications: inst.applications.map(({ current_booth: _, ...a }) => a) };
    expect(evaluate(older, plan)).toMatchObject({ move: 0, total: 0 });
  });

  it(`weighs ${DEFAULT_MOVE_WEIGHT} when the weights do not say`, () => {
    expect(evaluate(fishPair(1, undefined), [{ application: 'A', booth: 'B3' }]).move).toBe(2 * DEFAULT_MOVE_WEIGHT);
  });
});

describe('the solver moves someone only when that gains more than the move costs', () => {
  // Parting the two fish sellers gains 20 a day they share; moving one of them costs the move weight.
  it.each([
    // days, move weight, how many move
    [1, 50, 0],
    [2, 50, 0],
    [3, 50, 1],
    [1, 10, 1],
    [1, 20, 0], // gain = cost: not more, so nobody moves
    [2, 39, 1],
    [2, 40, 0],
    [3, undefined, 1], // the default (50) against 60
    [2, undefined, 0], // … against 40
  ])('%i shared days, move weight %p (undefined: the default): %i moved', (days, move, moved) => {
    const inst = fishPair(days, move);
    for (const seed of [1, 2, 3]) {
      const result = solve(inst, { seed });
      expect(moves(inst, result.assignments)).toBe(moved);
      // Moved: only the move's cost is left; kept: the pair side by side on each shared day.
      expect(result.objective.total).toBe(moved > 0 ? moved * (move ?? DEFAULT_MOVE_WEIGHT) : 20 * days);
    }
  });
});

describe('a move that lets someone in', () => {
  // A holds F, the only booth with a freezer, without needing one; B needs the freezer and has no
  // booth. Moving A to the free booth G costs one move and gains B's place: worth it for any move
  // weight below what leaving B out costs (the move cannot be reached by leaving A out first).
  it.each([0, 50, 999])('move weight %i: A moves to G and B gets F', (move) => {
    const booth = (id: string, facilities: string[]) => ({ id, area_m2: 6, facilities, x: 0, y: 0, prime: 0 });
    const inst: BoothAssignmentInstance = {
      days: DAYS,
      booths: [booth('F', ['freezer']), booth('G', [])],
      adjacent: [],
      applications: [app('A', { current_booth: 'F' }), app('B', { needs: ['freezer'] })],
      weights: { ...W, move },
    };
    for (const seed of [1, 2, 3]) {
      const result = solve(inst, { seed });
      expect(result.assignments).toEqual([
        { application: 'A', booth: 'G' },
        { application: 'B', booth: 'F' },
      ]);
      expect(result.objective).toMatchObject({ unassigned: 0, move, total: move });
    }
  });
});

describe('a plan that is already optimal is proposed back unchanged', () => {
  it('a row where no two neighbours share a trade and everyone has a booth: nobody moves', () => {
    const ids = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6'];
    const inst: BoothAssignmentInstance = {
      days: DAYS,
      booths: ids.map((id, i) => ({ id, area_m2: 6, facilities: [], x: 3 * i, y: 0, prime: 0 })),
      adjacent: ids.slice(1).map((id, i): [string, string] => [ids[i], id]),
      applications: ids.map((b, i) => app(`A${i}`, { category: i % 2 ? 'fish' : 'sake', current_booth: b })),
      weights: W,
    };
    for (const seed of [1, 2, 3, 4]) {
      const result = solve(inst, { seed });
      expect(moves(inst, result.assignments)).toBe(0);
      expect(result.objective.total).toBe(0);
    }
  });

  // The proposal of an accepted proposal: solve, stand everyone where it put them, solve again.
  it.each([
    [20, 0],
    [20, 1],
    [50, 0],
    [50, 2],
  ])('%i booths (variant %i): the plan solved again moves nobody and scores the same', (n, variant) => {
    const first = solve(generateAssignmentInstance(n, variant), { seed: 1 });
    const at = new Map(first.assignments.map((x) => [x.application, x.booth]));
    const base = generateAssignmentInstance(n, variant);
    const inst = { ...base, applications: base.applications.map((a) => ({ ...a, current_booth: at.get(a.id) ?? null })) };
    const again = solve(inst, { seed: 2 });
    expect(moves(inst, again.assignments)).toBe(0);
    expect(again.objective.total).toBe(first.objective.total);
  });
});

describe('current_booth and the move weight in a problem file', () => {
  const ok = fishPair(1, 30);
  it.each<[string, (json: Record<string, unknown>) => void, string | null]>([
    ['both as written', () => undefined, null],
    ['current_booth null', (j) => ((j['applications'] as Record<string, unknown>[])[0]['current_booth'] = null), null],
    ['current_booth absent (an older file)', (j) => delete (j['applications'] as Record<string, unknown>[])[0]['current_booth'], null],
    ['move weight absent (an older file)', (j) => delete (j['weights'] as Record<string, unknown>)['move'], null],
    [
      'an unknown current booth',
      (j) => ((j['applications'] as Record<string, unknown>[])[0]['current_booth'] = 'Z9'),
      'application A: current booth Z9 does not exist',
    ],
    [
      'current_booth a number',
      (j) => ((j['applications'] as Record<string, unknown>[])[0]['current_booth'] = 3),
      'application A: "current_booth" must be a booth id or null',
    ],
    [
      'a negative move weight',
      (j) => ((j['weights'] as Record<string, unknown>)['move'] = -1),
      `weight "move" must be a number ≥ 0 (or absent: ${DEFAULT_MOVE_WEIGHT})`,
    ],
  ])('%s', (_, change, problem) => {
    const json = JSON.parse(JSON.stringify(ok)) as Record<string, unknown>;
    change(json);
    expect(instanceProblems(json)).toEqual(problem === null ? [] : [problem]);
  });
});
