import { QueryClient, type InvalidateQueryFilters, type QueryKey } from '@tanstack/react-query';
import { applicationKeys, staleAfterUnassign } from '../applications';
import { fairKeys } from '../fairs';
import { guestKeys } from '../guests';
import { publishingKeys } from '../publishing';
import { staleAfterBoothSave } from './cache-model';
import { staleAfterAssignmentsChange, staleAfterBoothsChange } from './queries';

/** Reads an organizer may have cached while placing (fairs F and G, applications A and B of F, C of G). */
const CACHED: readonly QueryKey[] = [
  fairKeys.detail('F'),
  fairKeys.floorPlan('F'),
  fairKeys.floorPlan('G'),
  applicationKeys.list('F', {}),
  applicationKeys.assignments('F'),
  applicationKeys.detail('A'),
  applicationKeys.history('A'),
  applicationKeys.detail('B'),
  applicationKeys.assignments('G'),
  applicationKeys.detail('C'),
  guestKeys.appearances('F'),
  guestKeys.check('F', null, '{}'),
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

const FAIR_F_APPLICATIONS = [applicationKeys.list('F', {}), applicationKeys.assignments('F')];
const FAIR_F_APPEARANCES = [guestKeys.appearances('F'), guestKeys.check('F', null, '{}')];
const booth = (code: string) => ({ code });

describe('what a write in the booths context makes stale besides the plan it sets', () => {
  it.each<[string, InvalidateQueryFilters[], QueryKey[]]>([
    [
      'a booth moved, resized, deleted, or a plan copied: the preview of what publishing would change',
      staleAfterBoothsChange('F'),
      [publishingKeys.preview('F')],
    ],
    ['a booth saved with its code: the preview', staleAfterBoothsChange('F', staleAfterBoothSave(booth('A1'), booth('A1'))), [publishingKeys.preview('F')]],
    [
      'a booth given a new code: the preview, and the applications, assignments and appearances naming it',
      staleAfterBoothsChange('F', staleAfterBoothSave(booth('A1'), booth('B1'))),
      [...FAIR_F_APPLICATIONS, ...FAIR_F_APPEARANCES, publishingKeys.preview('F')],
    ],
    [
      'placing or pinning one application: the fair’s applications and assignments, it and its history, appearances, preview',
      staleAfterAssignmentsChange('F', ['A']),
      [...FAIR_F_APPLICATIONS, applicationKeys.detail('A'), applicationKeys.history('A'), ...FAIR_F_APPEARANCES, publishingKeys.preview('F')],
    ],
    [
      'accepting a proposal for two: each of them',
      staleAfterAssignmentsChange('F', ['A', 'B']),
      [
        ...FAIR_F_APPLICATIONS,
        applicationKeys.detail('A'),
        applicationKeys.history('A'),
        applicationKeys.detail('B'),
        ...FAIR_F_APPEARANCES,
        publishingKeys.preview('F'),
      ],
    ],
  ])('%s', (_write, filters, expected) => expect(staleOf(filters)).toEqual(expected));

  it('frees a booth with what the applications context says an unassign makes stale: the same as a placing', () => {
    expect(staleOf(staleAfterUnassign('F', 'A'))).toEqual(staleOf(staleAfterAssignmentsChange('F', ['A'])));
  });

  it("never makes another fair's reads or the releases stale", () => {
    for (const filters of [staleAfterBoothsChange('F', { applications: true, appearances: true }), staleAfterAssignmentsChange('F', ['A', 'B'])]) {
      const stale = staleOf(filters);
      for (const key of [
        fairKeys.floorPlan('G'),
        applicationKeys.assignments('G'),
        applicationKeys.detail('C'),
        guestKeys.appearances('G'),
        publishingKeys.preview('G'),
        publishingKeys.releases('F'),
      ]) {
        expect(stale).not.toContainEqual(key);
      }
    }
  });
});
