// The domain itself stays free of Node; only this test hashes plans with node:crypto.
/// <reference types="node" />
import { createHash } from 'node:crypto';
import { generateAssignmentInstance } from './generate';
import { solve, solveWithCauses } from './solve';
import type { BoothAssignmentResultWithCauses } from './types';

/**
 * The solver's exact results on the bench's generated fairs (generate.ts, variant 0), pinned: the
 * objective and a digest of the whole plan (who stands where, who is left out and why). The
 * solver is deterministic for an instance and a seed, so a change that only restructures the code
 * (issue 19) must leave every line here as it is. CI has no exact solver to compare with, so this
 * is the guard. A change meant to improve the solver changes these values on purpose: run the
 * bench (`npm run bench -- assign`), then pin the new values.
 */

/** Sorted keys, so the digest does not depend on the order a cause's fields were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** sha256 of the plan: (application, booth) pairs, then each left-out application, its reason and cause; sorted. */
function digest({ assignments, unassigned }: BoothAssignmentResultWithCauses): string {
  const lines = [
    ...assignments.map(({ application, booth }) => `${application} ${booth}`).sort(),
    ...unassigned.map(({ application, reason, cause }) => `${application} out: ${reason} ${canonical(cause)}`).sort(),
  ];
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

describe('the solver on generated fairs (pinned results)', () => {
  it.each([
    // booths, seed, objective terms, plan digest
    [20, 1, { total: 5017, unassigned: 5000, prime_repeat: 16, preference_miss: 5, same_category_adjacent: 0, group_adjacent_bonus: 4 }, '54b22f73b7407b9e'],
    [20, 2, { total: 5017, unassigned: 5000, prime_repeat: 16, preference_miss: 5, same_category_adjacent: 0, group_adjacent_bonus: 4 }, '43a3adfa2dd0578e'],
    [20, 3, { total: 5017, unassigned: 5000, prime_repeat: 16, preference_miss: 5, same_category_adjacent: 0, group_adjacent_bonus: 4 }, '7fceffb1215532fa'],
    [50, 1, { total: 1061, unassigned: 1000, prime_repeat: 64, preference_miss: 25, same_category_adjacent: 0, group_adjacent_bonus: 28 }, '2f9e900401e1ab92'],
    [50, 2, { total: 1061, unassigned: 1000, prime_repeat: 64, preference_miss: 25, same_category_adjacent: 0, group_adjacent_bonus: 28 }, 'ddf272c271dccd14'],
    [50, 3, { total: 1061, unassigned: 1000, prime_repeat: 64, preference_miss: 25, same_category_adjacent: 0, group_adjacent_bonus: 28 }, '9d76e91487edd22a'],
    [
      100,
      1,
      { total: 1082, unassigned: 1000, prime_repeat: 156, preference_miss: 30, same_category_adjacent: 0, group_adjacent_bonus: 104 },
      'ee4a206336689562',
    ],
    [
      100,
      2,
      { total: 1089, unassigned: 1000, prime_repeat: 162, preference_miss: 35, same_category_adjacent: 0, group_adjacent_bonus: 108 },
      '321e51dd8792068b',
    ],
    [
      100,
      3,
      { total: 1082, unassigned: 1000, prime_repeat: 156, preference_miss: 30, same_category_adjacent: 0, group_adjacent_bonus: 104 },
      '3e903a9822b603f7',
    ],
    [
      200,
      1,
      { total: 1195, unassigned: 1000, prime_repeat: 350, preference_miss: 85, same_category_adjacent: 0, group_adjacent_bonus: 240 },
      'ab581c3d6e9e276e',
    ],
    [
      200,
      2,
      { total: 1209, unassigned: 1000, prime_repeat: 370, preference_miss: 75, same_category_adjacent: 0, group_adjacent_bonus: 236 },
      '11ebb76f518d24e7',
    ],
    [
      200,
      3,
      { total: 1201, unassigned: 1000, prime_repeat: 352, preference_miss: 85, same_category_adjacent: 0, group_adjacent_bonus: 236 },
      '2b672b3a0d8da9cd',
    ],
  ])('%i booths, seed %i', (booths, seed, objective, plan) => {
    const result = solveWithCauses(generateAssignmentInstance(booths), { seed });
    // These fairs hold no booths yet (no current_booth), so nothing counts as moved (issue 22's move term).
    expect(result.objective).toEqual({ ...objective, move: 0 });
    expect(digest(result)).toBe(plan);
  });

  // Improving on a start plan (the API's proposals start from today's holdings) takes other steps:
  // the start is placed first, and moves that gain nothing are undone at the end. The start here is
  // a short run with another seed, on another variant's fair (variant 1). Without that last step
  // each of these three plans would differ (checked when they were pinned).
  it.each([
    [20, 1, { total: 990, unassigned: 1000, prime_repeat: 14, preference_miss: 0, same_category_adjacent: 0, group_adjacent_bonus: 24 }, 'e161c88c87ae28c0'],
    [50, 2, { total: 2073, unassigned: 2000, prime_repeat: 98, preference_miss: 35, same_category_adjacent: 0, group_adjacent_bonus: 60 }, 'aba2301c200f8441'],
    [100, 3, { total: 118, unassigned: 0, prime_repeat: 184, preference_miss: 70, same_category_adjacent: 0, group_adjacent_bonus: 136 }, 'd7935a986db539de'],
  ])('%i booths, seed %i, from a start plan', (booths, seed, objective, plan) => {
    const instance = generateAssignmentInstance(booths, 1);
    const start = solve(instance, { seed: seed + 10, iterations: 500 }).assignments;
    const result = solveWithCauses(instance, { seed, start });
    expect(result.objective).toEqual({ ...objective, move: 0 });
    expect(digest(result)).toBe(plan);
  });
});
