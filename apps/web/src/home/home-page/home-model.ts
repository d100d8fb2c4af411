import type { HomeFair, HomeFairTiming, HomeSummary } from '@bussanten/contracts';
import type { MessageKey, MessageParams } from '../../i18n/dictionaries';

/** One count of the home page: what it says, how many, and the page where it is handled. */
export interface HomeTask {
  /** Stable name, for React keys and tests. */
  id: 'toReview' | 'withdrawals' | 'unplaced' | 'unpublished' | 'failedMails' | 'failedWebhooks';
  label: MessageKey;
  params: MessageParams;
  count: number;
  to: string;
  /** Something to do (a count above zero); a zero is shown quietly. */
  attention: boolean;
}

const task = (id: HomeTask['id'], label: MessageKey, count: number, to: string, params: MessageParams = {}): HomeTask => ({
  id,
  label,
  params: { ...params, n: count },
  count,
  to,
  attention: count > 0,
});

/**
 * A fair's four counts, each linked to where it is dealt with: the applications filtered to the
 * submitted ones, the fair page's list of withdrawals and cancellations (both statuses, which one
 * filter of the review list cannot show), the assignment page, the releases page (which, for a fair never
 * published, says so instead of a count).
 */
export function fairTasks(fair: HomeFair): HomeTask[] {
  const base = `/fairs/${encodeURIComponent(fair.id)}`;
  return [
    task('toReview', 'home.task.toReview', fair.counts.toReview, `${base}/applications?status=submitted`),
    task('withdrawals', 'home.task.withdrawals', fair.counts.withdrawals, `${base}#withdrawals`, {
      published: fair.releasedVersion === null ? 'no' : 'yes',
    }),
    task('unplaced', 'home.task.unplaced', fair.counts.unplaced, `${base}/assign`),
    // Never published: a first release lists no changes (everything goes out as it is), so no count.
    fair.releasedVersion === null
      ? task('unpublished', 'home.task.neverPublished', 0, `${base}/releases`)
      : task('unpublished', 'home.task.unpublished', fair.counts.unpublishedChanges, `${base}/releases`),
  ];
}

/** The host-wide counts, shown once: failed mails (送信メール, filtered to failed) and failed webhook deliveries. */
export function hostTasks(summary: Pick<HomeSummary, 'failedMails' | 'failedWebhookDeliveries'>): HomeTask[] {
  return [
    task('failedMails', 'home.failedMails', summary.failedMails, '/outbox?state=failed'),
    task('failedWebhooks', 'home.failedWebhooks', summary.failedWebhookDeliveries, '/webhooks'),
  ];
}

export const TIMING_KEYS: Record<HomeFairTiming, MessageKey> = {
  current: 'home.timing.current',
  upcoming: 'home.timing.upcoming',
  past: 'home.timing.past',
};
