import { Injectable } from '@nestjs/common';
import { ErrorCode, type FairNotice, type FairNotices, type NoticeFair, type NoticeInput, type NoticeKind } from '@bussanten/contracts';
import { currentNotices, noticeProblems, noticeShownUntil } from '@bussanten/domain';
import { mayActOnFair, type DayCrewActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { DomainError, validationFailed } from '../common/domain-error';
import { PublicReleasesService } from '../publishing/public-releases.service';
import { NoticesRepository, type NoticeRow } from './notices.repository';

const fairNotFound = (id: string) => new DomainError(ErrorCode.FairNotFound, `No fair with id ${id}`);
const noticeNotFound = (id: string) => new DomainError(ErrorCode.NotFound, `No notice with id ${id}`);

/**
 * Live notices (issue 23): an organizer or on-site staff posts and removes them on the day; the
 * public page and feeds show the current ones at once on every API process (a NOTIFY on the
 * release channel when the change commits). Display only: they change no application, holding
 * or planned hours. Each post and removal is audited.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly repo: NoticesRepository,
    private readonly audit: AuditService,
    private readonly publicReleases: PublicReleasesService,
  ) {}

  fairs(actor: DayCrewActor): Promise<NoticeFair[]> {
    const only = actor.user.role === 'staff' && actor.user.fairIds?.length ? actor.user.fairIds : null;
    return this.repo.fairs(actor.user.hostId, only);
  }

  async list(actor: DayCrewActor, fairId: string): Promise<FairNotices> {
    const fair = await this.fair(actor, fairId);
    const rows = await this.repo.list(actor.user.hostId, fairId);
    return { fair, notices: shown(rows, new Date()) };
  }

  async post(actor: DayCrewActor, fairId: string, input: NoticeInput): Promise<FairNotice> {
    const fair = await this.fair(actor, fairId);
    const problems = noticeProblems(input, fair.days);
    if (problems.length) throw validationFailed(problems);
    const kind: NoticeKind = input.kind ?? 'notice';
    const values = {
      kind,
      text: input.text.trim(),
      textEn: input.textEn?.trim() || null,
      day: input.day ?? null,
      closesAt: input.closesAt ?? null,
      endsAt: input.endsAt ? new Date(input.endsAt).toISOString() : null,
    };
    const row = await this.repo.transaction(async (m) => {
      const saved = await this.repo.insert(actor.user.hostId, fairId, actor.user.id, values, m);
      await this.audit.record(m, actor, {
        action: 'notice.posted',
        entityType: 'notice',
        entityId: saved.id,
        changes: {
          fairId: { before: null, after: fairId },
          kind: { before: null, after: kind },
          text: { before: null, after: values.text },
          day: { before: null, after: values.day },
          closesAt: { before: null, after: values.closesAt },
          endsAt: { before: null, after: values.endsAt },
        },
      });
      await this.repo.notify(actor.user.hostId, fairId, m);
      return saved;
    });
    this.publicReleases.forget(fair.slug);
    return shown([row], new Date())[0];
  }

  async remove(actor: DayCrewActor, fairId: string, id: string): Promise<void> {
    const fair = await this.fair(actor, fairId);
    await this.repo.transaction(async (m) => {
      const found = await this.repo.one(actor.user.hostId, fairId, id, m);
      if (!found || !(await this.repo.delete(actor.user.hostId, fairId, id, m))) throw noticeNotFound(id);
      await this.audit.record(m, actor, {
        action: 'notice.removed',
        entityType: 'notice',
        entityId: id,
        changes: { fairId: { before: fairId, after: null }, kind: { before: found.kind, after: null }, text: { before: found.text, after: null } },
      });
      await this.repo.notify(actor.user.hostId, fairId, m);
    });
    this.publicReleases.forget(fair.slug);
  }

  /** The fair, when it is the actor's host's and (for staff limited to some fairs) one of theirs; else 404. */
  private async fair(actor: DayCrewActor, fairId: string): Promise<NoticeFair> {
    const fair = mayActOnFair(actor, fairId) ? await this.repo.fair(actor.user.hostId, fairId) : null;
    if (!fair) throw fairNotFound(fairId);
    return fair;
  }
}

function shown(rows: NoticeRow[], now: Date): FairNotice[] {
  const current = new Set(currentNotices(rows, now).map((n) => n.id));
  return rows.map((n) => ({ ...n, shownUntil: noticeShownUntil(n)?.toISOString() ?? null, current: current.has(n.id) }));
}
