import type { FairSummary } from '@bussanten/contracts';

/**
 * Newest fair first (by its first day), archived ones last: an organizer mostly works on the
 * coming fair, and the archive is only looked up.
 */
export function sortFairsForList(fairs: readonly FairSummary[]): FairSummary[] {
  return [...fairs].sort((a, b) => {
    const archived = Number(a.status === 'archived') - Number(b.status === 'archived');
    if (archived !== 0) return archived;
    if (a.firstDay !== b.firstDay) return a.firstDay < b.firstDay ? 1 : -1;
    return a.title.localeCompare(b.title, 'ja');
  });
}
