import { QueryClient, type InvalidateQueryFilters, type QueryKey } from '@tanstack/react-query';
import { applicationKeys } from '../applications';
import { fairKeys } from '../fairs';
import { outboxKeys } from '../mail';
import { publishingKeys, staleAfterPublish, staleAfterWebhookChange } from './queries';

const CACHED: readonly QueryKey[] = [
  fairKeys.list(),
  fairKeys.detail('F'),
  fairKeys.floorPlan('F'),
  fairKeys.detail('G'),
  applicationKeys.list('F', {}),
  applicationKeys.withdrawals('F'),
  applicationKeys.withdrawals('G'),
  publishingKeys.releases('F'),
  publishingKeys.preview('F'),
  publishingKeys.releases('G'),
  publishingKeys.webhooks(),
  outboxKeys.page(1, null),
];

function staleOf(filters: InvalidateQueryFilters[]): QueryKey[] {
  const client = new QueryClient();
  for (const key of CACHED) client.setQueryData(key, 'read');
  for (const filter of filters) void client.invalidateQueries({ ...filter, refetchType: 'none' });
  return CACHED.filter((key) => client.getQueryState(key)?.isInvalidated);
}

describe('what a write in the publishing context makes stale', () => {
  it('publishing: the fair (not its floor plan), the list, its withdrawals, releases and preview, the webhooks and the outbox', () => {
    expect(staleOf(staleAfterPublish('F'))).toEqual([
      fairKeys.list(),
      fairKeys.detail('F'),
      applicationKeys.withdrawals('F'),
      publishingKeys.releases('F'),
      publishingKeys.preview('F'),
      publishingKeys.webhooks(),
      outboxKeys.page(1, null),
    ]);
  });

  it('adding, testing or deleting a webhook: the webhooks', () => {
    expect(staleOf(staleAfterWebhookChange())).toEqual([publishingKeys.webhooks()]);
  });
});
