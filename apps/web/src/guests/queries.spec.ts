import { QueryClient, type InvalidateQueryFilters, type QueryKey } from '@tanstack/react-query';
import { publishingKeys } from '../publishing';
import { guestKeys, staleAfterAppearanceChange, staleAfterStageChange } from './queries';

/** Reads an organizer may have cached (the host's guests, fairs F and G). */
const CACHED: readonly QueryKey[] = [
  guestKeys.list(),
  guestKeys.detail('g'),
  guestKeys.stages('F'),
  guestKeys.appearances('F'),
  guestKeys.check('F', null, '{}'),
  guestKeys.check('F', 'a', '{}'),
  guestKeys.stages('G'),
  guestKeys.appearances('G'),
  publishingKeys.releases('F'),
  publishingKeys.preview('F'),
  publishingKeys.preview('G'),
];

function staleOf(filters: InvalidateQueryFilters[]): QueryKey[] {
  const client = new QueryClient();
  for (const key of CACHED) client.setQueryData(key, 'read');
  for (const filter of filters) void client.invalidateQueries({ ...filter, refetchType: 'none' });
  return CACHED.filter((key) => client.getQueryState(key)?.isInvalidated);
}

describe('what a write in the guests context makes stale', () => {
  it.each<[string, InvalidateQueryFilters[], QueryKey[]]>([
    [
      'an appearance created, edited, moved, repeated or deleted: the fair’s appearances, their dry runs and the preview',
      staleAfterAppearanceChange('F'),
      [guestKeys.appearances('F'), guestKeys.check('F', null, '{}'), guestKeys.check('F', 'a', '{}'), publishingKeys.preview('F')],
    ],
    ['a stage added or removed: the fair’s stages and the preview', staleAfterStageChange('F'), [guestKeys.stages('F'), publishingKeys.preview('F')]],
  ])('%s', (_write, filters, expected) => expect(staleOf(filters)).toEqual(expected));
});
