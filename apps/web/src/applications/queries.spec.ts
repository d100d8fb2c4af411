import { QueryClient, type InvalidateQueryFilters, type QueryKey } from '@tanstack/react-query';
import { fairKeys } from '../fairs';
import { guestKeys } from '../guests';
import { outboxKeys } from '../mail';
import { publishingKeys } from '../publishing';
import { applicationKeys, staleAfterDecision, staleAfterMyApplication, staleAfterTieLabel, staleAfterUnassign } from './queries';

/** Reads an organizer may have cached (fairs F and G, applications A and B of F, C of G), and a representative's. */
const CACHED: readonly QueryKey[] = [
  fairKeys.detail('F'),
  fairKeys.floorPlan('F'),
  applicationKeys.list('F', {}),
  applicationKeys.list('F', { unassigned: true }),
  applicationKeys.assignments('F'),
  applicationKeys.withdrawals('F'),
  applicationKeys.detail('A'),
  applicationKeys.history('A'),
  applicationKeys.detail('B'),
  applicationKeys.history('B'),
  applicationKeys.list('G', {}),
  applicationKeys.detail('C'),
  guestKeys.appearances('F'),
  guestKeys.appearances('G'),
  publishingKeys.releases('F'),
  publishingKeys.preview('F'),
  publishingKeys.preview('G'),
  outboxKeys.page(1, null),
  applicationKeys.myFairs(),
  applicationKeys.myFair('F'),
  applicationKeys.myList(),
  applicationKeys.myApplication('A'),
];

function staleOf(filters: InvalidateQueryFilters[]): QueryKey[] {
  const client = new QueryClient();
  for (const key of CACHED) client.setQueryData(key, 'read');
  for (const filter of filters) void client.invalidateQueries({ ...filter, refetchType: 'none' });
  return CACHED.filter((key) => client.getQueryState(key)?.isInvalidated);
}

const FAIR_F_APPLICATIONS = [
  applicationKeys.list('F', {}),
  applicationKeys.list('F', { unassigned: true }),
  applicationKeys.assignments('F'),
  applicationKeys.withdrawals('F'),
];

describe('what a write in the applications context makes stale', () => {
  it.each<[string, InvalidateQueryFilters[], QueryKey[]]>([
    [
      'deciding on one application: the fair’s applications, it and its history, appearances, preview, outbox',
      staleAfterDecision('F', ['A']),
      [
        ...FAIR_F_APPLICATIONS,
        applicationKeys.detail('A'),
        applicationKeys.history('A'),
        guestKeys.appearances('F'),
        publishingKeys.preview('F'),
        outboxKeys.page(1, null),
      ],
    ],
    [
      'deciding on several at once: each of them',
      staleAfterDecision('F', ['A', 'B']),
      [
        ...FAIR_F_APPLICATIONS,
        applicationKeys.detail('A'),
        applicationKeys.history('A'),
        applicationKeys.detail('B'),
        applicationKeys.history('B'),
        guestKeys.appearances('F'),
        publishingKeys.preview('F'),
        outboxKeys.page(1, null),
      ],
    ],
    [
      'a tie label: the application, its history and the fair’s lists',
      staleAfterTieLabel('F', 'A'),
      [applicationKeys.list('F', {}), applicationKeys.list('F', { unassigned: true }), applicationKeys.detail('A'), applicationKeys.history('A')],
    ],
    [
      'freeing a booth: the fair’s applications, the application, its history, appearances and preview',
      staleAfterUnassign('F', 'A'),
      [...FAIR_F_APPLICATIONS, applicationKeys.detail('A'), applicationKeys.history('A'), guestKeys.appearances('F'), publishingKeys.preview('F')],
    ],
    [
      'a representative applying, changing or withdrawing: their list and fairs (the application is set from the answer)',
      staleAfterMyApplication(),
      [applicationKeys.myFairs(), applicationKeys.myFair('F'), applicationKeys.myList()],
    ],
  ])('%s', (_write, filters, expected) => expect(staleOf(filters)).toEqual(expected));

  it("never makes another fair's reads, the fair itself or its floor plan stale", () => {
    for (const filters of [staleAfterDecision('F', ['A', 'B']), staleAfterTieLabel('F', 'A'), staleAfterUnassign('F', 'A')]) {
      const stale = staleOf(filters);
      for (const key of [
        applicationKeys.list('G', {}),
        applicationKeys.detail('C'),
        guestKeys.appearances('G'),
        publishingKeys.preview('G'),
        fairKeys.detail('F'),
        fairKeys.floorPlan('F'),
      ]) {
        expect(stale).not.toContainEqual(key);
      }
    }
  });
});
