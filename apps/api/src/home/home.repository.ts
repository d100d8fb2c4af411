import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PRIVATE_OUTBOX_KINDS, type FairStatus } from '@bussanten/contracts';

/** One fair of the host with what waits to be done for it, as read from the database. */
export interface HomeFairRow {
  id: string;
  slug: string;
  title: string;
  titleEn: string | null;
  status: FairStatus;
  visible: boolean;
  releasedVersion: number | null;
  firstDay: string;
  lastDay: string;
  /** The first day the fair is open (a closed first day is not it); null when every day is closed. */
  firstOpenDay: string | null;
  applicationsCloseAt: Date | null;
  toReview: number;
  withdrawals: number;
  unplaced: number;
}

/**
 * The counts of the organizers' start page. Every query is filtered by the organizer's host; the
 * fairs' counts come in one statement (one subquery per count, each on an index by fair).
 */
@Injectable()
export class HomeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The host's fairs that are not archived, with their counts. A withdrawal's time is its last
   * 'withdrawn' event (an imported application withdrawn at its source has none: its last change
   * stands in, as on the fair's list of withdrawals); it counts when it came after the latest release.
   */
  fairs(hostId: string): Promise<HomeFairRow[]> {
    return this.db.query(
      `SELECT f.id, f.slug, f.title, f.title_en AS "titleEn", f.status, f.visible, lr.version AS "releasedVersion",
              to_char(fd.first_day, 'YYYY-MM-DD') AS "firstDay", to_char(fd.last_day, 'YYYY-MM-DD') AS "lastDay",
              to_char(fd.first_open_day, 'YYYY-MM-DD') AS "firstOpenDay", f.applications_close_at AS "applicationsCloseAt",
              (SELECT count(*)::int FROM applications a WHERE a.fair_id = f.id AND a.status = 'submitted') AS "toReview",
              (SELECT count(*)::int FROM applications a
                 LEFT JOIN LATERAL (SELECT e.at FROM application_events e WHERE e.application_id = a.id AND e.action IN ('withdrawn', 'declined')
                                    ORDER BY e.id DESC LIMIT 1) w ON true
                WHERE a.fair_id = f.id AND a.status IN ('withdrawn', 'declined') AND (lr.published_at IS NULL OR coalesce(w.at, a.updated_at) > lr.published_at)) AS withdrawals,
              (SELECT count(*)::int FROM applications a WHERE a.fair_id = f.id AND a.status = 'accepted'
                  AND EXISTS (SELECT 1 FROM application_days d WHERE d.application_id = a.id)
                  AND NOT EXISTS (SELECT 1 FROM booth_assignments ba WHERE ba.application_id = a.id)) AS unplaced
       FROM fairs f
       LEFT JOIN LATERAL (SELECT r.version, r.published_at FROM releases r WHERE r.fair_id = f.id ORDER BY r.version DESC LIMIT 1) lr ON true
       LEFT JOIN LATERAL (SELECT min(d.date) AS first_day, max(d.date) AS last_day, min(d.date) FILTER (WHERE d.opens IS NOT NULL) AS first_open_day
                          FROM fair_days d WHERE d.fair_id = f.id) fd ON true
       WHERE f.host_id = $1 AND f.status <> 'archived'
       ORDER BY fd.first_day, f.title, f.id`,
      [hostId],
    );
  }

  /** The host's outbox messages given up, counted as 送信メール lists them (the account holders' own mails left out). */
  async failedMails(hostId: string): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM outbox_messages o
       WHERE o.host_id = $1 AND o.sent_at IS NULL AND o.failed_at IS NOT NULL AND NOT (o.kind = ANY($2::text[]))`,
      [hostId, PRIVATE_OUTBOX_KINDS],
    );
    return n;
  }

  /** Deliveries given up to the host's webhooks; a deleted webhook's (whose waiting deliveries its deletion gave up) are left out. */
  async failedWebhookDeliveries(hostId: string): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
       WHERE w.host_id = $1 AND w.disabled_at IS NULL AND d.delivered_at IS NULL AND d.failed_at IS NOT NULL`,
      [hostId],
    );
    return n;
  }
}
