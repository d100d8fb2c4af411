import { Injectable } from '@nestjs/common';
import { ErrorCode, type ExhibitorGuide } from '@bussanten/contracts';
import type { RepresentativeActor } from '../accounts/access';
import { DomainError } from '../common/domain-error';
import { boothDaysCalendar } from '../publishing/ical';
import { applicationNotFound } from './application-rules';
import { ExhibitorGuideRepository, type GuideFacts } from './exhibitor-guide.repository';

const scopeOf = (actor: RepresentativeActor) => ({ hostId: actor.user.hostId, municipalityId: actor.user.municipalityId });

/** The representative's view of its application once it is in: booth on the plan, days, deadlines, the host's contact, a calendar. */
@Injectable()
export class ExhibitorGuideService {
  constructor(private readonly repo: ExhibitorGuideRepository) {}

  async guide(actor: RepresentativeActor, id: string, origin: string): Promise<ExhibitorGuide> {
    const f = await this.facts(actor, id);
    const booths = await this.repo.booths(id, scopeOf(actor));
    return {
      applicationId: f.applicationId,
      fairTitle: f.fairTitle,
      venueName: f.venueName,
      roomName: f.roomName,
      plan: { widthM: f.widthM, depthM: f.depthM, booths },
      days: f.days
        .filter((d) => f.attending.includes(d.date))
        .map((d) => ({ ...d, boothCodes: f.holdings.filter((h) => h.from <= d.date && d.date <= h.to).map((h) => h.code) })),
      applicationsCloseAt: f.closesAt?.toISOString() ?? null,
      publicUrl: f.published ? `${origin}/f/${f.slug}` : null,
      host: { name: f.hostName, nameEn: f.hostNameEn, contactEmail: f.contactEmail, contactPhone: f.contactPhone, contactNote: f.contactNote },
    };
  }

  /** The accepted application's open days at its booth as iCalendar (Japan times, written in UTC). */
  async calendar(actor: RepresentativeActor, id: string): Promise<{ filename: string; body: string }> {
    const f = await this.facts(actor, id);
    if (f.status !== 'accepted') {
      throw new DomainError(ErrorCode.ApplicationNotAccepted, 'Only an accepted application has a calendar', [
        { field: '', rule: 'notAccepted', message: `the application is ${f.status}` },
      ]);
    }
    const body = boothDaysCalendar({
      uidPrefix: `${f.slug}-application-${f.applicationId}`,
      title: f.fairTitle,
      location: `${f.venueName} ${f.roomName}, ${f.address}`,
      name: f.fairTitle,
      days: f.days,
      attending: f.attending,
      booths: f.holdings,
      stamp: f.updatedAt,
      sequence: f.changes,
      uidHost: f.uidDomain ?? undefined,
    });
    return { filename: `${f.slug}.ics`, body };
  }

  private async facts(actor: RepresentativeActor, id: string): Promise<GuideFacts> {
    const f = await this.repo.facts(id, scopeOf(actor));
    if (!f) throw applicationNotFound(id);
    return f;
  }
}
