import { proposalChangeKind } from './change-kind';

describe('proposalChangeKind', () => {
  it.each([
    ['nothing now, nothing proposed', null, null, 0, 'keep'],
    ['nothing now, a booth proposed', null, 'A1', 0, 'assign'],
    ['a booth now, none proposed', 'A1', null, 1, 'unassign'],
    ['the same booth', 'A1', 'A1', 1, 'keep'],
    ['another booth', 'A1', 'B2', 1, 'move'],
    ['split over two booths, proposed on the first of them', 'A1', 'A1', 2, 'move'],
    ['split over two booths, none proposed', 'A1', null, 2, 'unassign'],
  ] as const)('%s → %s', (_, current, proposed, holdings, kind) => {
    expect(proposalChangeKind(current, proposed, holdings)).toBe(kind);
  });
});
