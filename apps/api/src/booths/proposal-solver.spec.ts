import { ErrorCode } from '@bussanten/contracts';
import { generateAssignmentInstance, solveWithCauses } from '@bussanten/domain';
import { DomainError } from '../common/domain-error';
import { ProposalSolver } from './proposal-solver';

/**
 * The proposal's solve in a worker thread (from sources here: proposal-worker.ts through
 * tools/ts-require.cjs, as the API run by jest does): the same answer as the solve itself, a time
 * limit and a short line, each refusal in the API's error shape.
 */
describe('ProposalSolver (a worker thread)', () => {
  const solvers: ProposalSolver[] = [];
  const solver = (options: ConstructorParameters<typeof ProposalSolver>[0]) => {
    const s = new ProposalSolver(options);
    solvers.push(s);
    return s;
  };
  afterAll(async () => {
    for (const s of solvers) await s.onModuleDestroy();
  });

  it('answers what the solve answers on the request thread, for each seed, one after another', async () => {
    const s = solver({});
    const instance = generateAssignmentInstance(20);
    for (const seed of [1, 2]) expect(await s.solve(instance, seed)).toEqual(solveWithCauses(instance, { seed }));
  });

  it('stops a solve past its time limit, and its worker, with PROPOSAL_TIMEOUT', async () => {
    const s = solver({ timeoutMs: 1 });
    const refusal = await s.solve(generateAssignmentInstance(200), 1).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: ErrorCode.ProposalTimeout, details: [{ field: 'fair', rule: 'timeout' }] });
  });

  it('refuses a proposal beyond the line with PROPOSAL_BUSY and Retry-After; the others are answered', async () => {
    const s = solver({ maxWaiting: 1 });
    const instance = generateAssignmentInstance(20);
    const first = s.solve(instance, 1);
    const second = s.solve(instance, 2);
    const third = await s.solve(instance, 3).catch((e: unknown) => e);
    expect(third).toMatchObject({ code: ErrorCode.ProposalBusy, headers: { 'Retry-After': '5' }, details: [{ field: 'fair', rule: 'busy' }] });
    expect((await first).objective).toEqual(solveWithCauses(instance, { seed: 1 }).objective);
    expect((await second).objective).toEqual(solveWithCauses(instance, { seed: 2 }).objective);
  });
});
