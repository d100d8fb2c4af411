import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  metaDetail,
  type ApiErrorDetail,
  type DayConflictApplication,
  type DayConflictVisit,
  type FairDayCascade,
  type FairDayInput,
} from '@bussanten/contracts';
import { planDayChanges, type DayChangePlan, type HoldingChange } from '@bussanten/domain';
import type { EntityManager } from 'typeorm';
import type { OrganizerActor } from '../../accounts/access';
import { ApplicationEventsRepository } from '../../applications/application-events.repository';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/domain-error';
import { fairDaysChanged, type MunicipalityDayChange } from '../../mail/day-change-messages';
import type { FairNames } from '../../mail/messages';
import { OutboxService } from '../../mail/outbox.service';
import { DayChangesRepository, type AttendanceRow, type HoldingRow, type VisitRow } from './day-changes.repository';

/** Rejected, withdrawn and declined applications, and drafts (the organizers never see them), lose a removed day without a word: nobody plans around them. */
const DORMANT = new Set(['draft', 'rejected', 'withdrawn', 'declined']);

const sameDays = (a: FairDayInput[], b: FairDayInput[]) =>
  a.length === b.length && a.every((d) => b.some((e) => e.date === d.date && e.opens === d.opens && e.closes === d.closes));

const range = (r: { from: string; to: string }) => `${r.from}–${r.to}`;

interface Facts {
  attendances: AttendanceRow[];
  holdings: HoldingRow[];
  visits: VisitRow[];
}

/**
 * Closing, removing or shortening a fair's days, for FairsService.update inside its transaction
 * (the fair row locked). What the edit strands comes from planDayChanges; unless the request's
 * `cascade` says what happens to it, the edit is refused with every application and visit named.
 * With it, the days are dropped from those applications (their holdings split around them), the
 * visits cancelled, each change recorded in the application's history and the audit log, and each
 * representative concerned gets one mail for all of it — before the fair's days are replaced, so the
 * foreign key from application_days to fair_days never sees a removed day still attended.
 */
@Injectable()
export class DayChangesService {
  constructor(
    private readonly repo: DayChangesRepository,
    private readonly events: ApplicationEventsRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async applyWithin(
    actor: OrganizerActor,
    m: EntityManager,
    fair: { id: string; title: string; titleEn: string | null; days: FairDayInput[] },
    days: FairDayInput[],
    cascade: FairDayCascade = {},
  ): Promise<void> {
    if (sameDays(fair.days, days)) return;
    const facts: Facts = {
      attendances: await this.repo.attendances(fair.id, m),
      holdings: await this.repo.holdings(fair.id, m),
      visits: await this.repo.visits(fair.id, m),
    };
    const plan = planDayChanges(fair.days, days, {
      attendances: facts.attendances.map((a) => ({ applicationId: a.applicationId, days: a.days, live: !DORMANT.has(a.status) })),
      holdings: facts.holdings,
      visits: facts.visits,
    });
    const refused = [...(cascade.dropApplicationDays ? [] : applicationConflicts(plan, facts)), ...(cascade.cancelVisits ? [] : visitConflicts(plan, facts))];
    if (refused.length) {
      throw new DomainError(
        ErrorCode.FairDayInUse,
        `The new days strand ${refused.length} application(s) or visit(s); send cascade.dropApplicationDays / cascade.cancelVisits to drop and cancel them`,
        refused,
      );
    }
    await this.dropDays(actor, m, fair.id, plan, facts);
    await this.cancelVisits(actor, m, fair.id, plan, facts);
    await this.notify(actor, m, fair, plan, facts);
  }

  private async dropDays(actor: OrganizerActor, m: EntityManager, fairId: string, plan: DayChangePlan, facts: Facts): Promise<void> {
    for (const a of plan.applications) {
      await this.repo.dropDays(fairId, a.applicationId, a.days, m);
      await this.events.record(m, { applicationId: a.applicationId, actorId: actor.user.id, action: 'daysDropped', status: null, message: a.days.join(', ') });
      await this.audit.record(m, actor, {
        action: 'application.daysDropped',
        entityType: 'application',
        entityId: a.applicationId,
        changes: { days: { before: [...a.days, ...a.remaining].sort(), after: a.remaining } },
      });
    }
    for (const h of plan.holdings) {
      const code = holding(facts, h).boothCode;
      await this.repo.splitHolding(fairId, h.holdingId, h.pieces, m);
      const after = h.pieces.map(range).join(', ');
      await this.events.record(m, {
        applicationId: h.applicationId,
        actorId: actor.user.id,
        action: h.pieces.length ? 'split' : 'unassigned',
        status: null,
        message: `${code} ${range(h)} → ${after || '—'}`,
      });
      await this.audit.record(m, actor, {
        action: h.pieces.length ? 'assignment.split' : 'assignment.deleted',
        entityType: 'application',
        entityId: h.applicationId,
        changes: { booth: { before: { booth: code, from: h.from, to: h.to }, after: h.pieces.length ? h.pieces.map((p) => ({ booth: code, ...p })) : null } },
      });
    }
  }

  private async cancelVisits(actor: OrganizerActor, m: EntityManager, fairId: string, plan: DayChangePlan, facts: Facts): Promise<void> {
    if (!plan.visits.length) return;
    await this.repo.cancelVisits(
      fairId,
      plan.visits.map((v) => v.visitId),
      m,
    );
    for (const v of plan.visits) {
      const row = visit(facts, v.visitId);
      await this.audit.record(m, actor, {
        action: 'appearance.cancelled',
        entityType: 'appearance',
        entityId: v.visitId,
        changes: { status: { before: row.status, after: 'cancelled' }, reason: { before: null, after: `${v.reason} ${v.date} ${v.start}–${v.end}` } },
      });
    }
  }

  /** One mail per representative, covering every municipality of theirs the change touched. */
  private async notify(actor: OrganizerActor, m: EntityManager, fair: FairNames, plan: DayChangePlan, facts: Facts): Promise<void> {
    const byMunicipality = new Map<string, MunicipalityDayChange>();
    const entry = (id: string, name: string, nameEn: string | null) => {
      const found = byMunicipality.get(id) ?? { municipalityName: name, municipalityNameEn: nameEn, application: null, visits: [] };
      byMunicipality.set(id, found);
      return found;
    };
    for (const a of plan.applications.filter((x) => x.live)) {
      const row = attendance(facts, a.applicationId);
      entry(row.municipalityId, row.municipalityName, row.municipalityNameEn).application = {
        id: a.applicationId,
        days: a.days,
        holdings: heldBy(plan, facts, a.applicationId),
        leftWithoutDays: a.remaining.length === 0,
      };
    }
    for (const v of plan.visits) {
      const row = visit(facts, v.visitId);
      if (!row.municipalityId) continue;
      entry(row.municipalityId, row.municipalityName as string, row.municipalityNameEn).visits.push({
        guestName: row.guestName,
        guestNameEn: row.guestNameEn,
        date: v.date,
        start: v.start,
        end: v.end,
      });
    }
    if (!byMunicipality.size) return;
    const people = new Map<string, MunicipalityDayChange[]>();
    for (const r of await this.repo.representatives(actor.user.hostId, [...byMunicipality.keys()], m)) {
      people.set(r.email, [...(people.get(r.email) ?? []), byMunicipality.get(r.municipalityId) as MunicipalityDayChange]);
    }
    const contact = await this.outbox.hostContact(m, actor.user.hostId);
    for (const [recipient, changes] of people) {
      // The application's page when the mail is about one; the representative's applications otherwise (several, or only guests' visits).
      const apps = changes.flatMap((c) => (c.application ? [c.application.id] : []));
      const link =
        apps.length === 1
          ? { page: 'application' as const, url: this.outbox.link(`/my/applications/${apps[0]}`) }
          : { page: 'applications' as const, url: this.outbox.link('/my/applications') };
      await this.outbox.enqueue(m, { kind: 'fair.daysChanged', hostId: actor.user.hostId, recipient, ...fairDaysChanged(fair, changes, { link, contact }) });
    }
  }
}

function applicationConflicts(plan: DayChangePlan, facts: Facts): ApiErrorDetail[] {
  return plan.applications
    .filter((a) => a.live)
    .map((a) => {
      const row = attendance(facts, a.applicationId);
      const meta: DayConflictApplication = {
        kind: 'application',
        applicationId: a.applicationId,
        municipalityName: row.municipalityName,
        municipalityNameEn: row.municipalityNameEn,
        days: a.days,
        holdings: heldBy(plan, facts, a.applicationId),
        leftWithoutDays: a.remaining.length === 0,
      };
      return metaDetail('days', 'applicationAttends', `${row.municipalityName} (application ${a.applicationId}) attends ${a.days.join(', ')}`, meta);
    });
}

function visitConflicts(plan: DayChangePlan, facts: Facts): ApiErrorDetail[] {
  return plan.visits.map((v) => {
    const row = visit(facts, v.visitId);
    const meta: DayConflictVisit = {
      kind: 'visit',
      appearanceId: v.visitId,
      guestName: row.guestName,
      guestNameEn: row.guestNameEn,
      date: v.date,
      start: v.start,
      end: v.end,
      reason: v.reason,
      opens: v.opens,
      closes: v.closes,
    };
    const why = v.reason === 'outsideHours' ? `outside the new hours ${v.opens}–${v.closes}` : `on a ${v.reason} day`;
    return metaDetail('days', 'visitOutsideHours', `${row.guestName} visits ${v.date} ${v.start}–${v.end} (appearance ${v.visitId}), ${why}`, meta);
  });
}

function heldBy(plan: DayChangePlan, facts: Facts, applicationId: string): DayConflictApplication['holdings'] {
  return plan.holdings
    .filter((h) => h.applicationId === applicationId)
    .map((h) => ({ boothCode: holding(facts, h).boothCode, from: h.from, to: h.to, after: h.pieces }));
}

// The plan only names rows it was given, so these finds cannot miss.
const attendance = (facts: Facts, id: string) => facts.attendances.find((a) => a.applicationId === id) as AttendanceRow;
const holding = (facts: Facts, h: HoldingChange) => facts.holdings.find((x) => x.id === h.holdingId) as HoldingRow;
const visit = (facts: Facts, id: string) => facts.visits.find((v) => v.id === id) as VisitRow;
