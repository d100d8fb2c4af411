import type { Assignment, AssignmentProposal, ProposalChange } from '@bussanten/contracts';
import { hardRuleViolations, instanceProblems, type BoothAssignmentInstance } from '@bussanten/domain';
import { acceptedApplication, applicationInput, FAIR_2027_DAYS, openFair } from '../../test/fair-fixtures';
import { DEMO, startTestApp, type TestApp } from '../../test/test-app';

const DAYS_2023 = ['2023-02-17', '2023-02-18', '2023-02-19', '2023-02-20', '2023-02-21'];

describe('automatic booth assignment proposals (real PostgreSQL)', () => {
  let t: TestApp;
  let fairId: string;
  let original: Assignment[];
  const held = async (): Promise<Assignment[]> => (await t.http.get(`/api/fairs/${fairId}/assignments`).expect(200)).body;
  const propose = async (): Promise<AssignmentProposal> => (await t.http.post(`/api/fairs/${fairId}/assignment-proposal`).send({}).expect(200)).body;
  const allChanges = (p: AssignmentProposal) =>
    p.changes
      .filter((c) => c.kind !== 'keep')
      .map((c) => ({ applicationId: c.applicationId, expectedBoothId: c.current?.boothId ?? null, boothId: c.proposed?.boothId ?? null }));
  const snapshot = async () =>
    (await t.db.query('SELECT booth_id, application_id, first_day, last_day, pinned FROM booth_assignments ORDER BY application_id, first_day')) as unknown[];

  beforeAll(async () => {
    t = await startTestApp();
    const fairs = await t.http.get('/api/fairs').expect(200);
    fairId = fairs.body.find((f: { slug: string }) => f.slug === 'koryu-toshi-2023').id;
    original = await held();
  });
  afterAll(() => t.close());

  it('exports the seeded fair as a valid problem: booth codes, names, power levels, neighbours and footfall', async () => {
    const res = await t.http.get(`/api/fairs/${fairId}/assignment-instance`).expect(200);
    const instance: BoothAssignmentInstance = res.body;
    expect(instanceProblems(instance)).toEqual([]);
    expect(instance.days).toEqual(DAYS_2023);
    expect(instance.booths).toHaveLength(12);
    expect(instance.booths.find((b) => b.id === 'C1')).toMatchObject({ area_m2: 12, prime: 3 });
    expect(instance.applications).toHaveLength(8);
    expect(instance.applications.map((a) => a.id)).toContain('宮古市');
    expect(instance.applications.every((a) => a.locked_booth === null && a.prime_history === 0)).toBe(true);
    // A1…A6 stand in a row with 0.5 m between them: neighbours. B-row booths across the aisle are not.
    expect(instance.adjacent).toEqual(
      expect.arrayContaining([
        ['A1', 'A2'],
        ['A5', 'A6'],
      ]),
    );
    expect(instance.adjacent).not.toContainEqual(['A2', 'B1']);
    // Every current holder sits on a booth the problem says fits it.
    const current = original.map((a) => ({ application: a.municipalityName, booth: a.boothCode }));
    expect(hardRuleViolations(instance, current)).toEqual([]);
  });

  it('groups applicants that share a multi-party agreement', async () => {
    const [{ id }] = await t.db.query(
      `INSERT INTO agreements (host_id, kind, title) SELECT host_id, (SELECT kind FROM agreement_kinds ORDER BY position LIMIT 1), '三者交流協定' FROM fairs WHERE id = $1 RETURNING id`,
      [fairId],
    );
    await t.db.query(
      `INSERT INTO agreement_parties (agreement_id, municipality_id, position)
       SELECT $1, id, row_number() OVER (ORDER BY name) FROM municipalities WHERE name IN ('宮古市', '山北町')`,
      [id],
    );
    const instance: BoothAssignmentInstance = (await t.http.get(`/api/fairs/${fairId}/assignment-instance`).expect(200)).body;
    const group = (name: string) => instance.applications.find((a) => a.id === name)?.group;
    expect([group('宮古市'), group('山北町')]).toEqual(['三者交流協定', '三者交流協定']);
    expect(instance.applications.filter((a) => a.group !== null)).toHaveLength(2);
    await t.db.query('DELETE FROM agreement_parties WHERE agreement_id = $1', [id]);
    await t.db.query('DELETE FROM agreements WHERE id = $1', [id]);
  });

  it('with every booth cleared and one pinned, proposes a booth for everyone and keeps the pinned one; nothing is saved until accepted', async () => {
    for (const a of original) await t.http.delete(`/api/assignments/${a.id}`).expect(204);
    const keep = original[0];
    const placed = await t.http
      .post(`/api/applications/${keep.applicationId}/assignments`)
      .send({ boothId: keep.boothId, from: keep.from, to: keep.to })
      .expect(201);
    const pinned = await t.http.put(`/api/assignments/${placed.body.id}/pin`).send({ pinned: true }).expect(200);
    expect(pinned.body).toMatchObject({ pinned: true, boothId: keep.boothId });

    const before = await snapshot();
    const proposal = await propose();
    expect(await snapshot()).toEqual(before);
    expect(proposal.changes).toHaveLength(8);
    expect(proposal.changes.every((c) => c.proposed !== null)).toBe(true);
    expect(proposal.after.unassigned).toBe(0);
    expect(proposal.before.unassigned).toBe(7000);
    // The same plans counted as people count them, for the objective in words.
    expect(proposal.counts.before.unassigned).toBe(7);
    expect(proposal.counts.after).toMatchObject({ unassigned: 0, preferenceMisses: 0 });
    const pinnedChange = proposal.changes.find((c) => c.applicationId === keep.applicationId) as ProposalChange;
    expect(pinnedChange).toMatchObject({ kind: 'keep', pinned: true, proposed: { boothId: keep.boothId } });
    expect(pinnedChange.reasons[0]).toEqual({ kind: 'locked' });
    expect(proposal.changes.filter((c) => c.kind === 'assign')).toHaveLength(7);
    expect(proposal.changes.every((c) => c.reasons.length > 0)).toBe(true);
    expect(proposal.changes.every((c) => c.unassignedCause === null && c.unassignedReason === null)).toBe(true);
    // Same seed, same proposal.
    expect(await propose()).toEqual(proposal);

    const after: Assignment[] = (
      await t.http
        .post(`/api/fairs/${fairId}/assignment-proposal/accept`)
        .send({ changes: allChanges(proposal) })
        .expect(200)
    ).body;
    expect(after).toHaveLength(8);
    for (const a of after) expect([a.from, a.to]).toEqual([DAYS_2023[0], DAYS_2023[4]]);
    expect(after.find((a) => a.applicationId === keep.applicationId)).toMatchObject({ boothId: keep.boothId, pinned: true });
    for (const c of proposal.changes) expect(after.find((a) => a.applicationId === c.applicationId)?.boothId).toBe(c.proposed?.boothId);
    // Proposing again starts from what was just accepted: nobody moves unless the plan gets better.
    const again = await propose();
    expect(again.after.total).toBeLessThanOrEqual(again.before.total);
    const moved = again.changes.filter((c) => c.kind !== 'keep');
    expect(moved.length === 0 || again.after.total < again.before.total).toBe(true);
    const history = await t.http.get(`/api/applications/${proposal.changes.find((c) => c.kind === 'assign')?.applicationId}/history`).expect(200);
    expect(JSON.stringify(history.body)).toContain('assigned');
  });

  /** Two unpinned holders whose booths suit each other. */
  async function swappable(): Promise<[Assignment, Assignment]> {
    const instance: BoothAssignmentInstance = (await t.http.get(`/api/fairs/${fairId}/assignment-instance`).expect(200)).body;
    const now = (await held()).filter((a) => !a.pinned);
    for (const x of now)
      for (const y of now) {
        const swapped = [
          { application: x.municipalityName, booth: y.boothCode },
          { application: y.municipalityName, booth: x.boothCode },
        ];
        if (x !== y && hardRuleViolations(instance, swapped).length === 0) return [x, y];
      }
    throw new Error('no two holders can swap');
  }

  it('applies a swap in one request, and words it as a move', async () => {
    const [x, y] = await swappable();
    const body = {
      changes: [
        { applicationId: x.applicationId, expectedBoothId: x.boothId, boothId: y.boothId },
        { applicationId: y.applicationId, expectedBoothId: y.boothId, boothId: x.boothId },
      ],
    };
    await t.http.post(`/api/fairs/${fairId}/assignment-proposal/accept`).send(body).expect(200);
    const now = await held();
    expect(now.find((a) => a.applicationId === x.applicationId)?.boothId).toBe(y.boothId);
    expect(now.find((a) => a.applicationId === y.applicationId)?.boothId).toBe(x.boothId);
    const audit = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'assignment.moved' AND entity_id = $1`, [x.applicationId]);
    expect(audit[0].n).toBe(1);
  });

  it.each([
    [
      'a booth that changed since the proposal',
      409,
      'PROPOSAL_STALE',
      (a: Assignment[], free: string) => [{ applicationId: a[1].applicationId, expectedBoothId: free, boothId: a[1].boothId }],
    ],
    [
      'moving the pinned one',
      409,
      'ASSIGNMENT_PINNED',
      (a: Assignment[], free: string) => [{ applicationId: a[0].applicationId, expectedBoothId: a[0].boothId, boothId: free }],
    ],
    [
      'a booth someone else keeps',
      409,
      'BOOTH_TAKEN',
      (_a: Assignment[], _free: string, [x, y]: Assignment[]) => [{ applicationId: x.applicationId, expectedBoothId: x.boothId, boothId: y.boothId }],
    ],
    [
      'an application twice',
      400,
      'VALIDATION_FAILED',
      (a: Assignment[]) => [0, 1].map(() => ({ applicationId: a[1].applicationId, expectedBoothId: a[1].boothId, boothId: null })),
    ],
    [
      'an unknown application',
      404,
      'APPLICATION_NOT_FOUND',
      () => [{ applicationId: '00000000-0000-4000-8000-000000000000', expectedBoothId: null, boothId: null }],
    ],
  ])('refuses %s with %i %s and changes nothing', async (_name, status, code, changes) => {
    const now = (await held()).sort((p, q) => Number(q.pinned) - Number(p.pinned));
    const used = new Set(now.map((a) => a.boothId));
    const plan = (await t.http.get(`/api/fairs/${fairId}/booths`).expect(200)).body;
    const free = plan.booths.find((b: { id: string }) => !used.has(b.id)).id;
    const before = await snapshot();
    const res = await t.http
      .post(`/api/fairs/${fairId}/assignment-proposal/accept`)
      .send({ changes: changes(now, free, await swappable()) })
      .expect(status);
    expect(res.body.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a booth without the needed facility with 422, and names bad fields', async () => {
    const plan = (await t.http.get(`/api/fairs/${fairId}/booths`).expect(200)).body;
    const noFridge = plan.booths.find((b: { code: string }) => b.code === 'B3');
    await t.db.query(`UPDATE applications SET fridge = true WHERE id = $1`, [(await held())[1].applicationId]);
    const target = (await held())[1];
    await t.http.delete(`/api/assignments/${(await held()).find((a) => a.boothId === noFridge.id)?.id ?? '00000000-0000-4000-8000-000000000000'}`);
    const before = await snapshot();
    const res = await t.http
      .post(`/api/fairs/${fairId}/assignment-proposal/accept`)
      .send({ changes: [{ applicationId: target.applicationId, expectedBoothId: target.boothId, boothId: noFridge.id }] });
    expect([res.status, res.body.code]).toEqual([422, 'BOOTH_LACKS_FACILITIES']);
    expect(await snapshot()).toEqual(before);
    const bad = await t.http
      .post(`/api/fairs/${fairId}/assignment-proposal/accept`)
      .send({ changes: [{ applicationId: 'x', expectedBoothId: 3, boothId: null, extra: 1 }] })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['changes.0.applicationId', 'changes.0.expectedBoothId', 'changes.0.extra']);
    await t.http.post(`/api/fairs/${fairId}/assignment-proposal`).send({ seed: -1 }).expect(400);
    await t.http.put(`/api/assignments/${target.id}/pin`).send({ pinned: 'yes' }).expect(400);
  });

  it('counts prime spots at earlier fairs of the host as history', async () => {
    const miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const fair = await openFair(t, 'propose-2027');
    const applicationId = await acceptedApplication(t, miyako, fair.id, applicationInput(FAIR_2027_DAYS.map((d) => d.date)));
    const instance: BoothAssignmentInstance = (await t.http.get(`/api/fairs/${fair.id}/assignment-instance`).expect(200)).body;
    // 宮古市 held a booth at the 2023 fair, and every booth of the sample plan has footfall ≥ 1.
    expect(instance.applications).toEqual([expect.objectContaining({ id: '宮古市', prime_history: 1 })]);

    // Its proposal avoids the best spots (footfall 3); accepting it mails nobody yet (「配置を通知」 or the release notice will).
    const proposal: AssignmentProposal = (await t.http.post(`/api/fairs/${fair.id}/assignment-proposal`).send({ seed: 7 }).expect(200)).body;
    expect(proposal.after.prime_repeat).toBeLessThan(2 * 3);
    expect(proposal.changes[0].reasons).toContainEqual(expect.objectContaining({ kind: 'quieterSpot', primeHistory: 1 }));
    const mails = async () => (await t.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE recipient = $1`, [DEMO.miyako.email]))[0].n;
    const before = await mails();
    await t.http
      .post(`/api/fairs/${fair.id}/assignment-proposal/accept`)
      .send({ changes: allChanges(proposal) })
      .expect(200);
    expect(await mails()).toBe(before);
    expect((await t.http.get(`/api/applications/${applicationId}`).expect(200)).body.assignments).toHaveLength(1);
  });

  it('says why an application is left out, as data for the UI and in the solver’s English', async () => {
    const miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const fair = await openFair(t, 'propose-left-out');
    const input = applicationInput(
      FAIR_2027_DAYS.map((d) => d.date),
      { needs: { minAreaM2: 999, powerWatts: 0, fridge: true, freezer: false, water: false } },
    );
    const applicationId = await acceptedApplication(t, miyako, fair.id, input);
    const proposal: AssignmentProposal = (await t.http.post(`/api/fairs/${fair.id}/assignment-proposal`).send({}).expect(200)).body;
    const largest = Math.max(
      ...(await t.http.get(`/api/fairs/${fair.id}/booths`).expect(200)).body.booths
        .filter((b: { fridge: boolean }) => b.fridge)
        .map((b: { areaM2: number }) => b.areaM2),
    );
    expect(proposal.changes).toEqual([
      expect.objectContaining({
        applicationId,
        proposed: null,
        reasons: [],
        unassignedCause: { kind: 'noBoothLargeEnough', facilities: ['fridge'], minAreaM2: 999, largestAreaM2: largest },
        unassignedReason: `no booth with fridge has 999 m² (the largest has ${largest} m²)`,
      }),
    ]);
  });
});
