import { Injectable } from '@nestjs/common';
import type { HomeFair, HomeSummary } from '@bussanten/contracts';
import { fairTiming, fairsByPhase, tokyoDateTime } from '@bussanten/domain';
import type { OrganizerActor } from '../accounts/access';
import { ReleasesService } from '../publishing/releases.service';
import { HomeRepository, type HomeFairRow } from './home.repository';

/**
 * The organizers' start page: per fair of their host (archived ones left out), what waits to be
 * done, and the host's failed mails and webhook deliveries. Reads only; every count is the host's.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly home: HomeRepository,
    private readonly releases: ReleasesService,
  ) {}

  async summary(actor: OrganizerActor, now = new Date()): Promise<HomeSummary> {
    const hostId = actor.user.hostId;
    const rows = await this.home.fairs(hostId);
    const fairs: HomeFair[] = [];
    // The exact count the releases page shows: the preview builds the next snapshot and compares it
    // with the latest release (a few indexed reads, some 20–40 ms a fair). One fair after the other,
    // so a host with many fairs does not take that many pooled connections at once. A fair never
    // published has none to compare with: a first release lists no changes, so it is not built.
    for (const row of rows) {
      const changes = row.releasedVersion === null ? 0 : (await this.releases.preview(actor, row.id)).length;
      fairs.push(toHomeFair(row, changes, now));
    }
    const { current, ended } = fairsByPhase(fairs, now);
    return {
      fairs: [...current, ...ended],
      failedMails: await this.home.failedMails(hostId),
      failedWebhookDeliveries: await this.home.failedWebhookDeliveries(hostId),
    };
  }
}

function toHomeFair(r: HomeFairRow, unpublishedChanges: number, now: Date): HomeFair {
  const days = { firstDay: r.firstDay ?? '', lastDay: r.lastDay ?? '' };
  const firstOpenDay = r.firstOpenDay ?? r.firstDay;
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    titleEn: r.titleEn,
    status: r.status,
    visible: r.visible,
    releasedVersion: r.releasedVersion,
    ...days,
    timing: fairTiming(days, now),
    counts: { toReview: r.toReview, withdrawals: r.withdrawals, unplaced: r.unplaced, unpublishedChanges },
    deadlines: {
      // A closed fair takes no applications whatever its window says.
      applicationsCloseAt: r.status !== 'closed' && r.applicationsCloseAt && r.applicationsCloseAt > now ? r.applicationsCloseAt.toISOString() : null,
      firstDay: firstOpenDay && firstOpenDay > tokyoDateTime(now).date ? firstOpenDay : null,
    },
  };
}
