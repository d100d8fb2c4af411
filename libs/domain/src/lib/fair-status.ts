import type { FairStatus } from '@bussanten/contracts';

/**
 * The status changes an organizer may make. A closed fair may re-open for late applications or be
 * archived; a draft that never opened may be archived. Nothing leaves the archive. Publishing is not
 * a status: a fair is published (visible) or not whatever its status, except a draft.
 */
export const FAIR_TRANSITIONS: Record<FairStatus, readonly FairStatus[]> = {
  draft: ['accepting', 'archived'],
  accepting: ['closed'],
  closed: ['accepting', 'archived'],
  archived: [],
};

/** A release can be published while the fair accepts applications (announcing early is normal) or after. */
export function canPublish(status: FairStatus): boolean {
  return status === 'accepting' || status === 'closed';
}

export function canTransition(from: FairStatus, to: FairStatus): boolean {
  return FAIR_TRANSITIONS[from].includes(to);
}
