import type { AuditEntry } from '@bussanten/contracts';
import { applicationInput, acceptedApplication, openFair } from '../../test/fair-fixtures';
import { DEMO, createHost, municipalityId, startTestApp, type TestApp } from '../../test/test-app';
import { idsMentioned } from './audit.repository';

describe('audit log in words: the names of what each entry mentions (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const log = async (query: Record<string, string | number> = {}): Promise<AuditEntry[]> =>
    (
      await t.http
        .get('/api/audit')
        .query({ pageSize: 100, ...query })
        .expect(200)
    ).body.items;

  it('names the municipality edited, the booth moved to and the application decided, as they are named now', async () => {
    const miyakoId = await municipalityId(t, '宮古市');
    await t.http.patch(`/api/municipalities/${miyakoId}`).send({ website: 'https://www.city.miyako.iwate.jp/kanko/' }).expect(200);
    const fair = await openFair(t, 'audit-words');
    const rep = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const appId = await acceptedApplication(t, rep, fair.id, applicationInput(['2027-02-19', '2027-02-20']));
    const [a1, a2] = Object.entries(fair.boothIds);
    const placed = await t.http.post(`/api/applications/${appId}/assignments`).send({ boothId: a1[1], from: '2027-02-19', to: '2027-02-20' }).expect(201);
    await t.http.put(`/api/assignments/${placed.body.id}`).send({ boothId: a2[1], from: '2027-02-19', to: '2027-02-20' }).expect(200);

    const entries = await log();
    const edit = entries.find((e) => e.action === 'municipality.updated' && e.entityId === miyakoId);
    expect(edit?.names[miyakoId]).toEqual({ name: '宮古市', nameEn: 'Miyako' });
    const decided = entries.find((e) => e.action === 'application.decided' && e.entityId === appId);
    expect(decided?.names[appId]?.name).toBe('宮古市（テスト物産展 audit-words）');
    expect(decided?.changes).toEqual({ status: { before: 'submitted', after: 'accepted' } });
    const moved = entries.find((e) => e.action === 'assignment.moved' && e.entityId === appId);
    expect(moved?.changes['booth']).toMatchObject({ before: { booth: a1[0] }, after: { booth: a2[0] } });
    // Copying the plan names the fair it came from.
    const copied = entries.find((e) => e.action === 'booth.planCopied' && e.entityId === fair.id);
    const from = copied?.changes['fromFairId']?.after as string;
    expect(copied?.names[fair.id]?.name).toBe('テスト物産展 audit-words');
    expect(copied?.names[from]?.name).toEqual(expect.any(String));
    // The staff's names and phones and the permit's number stay out, as before.
    const submitted = entries.find((e) => e.action === 'application.submitted' && e.entityId === appId);
    expect(JSON.stringify(submitted)).not.toMatch(/宮古 一郎|090-1111-2222|岩手第123号/);
  });

  it('names a guest and its municipality while they exist, and nothing once the guest is deleted', async () => {
    const owner = await municipalityId(t, '山北町');
    const guest = await t.http
      .post('/api/guests')
      .send({ name: '監査くん', nameEn: 'Audit-kun', kind: 'mascot', ownerMunicipalityId: owner, profile: null, profileEn: null, contact: '090-0000-0000' })
      .expect(201);
    let created = (await log({ action: 'guest.created' })).find((e) => e.entityId === guest.body.id);
    expect(created?.names).toMatchObject({ [guest.body.id]: { name: '監査くん', nameEn: 'Audit-kun' }, [owner]: { name: '山北町' } });
    expect(JSON.stringify(created)).not.toContain('090-0000-0000');
    await t.http.delete(`/api/guests/${guest.body.id}`).expect(204);
    created = (await log({ action: 'guest.created' })).find((e) => e.entityId === guest.body.id);
    expect(created?.names[guest.body.id]).toBeUndefined();
    expect(created?.names[owner]?.name).toBe('山北町');
  });

  it("never names another host's records, even when an entry mentions them", async () => {
    const other = await createHost(t, '他区');
    const [theirs] = await t.db.query(`INSERT INTO guests (host_id, name, kind) VALUES ($1, '他区のゆるキャラ', 'mascot') RETURNING id`, [other]);
    const [ours] = await t.db.query(`SELECT host_id AS "hostId" FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1`, [
      DEMO.organizer.email,
    ]);
    await t.db.query(
      `INSERT INTO audit_log (host_id, action, entity_type, entity_id, changes) VALUES ($1, 'guest.updated', 'guest', $2, $3), ($4, 'host.created', 'host', $5, '{}')`,
      [ours.hostId, theirs.id, JSON.stringify({ note: { before: `booth:${theirs.id}`, after: other } }), other, other],
    );
    const entry = (await log({ action: 'guest.updated' })).find((e) => e.entityId === theirs.id);
    expect(entry?.names).toEqual({});
    expect(JSON.stringify(await log())).not.toContain('他区');
  });

  it.each([
    [{ entityId: null, changes: {} }, []],
    [{ entityId: 'not-an-id', changes: { n: { before: 1, after: 2 } } }, []],
    [
      { entityId: '11111111-1111-4111-8111-111111111111', changes: { parties: { before: ['22222222-2222-4222-8222-222222222222'], after: null } } },
      ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'],
    ],
    [
      { entityId: null, changes: { appearance: { before: { location: 'booth:33333333-3333-4333-8333-33333333333A' }, after: null } } },
      ['33333333-3333-4333-8333-33333333333a'],
    ],
  ])('idsMentioned(%j) → %j', (entry, ids) => {
    expect(idsMentioned(entry as Pick<AuditEntry, 'entityId' | 'changes'>)).toEqual(ids);
  });
});
