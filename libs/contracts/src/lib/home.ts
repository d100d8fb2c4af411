import type { FairStatus } from './fairs';

/** Where a fair stands on the day in Japan: running today, still to come, or over (and not archived yet). */
export const HomeFairTiming = {
  Current: 'current',
  Upcoming: 'upcoming',
  Past: 'past',
} as const;
export type HomeFairTiming = (typeof HomeFairTiming)[keyof typeof HomeFairTiming];

/** What waits to be done for one fair; each number is what the page it links to lists. */
export interface HomeFairCounts {
  /** Applications submitted and not decided yet (status submitted). */
  toReview: number;
  /** Applications withdrawn since the fair's latest release; all the withdrawn ones while it was never published. */
  withdrawals: number;
  /** Accepted applications that attend at least one day and hold no booth on any. */
  unplaced: number;
  /**
   * Changes the next release would publish: the length of GET /api/fairs/:id/releases/preview. 0 while
   * the fair was never published (releasedVersion null): a first release lists no changes.
   */
  unpublishedChanges: number;
}

/** The deadlines still ahead of a fair; each null once passed (or when there is none). */
export interface HomeFairDeadlines {
  /** When the application window closes (an instant, ISO 8601). */
  applicationsCloseAt: string | null;
  /** The first day the fair is open ('YYYY-MM-DD', a day in Japan). */
  firstDay: string | null;
}

export interface HomeFair {
  id: string;
  slug: string;
  title: string;
  titleEn: string | null;
  status: FairStatus;
  /** 公開中 (true) or not. */
  visible: boolean;
  /** The latest release's version; null while never published. */
  releasedVersion: number | null;
  /** The fair's first and last day ('YYYY-MM-DD'). */
  firstDay: string;
  lastDay: string;
  timing: HomeFairTiming;
  counts: HomeFairCounts;
  deadlines: HomeFairDeadlines;
}

/**
 * GET /api/home: an organizer's start page in one answer. The host's fairs that are not archived,
 * running and coming ones first (soonest first), then those that are over (latest first); and what
 * went wrong host-wide.
 */
export interface HomeSummary {
  fairs: HomeFair[];
  /** The host's outbox messages that were given up (what 送信メール lists as failed). */
  failedMails: number;
  /** Deliveries to the host's webhooks (those not deleted) that were given up. */
  failedWebhookDeliveries: number;
}
