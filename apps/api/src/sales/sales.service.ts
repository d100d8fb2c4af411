import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ErrorCode,
  type AuditAction,
  type AuditChange,
  type DailySalesInput,
  type FairSales,
  type FairSalesDay,
  type MySales,
  type SalesComparison,
  type SalesDayState,
  type SalesEntry,
  type SalesLine,
} from '@bussanten/contracts';
import { isIsoDate, salesDayPhase, salesInputProblems } from '@bussanten/domain';
import type { Actor, OrganizerActor, RepresentativeActor } from '../accounts/access';
import { AuditService } from '../audit/audit.service';
import { DomainError, validationFailed } from '../common/domain-error';
import { SalesClock } from './sales-clock';
import { compareFigures, dayNumbers, dayTotals, sumFigures } from './sales-figures';
import { SalesRepository, type SalesApplicationRow, type SalesDayRow, type SalesEntryRow } from './sales.repository';

const toEntry = (r: SalesEntryRow): SalesEntry => ({
  applicationId: r.applicationId,
  date: r.date,
  salesYen: r.salesYen,
  customers: r.customers,
  products: r.products,
  enteredOnBehalf: r.enteredOnBehalf,
  enteredByName: r.enteredByName,
  updatedAt: new Date(r.updatedAt).toISOString(),
});

const productList = (a: SalesApplicationRow) => (a.products ?? []).map((p, index) => ({ index, name: p.name }));

const dateProblem = (message: string, rule: string) => validationFailed([{ field: 'date', rule, message }]);

/** Daily sales: exhibitors enter their own figures per day; organizers see all, confirm days and enter for exhibitors. */
@Injectable()
export class SalesService {
  constructor(
    private readonly repo: SalesRepository,
    private readonly audit: AuditService,
    private readonly clock: SalesClock,
  ) {}

  private state(d: SalesDayRow): SalesDayState {
    return {
      date: d.date,
      opens: d.opens,
      closes: d.closes,
      phase: salesDayPhase(d, this.clock.now()),
      confirmedAt: d.confirmedAt ? new Date(d.confirmedAt).toISOString() : null,
    };
  }

  private async ownApplication(actor: RepresentativeActor, id: string): Promise<SalesApplicationRow> {
    const a = await this.repo.ownApplication(id, actor.user.hostId, actor.user.municipalityId);
    if (!a) throw new DomainError(ErrorCode.ApplicationNotFound, `No application ${id}`);
    if (a.status !== 'accepted') throw new DomainError(ErrorCode.ApplicationNotAccepted, 'Sales are entered for accepted applications only');
    return a;
  }

  async mine(actor: RepresentativeActor, id: string): Promise<MySales> {
    const a = await this.ownApplication(actor, id);
    const [days, entries] = await Promise.all([this.repo.days(a.fairId, actor.user.hostId), this.repo.entries(a.fairId, actor.user.hostId, a.id)]);
    const attended = days.filter((d) => a.days.includes(d.date));
    const { salesYen, customers } = sumFigures(entries);
    return {
      applicationId: a.id,
      fairId: a.fairId,
      fairTitle: a.fairTitle,
      municipalityName: a.municipalityName,
      products: productList(a),
      days: attended.map((d) => {
        const entry = entries.find((e) => e.date === d.date);
        return { ...this.state(d), entry: entry ? toEntry(entry) : null };
      }),
      totalYen: salesYen,
      customers,
    };
  }

  /** The representative's entry or correction of a day, until the organizer confirms the day. */
  async enterMine(actor: RepresentativeActor, id: string, date: string, body: DailySalesInput): Promise<SalesEntry> {
    const a = await this.ownApplication(actor, id);
    return this.write(actor, a, date, body, false);
  }

  /** An organizer's entry for an exhibitor (代理入力), from the day's closing time, also after confirmation. */
  async enterOnBehalf(actor: OrganizerActor, fairId: string, applicationId: string, date: string, body: DailySalesInput): Promise<SalesEntry> {
    const applications = await this.acceptedOf(actor, fairId);
    const a = applications.find((x) => x.id === applicationId);
    if (!a) throw new DomainError(ErrorCode.ApplicationNotFound, `No accepted application ${applicationId} at this fair`);
    return this.write(actor, a, date, body, true);
  }

  private async acceptedOf(actor: OrganizerActor, fairId: string): Promise<SalesApplicationRow[]> {
    if (!(await this.repo.fair(fairId, actor.user.hostId))) throw new DomainError(ErrorCode.FairNotFound, `No fair ${fairId}`);
    return this.repo.acceptedApplications(fairId, actor.user.hostId);
  }

  private async write(actor: Actor, a: SalesApplicationRow, date: string, body: DailySalesInput, organizer: boolean): Promise<SalesEntry> {
    const hostId = actor.user?.hostId as string;
    if (!isIsoDate(date)) throw dateProblem(`date ${date.slice(0, 20)} is not a calendar date (YYYY-MM-DD)`, 'isDate');
    const problems = salesInputProblems(body, a.products.length);
    if (problems.length) throw validationFailed(problems);
    if (!a.days.includes(date)) throw dateProblem(`the exhibitor does not attend ${date}`, 'attended');
    const day = (await this.repo.days(a.fairId, hostId)).find((d) => d.date === date);
    const phase = day ? salesDayPhase(day, this.clock.now()) : 'notBegun';
    if (phase === 'notBegun') throw dateProblem(`${date} has not begun (its opening time in Japan has not passed)`, 'begun');
    if (organizer && phase !== 'closed') throw new DomainError(ErrorCode.SalesDayNotClosed, `${date} has not closed yet: the exhibitor enters its figures`);
    const products: SalesLine[] = (body.products ?? []).map((l) => ({
      product: l.product,
      quantity: l.quantity,
      amountYen: l.amountYen,
      name: a.products[l.product].name,
    }));
    await this.repo.transaction(async (m) => {
      const lock = await this.repo.lockDay(a.fairId, hostId, date, m);
      if (!lock) throw dateProblem(`${date} is not a day of the fair`, 'attended');
      if (lock.confirmed && !organizer)
        throw new DomainError(ErrorCode.SalesDayConfirmed, `The organizer confirmed the sales of ${date}: ask the organizer to change them`);
      const [before] = await this.repo.entries(a.fairId, hostId, a.id, m).then((rows) => rows.filter((r) => r.date === date));
      await this.repo.upsert(
        {
          applicationId: a.id,
          fairId: a.fairId,
          date,
          salesYen: body.salesYen,
          customers: body.customers,
          products,
          enteredBy: actor.user?.id as string,
          onBehalf: organizer,
        },
        m,
      );
      await this.record(m, actor, organizer ? 'sales.enteredByOrganizer' : 'sales.entered', a.id, date, before ?? null, { ...body, products }, lock.confirmed);
    });
    const [after] = (await this.repo.entries(a.fairId, hostId, a.id)).filter((r) => r.date === date);
    return toEntry(after);
  }

  private record(
    m: EntityManager,
    actor: Actor,
    action: AuditAction,
    applicationId: string,
    date: string,
    before: SalesEntryRow | null,
    after: { salesYen: number; customers: number; products: SalesLine[] },
    confirmed: boolean,
  ): Promise<void> {
    const changes: Record<string, AuditChange> = {
      date: { before: date, after: date },
      salesYen: { before: before?.salesYen ?? null, after: after.salesYen },
      customers: { before: before?.customers ?? null, after: after.customers },
    };
    if (JSON.stringify(before?.products ?? []) !== JSON.stringify(after.products))
      changes['products'] = { before: before?.products ?? null, after: after.products };
    if (confirmed) changes['dayConfirmed'] = { before: true, after: true };
    return this.audit.record(m, actor, { action, entityType: 'application', entityId: applicationId, changes });
  }

  async fairSales(actor: OrganizerActor, fairId: string): Promise<FairSales> {
    const applications = await this.acceptedOf(actor, fairId);
    const [days, rows] = await Promise.all([this.repo.days(fairId, actor.user.hostId), this.repo.entries(fairId, actor.user.hostId)]);
    const accepted = new Set(applications.map((a) => a.id));
    const entries = rows.filter((r) => accepted.has(r.applicationId));
    const numbers = dayNumbers(days);
    const salesDays: FairSalesDay[] = days
      .filter((d) => d.opens !== null)
      .map((d) => {
        const state = this.state(d);
        const attending = applications.filter((a) => a.days.includes(d.date)).map((a) => a.id);
        return { ...state, dayNumber: numbers.get(d.date) ?? 0, confirmedByName: d.confirmedByName, ...dayTotals(state, attending, entries) };
      });
    const { salesYen, customers } = sumFigures(entries);
    return {
      fairId,
      days: salesDays,
      exhibitors: applications.map((a) => {
        const own = entries.filter((e) => e.applicationId === a.id);
        const total = sumFigures(own);
        return {
          applicationId: a.id,
          municipalityId: a.municipalityId,
          municipalityName: a.municipalityName,
          municipalityNameEn: a.municipalityNameEn,
          products: productList(a),
          days: a.days,
          entries: own.map(toEntry),
          totalYen: total.salesYen,
          customers: total.customers,
        };
      }),
      totalYen: salesYen,
      customers,
    };
  }

  /** Confirms a day once it has closed: the exhibitors' figures of that day are final for them. */
  async confirmDay(actor: OrganizerActor, fairId: string, date: string): Promise<FairSales> {
    if (!isIsoDate(date)) throw dateProblem(`date ${date.slice(0, 20)} is not a calendar date (YYYY-MM-DD)`, 'isDate');
    if (!(await this.repo.fair(fairId, actor.user.hostId))) throw new DomainError(ErrorCode.FairNotFound, `No fair ${fairId}`);
    const day = (await this.repo.days(fairId, actor.user.hostId)).find((d) => d.date === date && d.opens !== null);
    if (!day) throw dateProblem(`${date} is not an open day of the fair`, 'fairDay');
    if (salesDayPhase(day, this.clock.now()) !== 'closed') throw new DomainError(ErrorCode.SalesDayNotClosed, `${date} has not closed yet`);
    await this.repo.transaction(async (m) => {
      await this.repo.lockDay(fairId, actor.user.hostId, date, m);
      if (await this.repo.confirm(fairId, date, actor.user.id, m)) {
        await this.audit.record(m, actor, {
          action: 'sales.dayConfirmed',
          entityType: 'fair',
          entityId: fairId,
          changes: { date: { before: null, after: date } },
        });
      }
    });
    return this.fairSales(actor, fairId);
  }

  /** This fair against another of the host's (default: its latest earlier fair with confirmed sales). */
  async comparison(actor: OrganizerActor, fairId: string, compareWith: string | undefined): Promise<SalesComparison> {
    const hostId = actor.user.hostId;
    if (!(await this.repo.fair(fairId, hostId))) throw new DomainError(ErrorCode.FairNotFound, `No fair ${fairId}`);
    const [days, others] = await Promise.all([this.repo.days(fairId, hostId), this.repo.otherFairsWithSales(fairId, hostId)]);
    const firstDay = days[0]?.date ?? null;
    let other: { id: string; title: string } | null = null;
    if (compareWith !== undefined) {
      if (compareWith.toLowerCase() === fairId)
        throw validationFailed([{ field: 'compareWith', rule: 'otherFair', message: 'compareWith must be another fair' }]);
      other = await this.repo.fair(compareWith.toLowerCase(), hostId);
      if (!other) throw new DomainError(ErrorCode.FairNotFound, `No fair ${compareWith}`);
    } else {
      other = others.find((f) => f.confirmed && f.firstDay !== null && (firstDay === null || f.firstDay < firstDay)) ?? null;
    }
    const current = { rows: await this.repo.figures(fairId, hostId), days: dayNumbers(days) };
    const previous = other ? { rows: await this.repo.figures(other.id, hostId), days: dayNumbers(await this.repo.days(other.id, hostId)) } : null;
    return {
      fairId,
      compareWith: other ? { id: other.id, title: other.title } : null,
      candidates: others.map((f) => ({ id: f.id, title: f.title, firstDay: f.firstDay })),
      ...compareFigures(current, previous),
    };
  }
}
