import type { AssignmentProposal } from '@bussanten/contracts';
import { DEFAULT_MOVE_WEIGHT, generateBigFair } from '@bussanten/domain';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ProposalSolver } from './proposal-solver';

/**
 * The proposal at issue 22's size: the generated big fair (320 booths, 270 accepted exhibitors
 * greedily placed, 10 days), imported through the API with the official list (real PostgreSQL).
 * A move costs, so the proposal moves few; its solve runs in a worker thread, so the process keeps
 * answering. Nothing here times anything: what is checked is counts and the order of answers.
 */
describe('proposals for the generated big fair', () => {
  let t: TestApp;
  let fairId: string;
  const moving = (p: AssignmentProposal) => p.changes.filter((c) => c.kind === 'move' || c.kind === 'unassign');
  const propose = async (seed: number): Promise<AssignmentProposal> =>
    (await t.http.post(`/api/fairs/${fairId}/assignment-proposal`).send({ seed }).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp({ officialList: true });
    const municipalities: { prefectureCode: number; name: string }[] = await t.db.query(
      `SELECT prefecture_code AS "prefectureCode", name FROM municipalities WHERE kind <> 'prefecture' ORDER BY prefecture_code, reading, name LIMIT 300`,
    );
    const doc = generateBigFair({ slug: 'big-fair-2027', title: '大規模物産展テスト', municipalities });
    fairId = (await t.http.post('/api/fairs/import').send(doc).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it('moves under a quarter of the placed exhibitors, says what the moves cost, and proposes nothing more once accepted', async () => {
    const instance = (await t.http.get(`/api/fairs/${fairId}/assignment-instance`).expect(200)).body;
    const placed = instance.applications.filter((a: { current_booth: string | null }) => a.current_booth !== null).length;
    expect(placed).toBe(270);
    expect(instance.weights.move).toBe(DEFAULT_MOVE_WEIGHT);

    const proposal = await propose(1);
    const moves = moving(proposal);
    // Without a move cost it moved 227 of the 270 (issue 22).
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.length).toBeLessThan(placed / 4);
    expect(proposal.moves).toEqual({ count: moves.length, weight: DEFAULT_MOVE_WEIGHT, cost: moves.length * DEFAULT_MOVE_WEIGHT });
    expect(proposal.after.move).toBe(proposal.moves.cost);
    expect(proposal.before.move).toBe(0);
    // Each move gains more than it costs: the proposal scores better than the plan as it stands.
    expect(proposal.after.total).toBeLessThan(proposal.before.total);

    const changes = moves.map((c) => ({ applicationId: c.applicationId, expectedBoothId: c.current?.boothId ?? null, boothId: c.proposed?.boothId ?? null }));
    await t.http.post(`/api/fairs/${fairId}/assignment-proposal/accept`).send({ changes }).expect(200);

    // The plan is now what the proposal found best: proposed again (another seed), it moves nobody.
    const again = await propose(2);
    expect(moving(again)).toEqual([]);
    expect(again.moves).toEqual({ count: 0, weight: DEFAULT_MOVE_WEIGHT, cost: 0 });
    expect(again.after.total).toBe(again.before.total);
  });

  it('answers a public read of another fair while a proposal of the big fair is being solved', async () => {
    const solver = t.app.get(ProposalSolver);
    const started = new Promise<void>((resolve) => {
      const stop = solver.onSolveStarted(() => {
        stop();
        resolve();
      });
    });
    const order: string[] = [];
    const proposal = t.http
      .post(`/api/fairs/${fairId}/assignment-proposal`)
      .send({ seed: 3 })
      .then((res) => {
        order.push('proposal');
        return res;
      });
    await started;
    await t.anonymous.get('/api/public/fairs/koryu-toshi-2023').expect(200);
    order.push('public read');
    expect((await proposal).status).toBe(200);
    expect(order).toEqual(['public read', 'proposal']);
  });
});
