import type { ProposalChangeKind } from '@bussanten/contracts';

/**
 * What a proposal does to one exhibitor, from the booth it holds now and the booth proposed (ids or
 * codes; null for none). An exhibitor holding several booths over its days (split by hand) counts
 * as moved even onto one of them: accepting gathers it on one booth, which is a change to mail.
 */
export function proposalChangeKind(current: string | null, proposed: string | null, holdings: number): ProposalChangeKind {
  if (proposed === null) return current === null ? 'keep' : 'unassign';
  if (current === null) return 'assign';
  return current === proposed && holdings <= 1 ? 'keep' : 'move';
}
