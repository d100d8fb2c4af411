import fc from 'fast-check';
import { evaluate, hardRuleViolations } from './evaluate';
import { createRegrouper } from './regroup';
import { mulberry32 } from './solve';
import { createState, type PlanState } from './state';
import type { AssignmentApplication, BoothAssignment, BoothAssignmentInstance } from './types';
import { adjacencyFromIndexPairs } from './random-adjacency';

const DAYS = ['2025-12-05', '2025-12-06', '2025-12-07'];
const W = { unassigned: 1000, prime_repeat: 2, preference_miss: 5, same_category_adjacent: 20, group_adjacent_bonus: 4 };

function app(id: string, extra: Partial<AssignmentApplication> = {}): AssignmentApplication {
  return {
    id,
    days: DAYS,
    min_area_m2: 4,
    needs: [],
    category: id,
    group: null,
    prime_history: 0,
    preferred_booths: [],
    locked_booth: null,
    ...extra,
  };
}

/** A row of n booths, each next to the following one. */
function row(n: number, applications: AssignmentApplication[]): BoothAssignmentInstance {
  const booths = Array.from({ length: n }, (_, i) => ({ id: `B${i}`, area_m2: 6, facilities: [], x: i, y: 0, prime: 0 }));
  const adjacent = booths.slice(1).map((b, i): [string, string] => [booths[i].id, b.id]);
  return { days: DAYS, booths, adjacent, applications, weights: W };
}

function planOf(inst: BoothAssignmentInstance, s: PlanState): BoothAssignment[] {
  const out: BoothAssignment[] = [];
  s.where.forEach((b, a) => {
    if (b >= 0) out.push({ application: inst.applications[a].id, booth: inst.booths[b].id });
  });
  return out;
}

function load(inst: BoothAssignmentInstance, plan: [number, number][]): PlanState {
  const s = createState(inst);
  for (const [a, b] of plan) if (s.feasibleMask[a * s.nB + b] && s.isFree(a, b)) s.place(a, b);
  return s;
}

describe('regroup', () => {
  it('gathers a scattered group next to each other', () => {
    // g members on B0, B4 and B8 of a row of 9; the others fill some booths between them
    const inst = row(9, [app('G1', { group: 'g' }), app('G2', { group: 'g' }), app('G3', { group: 'g' }), app('X1'), app('X2'), app('X3')]);
    const s = load(inst, [
      [0, 0],
      [1, 4],
      [2, 8],
      [3, 1],
      [4, 5],
      [5, 7],
    ]);
    const before = evaluate(inst, planOf(inst, s)).total;
    expect(evaluate(inst, planOf(inst, s)).group_adjacent_bonus).toBe(0);
    const members = [0, 1, 2];
    // the whole group moves in about half the calls (else only the nearest few): try seeds
    const regrouper = createRegrouper(s);
    let gathered = false;
    for (let seed = 1; seed <= 20 && !gathered; seed++) {
      const res = regrouper.regroup(members, 4, mulberry32(seed));
      expect(res).not.toBeNull();
      const after = evaluate(inst, planOf(inst, s));
      expect(after.total).toBe(before + (res?.delta ?? 0));
      // two adjacent pairs of members, on all three days
      gathered = after.group_adjacent_bonus === 2 * 3 * W.group_adjacent_bonus;
      if (res) regrouper.undo(res);
    }
    expect(gathered).toBe(true);
  });

  it('leaves a locked member where it is', () => {
    const inst = row(6, [app('G1', { group: 'g', locked_booth: 'B0' }), app('G2', { group: 'g' }), app('G3', { group: 'g' })]);
    const s = load(inst, [
      [0, 0],
      [1, 3],
      [2, 5],
    ]);
    const regrouper = createRegrouper(s);
    for (let seed = 1; seed <= 10; seed++) {
      const r = regrouper.regroup([0, 1, 2], 3, mulberry32(seed));
      expect(s.where[0]).toBe(0);
      if (r) regrouper.undo(r);
    }
  });

  it('needs two members that can move', () => {
    const inst = row(4, [app('G1', { group: 'g', locked_booth: 'B0' }), app('G2', { group: 'g' })]);
    const s = load(inst, [
      [0, 0],
      [1, 2],
    ]);
    expect(createRegrouper(s).regroup([0, 1], 1, mulberry32(1))).toBeNull();
  });

  // Random plans on random fairs: the reported change is the objective's change, the hard rules
  // hold, locked applications stay, and undo gives back exactly the plan before.
  const facilities = ['power', 'fridge'];
  const fair = fc
    .record({
      booths: fc.array(fc.record({ area: fc.constantFrom(4, 6, 9), facilities: fc.subarray(facilities), prime: fc.integer({ min: 0, max: 3 }) }), {
        minLength: 2,
        maxLength: 14,
      }),
      apps: fc.array(
        fc.record({
          days: fc.subarray(DAYS, { minLength: 1 }),
          area: fc.constantFrom(4, 6, 9),
          needs: fc.subarray(facilities, { maxLength: 1 }),
          category: fc.constantFrom('fish', 'sake', 'tea'),
          group: fc.constantFrom(null, 'g1', 'g1', 'g2'),
          history: fc.integer({ min: 0, max: 3 }),
          pref: fc.option(fc.nat(), { nil: undefined }),
          lock: fc.boolean(),
          at: fc.nat(),
        }),
        { minLength: 2, maxLength: 16 },
      ),
      edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }),
      seed: fc.nat(),
      at: fc.nat(),
    })
    .map(({ booths, apps, edges, seed, at }) => {
      const ids = booths.map((_, i) => `B${i}`);
      const inst: BoothAssignmentInstance = {
        days: DAYS,
        booths: booths.map((b, i) => ({ id: ids[i], area_m2: b.area, facilities: b.facilities, x: i, y: 0, prime: b.prime })),
        adjacent: adjacencyFromIndexPairs(ids, edges),
        applications: apps.map((a, i) => ({
          id: `A${i}`,
          days: a.days,
          min_area_m2: a.area,
          needs: a.needs,
          category: a.category,
          group: a.group,
          prime_history: a.history,
          preferred_booths: a.pref === undefined ? [] : [ids[a.pref % ids.length]],
          locked_booth: a.lock ? ids[a.at % ids.length] : null,
        })),
        weights: W,
      };
      // the start plan: each application on booth `at` if it fits and is free (locked ones only on their lock)
      const plan: [number, number][] = apps.map((a, i) => [i, a.at % ids.length]);
      return { inst, plan, seed, at: at % ids.length };
    });

  it('reports the change of the objective, keeps the hard rules and locks, and undoes exactly', () => {
    fc.assert(
      fc.property(fair, ({ inst, plan, seed, at }) => {
        const lockedOk = plan.filter(([a, b]) => inst.applications[a].locked_booth === null || inst.applications[a].locked_booth === inst.booths[b].id);
        const s = load(inst, lockedOk);
        const regrouper = createRegrouper(s);
        const rng = mulberry32(seed);
        for (const g of ['g1', 'g2']) {
          const members = inst.applications.flatMap((a, i) => (a.group === g ? [i] : []));
          const start = planOf(inst, s);
          const before = evaluate(inst, start).total;
          const res = regrouper.regroup(members, at, rng);
          if (!res) continue;
          const after = planOf(inst, s);
          expect(hardRuleViolations(inst, after)).toEqual([]);
          expect(evaluate(inst, after).total).toBeCloseTo(before + res.delta, 9);
          const lockedBefore = start.filter((p) => inst.applications.find((x) => x.id === p.application)?.locked_booth);
          for (const p of lockedBefore) expect(after).toContainEqual(p);
          regrouper.undo(res);
          expect(planOf(inst, s)).toEqual(start);
        }
      }),
      { numRuns: 200, seed: 4243 },
    );
  });
});
