import type { FairStatus } from '@bussanten/contracts';

/**
 * The status changes an organizer may make. A closed fair may re-open for late applications; a
 * published fair may go back to closed (to change and publish again) or be archived; a draft that
 * never opened may be archived. Nothing leaves the archive.
 */
export const FAIR_TRANSITIONS: Record<FairStatus, readonly FairStatus[]> = {
  draft: ['accepting', 'archived'],
  accepting: ['closed'],
  closed: ['accepting', 'published'],
  published: ['closed', 'archived'],
  archived: [],
};

export function canTransition(from: FairStatus, to: FairStatus): boolean {
  return FAIR_TRANSITIONS[from].includes(to);
}
