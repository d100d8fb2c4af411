import { Injectable } from '@nestjs/common';
import type { ApplicationStatus, FairWithdrawal, HeldBooth } from '@bussanten/contracts';
import type { EntityManager } from 'typeorm';
import type { OrganizerActor } from '../accounts/access';
import { FairsService } from '../fairs/fairs.service';
import { applicationWithdrawn } from '../mail/organizer-messages';
import { OutboxService } from '../mail/outbox.service';
import { WithdrawalsRepository } from './withdrawals.repository';

/**
 * What the host's organizers learn of a municipality's withdrawal: a mail to each of them, written
 * in the withdrawal's transaction, and the list on the fair's page. Neither touches the public page:
 * that changes only when they publish again.
 */
@Injectable()
export class WithdrawalsService {
  constructor(
    private readonly repo: WithdrawalsRepository,
    private readonly fairs: FairsService,
    private readonly outbox: OutboxService,
  ) {}

  /** The booths the application holds, to name them once the withdrawal has released them. */
  heldBooths(applicationId: string, fairId: string, m: EntityManager): Promise<HeldBooth[]> {
    return this.repo.heldBooths(applicationId, fairId, m);
  }

  /** One message to every live organizer of the host, in the caller's (the withdrawal's) transaction. */
  async notifyOrganizers(
    m: EntityManager,
    w: { applicationId: string; hostId: string; previousStatus: ApplicationStatus; boothsFreed: HeldBooth[]; origin: string },
  ): Promise<number> {
    const facts = await this.repo.noticeFacts(w.applicationId, w.hostId, m);
    // The transaction's own clock, so the mail names the same instant the history records.
    const [{ now }] = await m.query('SELECT now() AS now');
    const text = applicationWithdrawn({
      fair: { title: facts.fairTitle, titleEn: facts.fairTitleEn },
      municipality: { name: facts.municipalityName, nameEn: facts.municipalityNameEn },
      stillPublic: facts.stillPublic,
      previousStatus: w.previousStatus,
      withdrawnAt: now,
      boothsFreed: w.boothsFreed,
      releasesUrl: `${w.origin}/fairs/${facts.fairId}/releases`,
      applicationUrl: `${w.origin}/fairs/${facts.fairId}/applications/${w.applicationId}`,
    });
    return this.outbox.enqueueToOrganizers(m, w.hostId, { kind: 'application.withdrawn', ...text });
  }

  async list(actor: OrganizerActor, fairId: string): Promise<FairWithdrawal[]> {
    await this.fairs.get(actor, fairId);
    return this.repo.list(fairId, actor.user.hostId);
  }
}
