import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  metaDetail,
  type AcceptProposalInput,
  type Assignment,
  type AssignmentProposal,
  type Booth,
  type ProposalChange,
} from '@bussanten/contracts';
import {
  attendanceRanges,
  evaluate,
  fairInstance,
  movedCount,
  moveWeight,
  openDays,
  placementReasons,
  planCounts,
  prefectureByCode,
  proposalChangeKind,
  type BoothAssignmentInstance,
  type CurrentHolding,
} from '@bussanten/domain';
import type { EntityManager } from 'typeorm';
import type { OrganizerActor } from '../accounts/access';
import { DomainError } from '../common/domain-error';
import { FairsService } from '../fairs/fairs.service';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { boothNotFound } from './booths.service';
import { BoothsRepository } from './booths.repository';
import { ProposalSolver } from './proposal-solver';
import { ProposalsRepository, type ProposalApplicationRow } from './proposals.repository';

/** A fair as a solver problem, with the way back from the file's ids to ours. */
interface FairProblem {
  instance: BoothAssignmentInstance;
  booths: Booth[];
  applications: ProposalApplicationRow[];
  /** Solver id (the municipality's name, with its prefecture when two share a name) per application. */
  labels: Map<string, string>;
}

const stale = (name: string) =>
  new DomainError(ErrorCode.ProposalStale, `${name}'s booth changed after the proposal was made`, [
    metaDetail('changes', 'stale', `${name}'s booth changed after the proposal was made`, { municipalityName: name }),
  ]);

/**
 * Automatic booth assignment for a fair: exports it as a problem (libs/domain booth-assignment),
 * proposes a plan as a diff against today's holdings, and applies the changes an organizer chose,
 * all or nothing. Pinned holdings become locks, so a proposal never moves them.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly repo: ProposalsRepository,
    private readonly booths: BoothsRepository,
    private readonly assignmentsRepo: AssignmentsRepository,
    private readonly assignments: AssignmentsService,
    private readonly fairs: FairsService,
    private readonly solver: ProposalSolver,
  ) {}

  async instance(actor: OrganizerActor, fairId: string): Promise<BoothAssignmentInstance> {
    return (await this.problem(actor, fairId)).instance;
  }

  async propose(actor: OrganizerActor, fairId: string, seed = 1): Promise<AssignmentProposal> {
    const p = await this.problem(actor, fairId);
    const boothByCode = new Map(p.booths.map((b) => [b.code, b]));
    const boothById = new Map(p.booths.map((b) => [b.id, b]));
    const held = (a: ProposalApplicationRow) => (a.holdings[0] ? (boothById.get(a.holdings[0].boothId) ?? null) : null);
    const current = p.applications.flatMap((a) => {
      const b = held(a);
      return b ? [{ application: p.labels.get(a.id) as string, booth: b.code }] : [];
    });
    // The instance carries today's holdings (current_booth) and a move weight: the solver starts
    // from them and moves (and mails) nobody unless the plan gains more than the move costs. In a
    // worker thread, so the process's other requests are answered meanwhile.
    const result = await this.solver.solve(p.instance, seed);
    const proposedCode = new Map(result.assignments.map((x) => [x.application, x.booth]));
    // Where each stands now (its first booth, how many booths, which days), so a move says why it moves.
    const standing = new Map<string, CurrentHolding>();
    for (const a of p.applications) {
      const b = held(a);
      if (!b) continue;
      const days = a.days.filter((d) => a.holdings.some((h) => h.from <= d && d <= h.to));
      standing.set(p.labels.get(a.id) as string, { booth: b.code, booths: new Set(a.holdings.map((h) => h.boothId)).size, days });
    }
    const why = placementReasons(p.instance, result.assignments, standing);
    const left = new Map(result.unassigned.map((u) => [u.application, u]));
    const changes = p.applications.map((a): ProposalChange => {
      const label = p.labels.get(a.id) as string;
      const now = held(a);
      const next = boothByCode.get(proposedCode.get(label) ?? '') ?? null;
      return {
        applicationId: a.id,
        municipalityName: a.municipalityName,
        kind: proposalChangeKind(now?.id ?? null, next?.id ?? null, a.holdings.length),
        current: now && { boothId: now.id, boothCode: now.code },
        proposed: next && { boothId: next.id, boothCode: next.code },
        pinned: a.holdings.some((h) => h.pinned),
        reasons: next ? (why.get(label) ?? []) : [],
        unassignedCause: left.get(label)?.cause ?? null,
        unassignedReason: left.get(label)?.reason ?? null,
      };
    });
    return {
      fairId,
      seed,
      before: evaluate(p.instance, current),
      after: result.objective,
      counts: { before: planCounts(p.instance, current), after: planCounts(p.instance, result.assignments) },
      moves: { count: movedCount(p.instance, result.assignments), weight: moveWeight(p.instance.weights), cost: result.objective.move },
      changes,
    };
  }

  /** Applies the chosen changes in one transaction; any refusal leaves every holding as it was. */
  async accept(actor: OrganizerActor, fairId: string, input: AcceptProposalInput): Promise<Assignment[]> {
    await this.assignmentsRepo.transaction(async (m) => {
      const fair = await this.fairs.get(actor, fairId, m);
      await this.repo.lockAssignments(fairId, actor.user.hostId, m);
      const apps = new Map((await this.repo.acceptedApplications(fairId, actor.user.hostId, m)).map((a) => [a.id, a]));
      const chosen = input.changes.map((c) => {
        const app = apps.get(c.applicationId);
        if (!app)
          throw new DomainError(ErrorCode.ApplicationNotFound, `No accepted application ${c.applicationId} in this fair`, [
            { field: 'changes', rule: 'notAccepted', message: `no accepted application ${c.applicationId} in this fair` },
          ]);
        if ((app.holdings[0]?.boothId ?? null) !== c.expectedBoothId) throw stale(app.municipalityName);
        if (app.holdings.some((h) => h.pinned) && !(app.holdings.length === 1 && app.holdings[0].boothId === c.boothId))
          throw new DomainError(ErrorCode.AssignmentPinned, `${app.municipalityName} is pinned to its booth`, [
            metaDetail('changes', 'pinned', `${app.municipalityName} is pinned`, { municipalityName: app.municipalityName }),
          ]);
        return { app, boothId: c.boothId };
      });
      // One read of the fair's holdings and booths for all changes (a proposal can touch 300 exhibitors).
      const holdingsOf = new Map<string, Assignment[]>();
      for (const h of await this.assignmentsRepo.listForFair(fairId, m)) holdingsOf.set(h.applicationId, [...(holdingsOf.get(h.applicationId) ?? []), h]);
      const boothIds = new Set((await this.booths.list(fairId, m)).map((b) => b.id));
      // Free every chosen application's booths first, so swaps and chains of moves can land.
      for (const { app } of chosen) for (const h of holdingsOf.get(app.id) ?? []) await this.assignments.removeWithin(actor, m, fairId, h);
      for (const { app, boothId } of chosen) {
        if (boothId === null) continue;
        if (!boothIds.has(boothId)) throw boothNotFound(boothId, 'changes');
        for (const range of attendanceRanges(app.days, fair.days))
          await this.assignments.placeWithin(actor, m, app.id, { boothId, ...range }, holdingsOf.get(app.id)?.[0] ?? null);
      }
    });
    return this.assignmentsRepo.listForFair(fairId);
  }

  private async problem(actor: OrganizerActor, fairId: string, m?: EntityManager): Promise<FairProblem> {
    const fair = await this.fairs.get(actor, fairId, m);
    const booths = await this.booths.list(fairId, m);
    const applications = await this.repo.acceptedApplications(fairId, actor.user.hostId, m);
    const labels = uniqueLabels(applications);
    const codeOf = new Map(booths.map((b) => [b.id, b.code]));
    const instance = fairInstance(
      openDays(fair.days).map((d) => d.date),
      booths,
      applications.map((a) => ({
        label: labels.get(a.id) as string,
        days: a.days,
        needs: a.needs,
        productCategories: a.productCategories,
        multiPartyAgreements: a.multiPartyAgreements,
        primeHistory: a.primeHistory,
        pinnedBoothCode: codeOf.get(a.holdings.find((h) => h.pinned)?.boothId ?? '') ?? null,
        currentBoothCode: codeOf.get(a.holdings[0]?.boothId ?? '') ?? null,
      })),
    );
    return { instance, booths, applications, labels };
  }
}

/** Municipality names, with the prefecture added where two accepted applicants share one (府中市). */
function uniqueLabels(applications: ProposalApplicationRow[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const a of applications) count.set(a.municipalityName, (count.get(a.municipalityName) ?? 0) + 1);
  return new Map(
    applications.map((a) => [
      a.id,
      (count.get(a.municipalityName) ?? 0) > 1 ? `${a.municipalityName}(${prefectureByCode(a.prefectureCode)?.name ?? a.prefectureCode})` : a.municipalityName,
    ]),
  );
}
