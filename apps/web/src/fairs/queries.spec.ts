import { QueryClient, type InvalidateQueryFilters, type QueryKey } from '@tanstack/react-query';
import { applicationKeys } from '../applications';
import { guestKeys } from '../guests';
import { outboxKeys } from '../mail';
import { publishingKeys } from '../publishing';
import {
  fairKeys,
  fairScopedKeys,
  staleAfterFairCreated,
  staleAfterFairDeleted,
  staleAfterFairImported,
  staleAfterFairSaved,
  staleAfterStatusChange,
  staleAfterVenueSaved,
  staleAfterVisibilityChange,
} from './queries';

/** Every read the web app may have cached for two fairs (F and G) and one application of F (A). */
const CACHED: readonly QueryKey[] = [
  fairKeys.list(),
  fairKeys.venues(),
  fairKeys.detail('F'),
  fairKeys.floorPlan('F'),
  fairKeys.detail('G'),
  fairKeys.floorPlan('G'),
  applicationKeys.list('F', {}),
  applicationKeys.list('F', { status: 'submitted' }),
  applicationKeys.assignments('F'),
  applicationKeys.withdrawals('F'),
  applicationKeys.detail('A'),
  applicationKeys.history('A'),
  applicationKeys.list('G', {}),
  guestKeys.list(),
  guestKeys.stages('F'),
  guestKeys.appearances('F'),
  guestKeys.appearances('G'),
  publishingKeys.releases('F'),
  publishingKeys.preview('F'),
  publishingKeys.preview('G'),
  publishingKeys.webhooks(),
  outboxKeys.page(1, null),
];

/** Which of the cached reads a write's filters make stale. */
function staleOf(filters: InvalidateQueryFilters[]): QueryKey[] {
  const client = new QueryClient();
  for (const key of CACHED) client.setQueryData(key, 'read');
  for (const filter of filters) void client.invalidateQueries({ ...filter, refetchType: 'none' });
  return CACHED.filter((key) => client.getQueryState(key)?.isInvalidated);
}

describe('what a write in the fairs context makes stale', () => {
  it.each<[string, InvalidateQueryFilters[], QueryKey[]]>([
    ['planning a fair: the list', staleAfterFairCreated(), [fairKeys.list()]],
    ['importing a fair: the list and the guests (the document brings its own)', staleAfterFairImported(), [fairKeys.list(), guestKeys.list()]],
    [
      'editing a fair: the list, its floor plan, preview and appearances',
      staleAfterFairSaved('F', false),
      [fairKeys.list(), fairKeys.floorPlan('F'), guestKeys.appearances('F'), publishingKeys.preview('F')],
    ],
    [
      'editing a fair with a cascade: also every application read and the outbox',
      staleAfterFairSaved('F', true),
      [
        fairKeys.list(),
        fairKeys.floorPlan('F'),
        applicationKeys.list('F', {}),
        applicationKeys.list('F', { status: 'submitted' }),
        applicationKeys.assignments('F'),
        applicationKeys.withdrawals('F'),
        applicationKeys.detail('A'),
        applicationKeys.history('A'),
        applicationKeys.list('G', {}),
        guestKeys.appearances('F'),
        publishingKeys.preview('F'),
        outboxKeys.page(1, null),
      ],
    ],
    ['a status change: the list', staleAfterStatusChange(), [fairKeys.list()]],
    [
      'a visibility change: the list, the withdrawals and the webhooks',
      staleAfterVisibilityChange('F'),
      [fairKeys.list(), applicationKeys.withdrawals('F'), publishingKeys.webhooks()],
    ],
    ['deleting a fair: the list', staleAfterFairDeleted(), [fairKeys.list()]],
    ['adding a venue: the venues', staleAfterVenueSaved(true), [fairKeys.venues()]],
    [
      'editing a venue: every fair read (names, rooms, floor plans)',
      staleAfterVenueSaved(false),
      [fairKeys.list(), fairKeys.venues(), fairKeys.detail('F'), fairKeys.floorPlan('F'), fairKeys.detail('G'), fairKeys.floorPlan('G')],
    ],
  ])('%s', (_write, filters, expected) => expect(staleOf(filters)).toEqual(expected));

  it('never makes another fair stale', () => {
    for (const filters of [staleAfterFairSaved('F', true), staleAfterVisibilityChange('F'), staleAfterStatusChange()]) {
      expect(staleOf(filters)).not.toContainEqual(fairKeys.detail('G'));
      expect(staleOf(filters)).not.toContainEqual(publishingKeys.preview('G'));
    }
  });

  it("drops everything read about a deleted fair, in every context, and nothing of another fair's", () => {
    const client = new QueryClient();
    for (const key of CACHED) client.setQueryData(key, 'read');
    for (const queryKey of fairScopedKeys('F')) client.removeQueries({ queryKey });
    const left = CACHED.filter((key) => client.getQueryData(key) !== undefined);
    expect(left).toEqual([
      fairKeys.list(),
      fairKeys.venues(),
      fairKeys.detail('G'),
      fairKeys.floorPlan('G'),
      applicationKeys.detail('A'),
      applicationKeys.history('A'),
      applicationKeys.list('G', {}),
      guestKeys.list(),
      guestKeys.appearances('G'),
      publishingKeys.preview('G'),
      publishingKeys.webhooks(),
      outboxKeys.page(1, null),
    ]);
  });
});
