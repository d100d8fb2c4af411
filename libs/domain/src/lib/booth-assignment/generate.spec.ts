import { generateAssignmentInstance } from './generate';
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
