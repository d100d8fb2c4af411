import { useQuery, type InvalidateQueryFilters } from '@tanstack/react-query';
import { applicationKeys } from '../applications';
import { fairKeys } from '../fairs';
import { outboxKeys } from '../mail';
import { publishingApi } from './api/publishing';

/**
 * The publishing context's server state: a fair's releases and what publishing now would change
 * (the preview), and the host's webhooks. Writes elsewhere that change the public schedule (a
 * decision, a booth, a day, an appearance) make `publishingKeys.preview(fairId)` stale.
 */
export const publishingKeys = {
  all: ['publishing'] as const,
  ofFair: (fairId: string) => ['publishing', 'fair', fairId] as const,
  releases: (fairId: string) => ['publishing', 'fair', fairId, 'releases'] as const,
  preview: (fairId: string) => ['publishing', 'fair', fairId, 'preview'] as const,
  webhooks: () => ['publishing', 'webhooks'] as const,
};

export function useReleases(fairId: string) {
  return useQuery({ queryKey: publishingKeys.releases(fairId), queryFn: ({ signal }) => publishingApi.releases(fairId, { signal }) });
}

export function useReleasePreview(fairId: string) {
  return useQuery({ queryKey: publishingKeys.preview(fairId), queryFn: ({ signal }) => publishingApi.preview(fairId, { signal }) });
}

export function useWebhooks() {
  return useQuery({ queryKey: publishingKeys.webhooks(), queryFn: ({ signal }) => publishingApi.webhooks({ signal }) });
}

/**
 * Publishing a fair: its releases and preview, the fair itself (visible again, the version released;
 * not its floor plan) and the fairs list's visibility badge, its withdrawals (no longer "still
 * public"), the webhooks (each gets a delivery) and the outbox (representatives hear of the changes).
 */
export function staleAfterPublish(fairId: string): InvalidateQueryFilters[] {
  return [
    { queryKey: publishingKeys.ofFair(fairId) },
    { queryKey: fairKeys.detail(fairId), exact: true },
    { queryKey: fairKeys.list() },
    { queryKey: applicationKeys.withdrawals(fairId) },
    { queryKey: publishingKeys.webhooks() },
    { queryKey: outboxKeys.all },
  ];
}

/** Adding, testing or deleting a webhook: the list (with each one's last delivery). */
export function staleAfterWebhookChange(): InvalidateQueryFilters[] {
  return [{ queryKey: publishingKeys.webhooks() }];
}
