import { solveWithCauses, type BoothAssignmentInstance, type BoothAssignmentResultWithCauses } from '@bussanten/domain';

/**
 * What the proposal's worker thread (proposal-worker.ts) is sent and answers: plain data, copied
 * between the threads. The solve itself is the pure one from libs/domain.
 */
export interface ProposalJob {
  id: number;
  instance: BoothAssignmentInstance;
  seed: number;
}

export type ProposalJobAnswer = { id: number; ok: true; result: BoothAssignmentResultWithCauses } | { id: number; ok: false; message: string };

/** Runs one job; a failure becomes an answer too, so the worker never dies of one. */
export function runProposalJob(job: ProposalJob): ProposalJobAnswer {
  try {
    return { id: job.id, ok: true, result: solveWithCauses(job.instance, { seed: job.seed }) };
  } catch (e) {
    return { id: job.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
