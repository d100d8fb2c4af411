// The proposal's worker thread: a separate bundle entry (dist/apps/api/proposal-worker.js, like
// assign.js) that ProposalSolver starts with worker_threads, so a solve of a few hundred exhibitors
// never holds up the requests of its process. It answers each job it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { runProposalJob, type ProposalJob } from './proposal-job';

const port = parentPort;
if (!port) throw new Error('proposal-worker.js runs as a worker thread of the API (ProposalSolver), not on its own');
port.on('message', (job: ProposalJob) => port.postMessage(runProposalJob(job)));
