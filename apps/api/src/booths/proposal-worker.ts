// The proposal's worker thread: a separate bundle entry (dist/apps/api/proposal-worker.js, like
// assign.js) that ProposalSolver starts with worker_threads, so a solve of a few hundred exhibitors
// never holds up the requests of its process. It answers each job it is sent, one at a time.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { runProposalJob, type ProposalJob } from './proposal-job';

const port = parentPort;
if (!port) throw new Error('proposal-worker.js runs as a worker thread of the API (ProposalSolver), not on its own');

// A solve keeps a core busy for a second or more; on a small machine the requests of this process
// (and PostgreSQL) should come first. On Linux a thread's nice value is its own, so this lowers the
// solver thread only; where the system refuses (or applies it to the process), the solve still runs.
try {
  setPriority(10);
} catch {
  // not allowed here: run at normal priority
}
port.on('message', (job: ProposalJob) => port.postMessage(runProposalJob(job)));
