import type { FairSummary } from '@bussanten/contracts';
import { sortFairsForList } from './sort-fairs';

const fair = (id: string, firstDay: string, status: FairSummary['status'] = 'draft'): FairSummary => ({
  id,
  slug: id,
  title: id,
  titleEn: null,
  status,
  visible: false,
  releasedVersion: null,
  firstDay,
  lastDay: firstDay,
  venueName: 'V',
  roomName: 'R',
});

describe('sortFairsForList', () => {
  it('puts the newest first and the archive last', () => {
    const sorted = sortFairsForList([fair('a', '2023-02-17', 'archived'), fair('b', '2022-02-17'), fair('c', '2024-02-16', 'accepting')]);
    expect(sorted.map((f) => f.id)).toEqual(['c', 'b', 'a']);
  });
});
