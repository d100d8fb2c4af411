import { evaluate, hardRuleViolations } from './evaluate';
import { generateAssignmentInstance, withGreedyHoldings } from './generate';
import { DEFAULT_MOVE_WEIGHT } from './types';
import { instanceProblems } from './validate';

describe('generateAssignmentInstance', () => {
  it.each([2, 20, 57, 200])('writes a valid problem of %i booths with about 0.9 applications per booth', (n) => {
    const instance = generateAssignmentInstance(n);
    expect(instanceProblems(instance)).toEqual([]);
    expect(instance.booths).toHaveLength(n);
    expect(instance.applications).toHaveLength(Math.round(0.9 * n));
  });

  it('gives the same fair for the same size and variant, and another for another variant', () => {
    expect(generateAssignmentInstance(50, 2)).toEqual(generateAssignmentInstance(50, 2));
    expect(generateAssignmentInstance(50, 2)).not.toEqual(generateAssignmentInstance(50, 3));
  });
});

describe('withGreedyHoldings (the bench variant with current holdings)', () => {
  it.each([20, 50, 200])('%i booths: a valid problem whose holdings keep the hard rules and cost no move', (n) => {
    const instance = withGreedyHoldings(generateAssignmentInstance(n));
    expect(instanceProblems(instance)).toEqual([]);
    expect(instance.weights.move).toBe(DEFAULT_MOVE_WEIGHT);
    const holdings = instance.applications.flatMap((a) => (a.current_booth ? [{ application: a.id, booth: a.current_booth }] : []));
    expect(holdings.length).toBeGreaterThan(0.6 * instance.applications.length);
    expect(hardRuleViolations(instance, holdings)).toEqual([]);
    expect(evaluate(instance, holdings).move).toBe(0);
  });
});
