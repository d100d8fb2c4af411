import { FAIR_STATUSES, type FairStatus } from '@bussanten/contracts';
import { canPublish, canTransition } from './fair-status';

describe('canTransition', () => {
  const allowed: [FairStatus, FairStatus][] = [
    ['draft', 'accepting'],
    ['draft', 'archived'],
    ['accepting', 'closed'],
    ['closed', 'accepting'],
    ['closed', 'archived'],
  ];
  const all = FAIR_STATUSES.flatMap((from) => FAIR_STATUSES.map((to) => [from, to] as [FairStatus, FairStatus]));

  it.each(all)('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(allowed.some(([f, t]) => f === from && t === to));
  });
});

describe('canPublish', () => {
  it.each<[FairStatus, boolean]>([
    ['draft', false],
    ['accepting', true],
    ['closed', true],
    ['archived', false],
  ])('%s → %s', (status, expected) => {
    expect(canPublish(status)).toBe(expected);
  });
});
