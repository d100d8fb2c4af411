import { Injectable } from '@nestjs/common';
import { ErrorCode, type Application, type ApplicationInput, type EntryCandidate, type FairForApplicants } from '@bussanten/contracts';
import { fairTiming, foldForSearch, prefectureByCode } from '@bussanten/domain';
import type { OrganizerActor } from '../accounts/access';
import { DomainError } from '../common/domain-error';
import { FairsService } from '../fairs/fairs.service';
import { OutboxService } from '../mail/outbox.service';
import { municipalityNotFound } from '../registry/registry.errors';
import { notEditable } from './application-rules';
import { ApplicationsRepository } from './applications.repository';
import { MyApplicationsService, type Sender } from './my-applications.service';
import { ReviewService } from './review.service';

/**
 * Applications an organizer enters for a municipality (paper and fax are normal; most municipalities
 * have no account): the representative's form, rules, history, audit and receipt mail (through
 * MyApplicationsService), marked "entered by the organizer". Outside the application window too (a
 * paper application arrives by post), but not once the fair has ended or is archived. The application
 * belongs to the municipality: a representative it gets later with this host sees and edits it as its own.
 */
@Injectable()
export class EnteredApplicationsService {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly applications: MyApplicationsService,
    private readonly review: ReviewService,
    private readonly fairs: FairsService,
    private readonly outbox: OutboxService,
  ) {}

  /** Municipalities to enter for: by search text, or the host's partners and earlier exhibitors; with whether they have an account and an application. */
  async candidates(actor: OrganizerActor, fairId: string, q: string | undefined): Promise<EntryCandidate[]> {
    await this.fairs.get(actor, fairId);
    const folded = q?.trim() ? foldForSearch(q) : '';
    const rows = await this.repo.entryCandidates(actor.user.hostId, fairId, folded || null);
    const accounts = await this.outbox.representativeCounts(
      this.repo.manager,
      actor.user.hostId,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      prefectureCode: r.prefectureCode,
      prefecture: prefectureByCode(r.prefectureCode)?.name ?? '',
      hasAccount: (accounts.get(r.id) ?? 0) > 0,
      applicationId: r.applicationId,
    }));
  }

  async enter(actor: OrganizerActor, fairId: string, municipalityId: string, input: ApplicationInput): Promise<Application> {
    const fair = await this.fairs.get(actor, fairId);
    // A draft fair takes none yet (its municipalities could not see it), an archived one none any more.
    if (fair.status !== 'accepting' && fair.status !== 'closed') throw fairEnded();
    if (!(await this.repo.municipalityExists(municipalityId))) throw municipalityNotFound(municipalityId);
    const id = await this.applications.submit(organizerSender(actor, municipalityId), fairId, input);
    return this.review.get(actor, id);
  }

  /** Changes an application an organizer entered, while it is not decided (the municipality's own are its to change). */
  async edit(actor: OrganizerActor, id: string, input: ApplicationInput): Promise<Application> {
    const before = await this.review.get(actor, id);
    await this.applications.edit(organizerSender(actor, before.municipality.id), { hostId: actor.user.hostId }, id, input);
    return this.review.get(actor, id);
  }
}

/** An organizer entering for a municipality: any fair of the host that takes or took applications, until its last day ends. */
function organizerSender(actor: OrganizerActor, municipalityId: string): Sender {
  return {
    actor,
    hostId: actor.user.hostId,
    municipalityId,
    enteredBy: actor.user.id,
    admit: (fair) => {
      if (ended(fair)) throw fairEnded();
    },
    editable: (locked) => {
      if (!locked.entered) throw notEditable(locked.status, 'The municipality sent this application itself: only it can change it');
      if (locked.status !== 'submitted') throw notEditable(locked.status, `A ${locked.status} application cannot be changed by the organizer`);
    },
  };
}

function fairEnded(): DomainError {
  return new DomainError(ErrorCode.ApplicationsClosed, 'The fair has ended, is archived or is still a draft: it takes no application', [
    { field: '', rule: 'fairEnded', message: 'the fair takes no application' },
  ]);
}

/** By the day in Japan, whatever the server's zone. */
function ended(fair: FairForApplicants, now = new Date()): boolean {
  const dates = fair.days.map((d) => d.date).sort();
  const firstDay = dates[0];
  const lastDay = dates[dates.length - 1];
  return !firstDay || !lastDay || fairTiming({ firstDay, lastDay }, now) === 'past';
}
