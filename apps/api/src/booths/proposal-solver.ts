import { Inject, Injectable, Optional, type OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ErrorCode } from '@bussanten/contracts';
import type { BoothAssignmentInstance, BoothAssignmentResultWithCauses } from '@bussanten/domain';
import { DomainError } from '../common/domain-error';
import type { ProposalJob, ProposalJobAnswer } from './proposal-job';

export interface ProposalSolverOptions {
  /** How long one solve may take before the worker is stopped and the request refused. Default 60 s. */
  timeoutMs?: number;
  /** How many proposals may wait for the worker; one more is refused (429). Default 4. */
  maxWaiting?: number;
}
export const PROPOSAL_SOLVER_OPTIONS = Symbol('PROPOSAL_SOLVER_OPTIONS');

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_WAITING = 4;

interface Waiting {
  job: ProposalJob;
  done: (result: BoothAssignmentResultWithCauses) => void;
  failed: (error: Error) => void;
}

/**
 * Runs the proposal's solve (libs/domain solveWithCauses) off the request's thread: in one
 * worker thread per process, started on the first proposal and kept for the next, one solve at a
 * time (the others wait in line, a few at most). A solve past the time limit stops the worker (the
 * next proposal starts another) and is refused with PROPOSAL_TIMEOUT; a full line with
 * PROPOSAL_BUSY. The worker is the bundle's proposal-worker.js; run from sources (jest,
 * tools/openapi.cjs) there is no bundle, so it is proposal-worker.ts through tools/ts-require.cjs,
 * in a worker thread all the same.
 */
@Injectable()
export class ProposalSolver implements OnModuleDestroy {
  private worker: Worker | null = null;
  private running: (Waiting & { timer: NodeJS.Timeout }) | null = null;
  private readonly line: Waiting[] = [];
  private nextId = 1;
  private readonly timeoutMs: number;
  private readonly maxWaiting: number;
  private readonly startListeners = new Set<() => void>();

  constructor(@Optional() @Inject(PROPOSAL_SOLVER_OPTIONS) options: ProposalSolverOptions | null = null) {
    this.timeoutMs = options?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxWaiting = options?.maxWaiting ?? DEFAULT_MAX_WAITING;
  }

  solve(instance: BoothAssignmentInstance, seed: number): Promise<BoothAssignmentResultWithCauses> {
    if (this.line.length >= this.maxWaiting)
      return Promise.reject(
        new DomainError(
          ErrorCode.ProposalBusy,
          'Other proposals are being made: try again in a moment',
          [{ field: 'fair', rule: 'busy', message: `${this.line.length} other proposals are waiting` }],
          { 'Retry-After': '5' },
        ),
      );
    return new Promise((done, failed) => {
      this.line.push({ job: { id: this.nextId++, instance, seed }, done, failed });
      this.next();
    });
  }

  /** Calls `listener` each time a solve is handed to the worker (tests wait for it); returns the way to stop. */
  onSolveStarted(listener: () => void): () => void {
    this.startListeners.add(listener);
    return () => this.startListeners.delete(listener);
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private next(): void {
    if (this.running || this.line.length === 0) return;
    const waiting = this.line.shift() as Waiting;
    const timer = setTimeout(() => this.timedOut(), this.timeoutMs);
    this.running = { ...waiting, timer };
    this.ensureWorker().postMessage(waiting.job);
    for (const listener of this.startListeners) listener();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    // An idle worker does not keep the process alive.
    worker.unref();
    worker.on('message', (answer: ProposalJobAnswer) => this.answered(answer));
    worker.on('error', (e) => this.workerLost(worker, e));
    worker.on('exit', (code) => this.workerLost(worker, new Error(`the proposal worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private answered(answer: ProposalJobAnswer): void {
    const current = this.running;
    if (!current || current.job.id !== answer.id) return;
    this.finish();
    if (answer.ok) current.done(answer.result);
    else current.failed(new Error(`the proposal failed: ${answer.message}`));
  }

  private timedOut(): void {
    const current = this.running;
    if (!current) return;
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    this.finish();
    const seconds = Math.round(this.timeoutMs / 100) / 10;
    current.failed(
      new DomainError(ErrorCode.ProposalTimeout, `The proposal took longer than ${seconds} s and was stopped`, [
        { field: 'fair', rule: 'timeout', message: `the proposal took longer than ${seconds} s` },
      ]),
    );
  }

  /** The worker died (not stopped by us): the solve it had fails as a server error; the next one starts another. */
  private workerLost(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const current = this.running;
    if (!current) return;
    this.finish();
    current.failed(error);
  }

  private finish(): void {
    if (this.running) clearTimeout(this.running.timer);
    this.running = null;
    // The next one in line, after the answer has been handed back.
    setImmediate(() => this.next());
  }
}

/** The worker thread: the bundle's entry beside main.js, or (run from sources) the TypeScript entry. */
function startWorker(): Worker {
  const bundled = join(__dirname, 'proposal-worker.js');
  if (existsSync(bundled)) return new Worker(bundled);
  const source = join(__dirname, 'proposal-worker.ts');
  const tsRequire = resolve(__dirname, '../../../../tools/ts-require.cjs');
  return new Worker(`require(${JSON.stringify(tsRequire)}); require(${JSON.stringify(source)});`, { eval: true });
}
