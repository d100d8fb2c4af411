import { FAIR_2027_DAYS, applicationInput } from '../../test/fair-fixtures';
import { DEMO, municipalityId, startTestApp, type Client, type TestApp } from '../../test/test-app';
import { createOrganizer } from './create-organizer';

// Two hosts on one install (品川区 from the demo, 大田区 made by the CLI), and people who work for
// both. Each host's applications, agreements and mail stay with that host.
describe("tenancy: hosts never reach each other's data (real PostgreSQL)", () => {
  let t: TestApp;
  let ota: Client;
  let miyakoApplication: string;
  const linkToken = (link: string) => link.split('/invitations/')[1];

  /** 大田区's organizer invites `email` as 宮古市's representative; the link is accepted with `password`. */
  async function inviteMiyakoRep(email: string, password: string, displayName?: string): Promise<Client> {
    const invitation = await ota
      .post('/api/people/invitations')
      .send({ email, role: 'representative', municipalityId: await municipalityId(t, '宮古市') })
      .expect(201);
    const accepted = await t.anonymous
      .post(`/api/invitations/${linkToken(invitation.body.link)}/accept`)
      .send({ password, displayName })
      .expect(200);
    expect(accepted.body).toMatchObject({ role: 'representative', host: { name: '大田区' }, municipality: { name: '宮古市' } });
    return t.signIn(email, password);
  }

  /** A fair of 大田区 that takes applications (its own venue and room). */
  async function otaFair(slug: string): Promise<string> {
    const venue = await ota
      .post('/api/venues')
      .send({ name: '大田区産業プラザ', address: '東京都大田区南蒲田1-20-20', rooms: [{ name: '展示ホール', widthM: 40, depthM: 30 }] })
      .expect(201);
    const now = Date.now();
    const fair = await ota
      .post('/api/fairs')
      .send({
        title: `大田区物産展 ${slug}`,
        slug,
        roomId: venue.body.rooms[0].id,
        days: FAIR_2027_DAYS,
        applicationsOpenAt: new Date(now - 86_400_000).toISOString(),
        applicationsCloseAt: new Date(now + 30 * 86_400_000).toISOString(),
      })
      .expect(201);
    await ota.post(`/api/fairs/${fair.body.id}/status`).send({ status: 'accepting' }).expect(200);
    return fair.body.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await createOrganizer(t.db, {
      email: 'organizer@ota.example',
      displayName: '大田 主催者',
      password: 'sanma and soba on the river',
      hostName: '大田区',
      hostNameEn: 'Ota City',
    });
    ota = await t.signIn('organizer@ota.example', 'sanma and soba on the river');
    [{ id: miyakoApplication }] = await t.db.query(
      `SELECT a.id FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities m ON m.id = a.municipality_id
       WHERE f.slug = 'koryu-toshi-2023' AND m.name = '宮古市'`,
    );
  });
  afterAll(() => t.close());

  it("gives an account another host invited for 宮古市 no way to list, read, change or withdraw 宮古市's application at 品川区", async () => {
    const rep = await inviteMiyakoRep('miyako-staff@ota.example', 'a long ota rep password', '宮古 (大田区の窓口)');
    const before = await t.db.query(`SELECT * FROM applications WHERE id = $1`, [miyakoApplication]);
    const holdings = await t.db.query(`SELECT * FROM booth_assignments WHERE application_id = $1`, [miyakoApplication]);

    expect((await rep.get('/api/my/applications').expect(200)).body).toEqual([]);
    expect((await rep.get('/api/my/fairs').expect(200)).body).toEqual([]);
    for (const res of [
      await rep.get(`/api/my/applications/${miyakoApplication}`),
      await rep.put(`/api/my/applications/${miyakoApplication}`).send(applicationInput(['2023-02-17'])),
      await rep.post(`/api/my/applications/${miyakoApplication}/withdraw`),
    ]) {
      expect([res.status, res.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
      expect(JSON.stringify(res.body)).not.toMatch(/staff|phone|permit/i);
    }
    expect(await t.db.query(`SELECT * FROM applications WHERE id = $1`, [miyakoApplication])).toEqual(before);
    expect(await t.db.query(`SELECT * FROM booth_assignments WHERE application_id = $1`, [miyakoApplication])).toEqual(holdings);
    // 品川区's 宮古市 representative still reaches it.
    const shinagawaRep = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    await shinagawaRep.get(`/api/my/applications/${miyakoApplication}`).expect(200);
  });

  it("shows a person with memberships at two hosts each host's applications and agreements only in that membership", async () => {
    const otaFairId = await otaFair('ota-2027');
    // The demo 宮古市 representative of 品川区 accepts 大田区's invitation with the password the account has.
    const preview = await ota
      .post('/api/people/invitations')
      .send({ email: DEMO.miyako.email, role: 'representative', municipalityId: await municipalityId(t, '宮古市') })
      .expect(201);
    expect((await t.anonymous.get(`/api/invitations/${linkToken(preview.body.link)}`).expect(200)).body.existingAccount).toBe(true);
    const wrong = await t.anonymous
      .post(`/api/invitations/${linkToken(preview.body.link)}/accept`)
      .send({ password: 'not the password at all' })
      .expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    const seenByShinagawa = async () =>
      (await t.http.get('/api/people').expect(200)).body.find((p: { email: string }) => p.email === DEMO.miyako.email).lastSignInAt;
    const lastAtShinagawa = await seenByShinagawa();
    await t.anonymous
      .post(`/api/invitations/${linkToken(preview.body.link)}/accept`)
      .send({ password: DEMO.miyako.password })
      .expect(200);

    // Signing in starts in the membership used last: 大田区's.
    const person = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const me = (await person.get('/api/auth/me').expect(200)).body;
    expect(me.memberships.map((m: { host: { name: string } }) => m.host.name).sort()).toEqual(['品川区', '大田区'].sort());
    expect(me.host.name).toBe('大田区');
    // 品川区's people page tells when the person last worked for 品川区, not for 大田区.
    expect(await seenByShinagawa()).toBe(lastAtShinagawa);
    const otaApplication = (
      await person
        .post(`/api/my/fairs/${otaFairId}/application`)
        .send(applicationInput([FAIR_2027_DAYS[0].date]))
        .expect(201)
    ).body.id;
    expect((await person.get('/api/my/applications').expect(200)).body.map((a: { id: string }) => a.id)).toEqual([otaApplication]);
    expect((await person.get('/api/me/municipality').expect(200)).body.agreements).toEqual([]);
    await person.get(`/api/my/applications/${miyakoApplication}`).expect(404);

    const shinagawa = me.memberships.find((m: { host: { name: string } }) => m.host.name === '品川区');
    const switched = (await person.post('/api/auth/membership').send({ membershipId: shinagawa.id }).expect(200)).body;
    expect(switched).toMatchObject({ membershipId: shinagawa.id, host: { name: '品川区' }, municipality: { name: '宮古市', nameEn: 'Miyako' } });
    expect((await person.get('/api/my/applications').expect(200)).body.map((a: { id: string }) => a.id)).toEqual([miyakoApplication]);
    const agreements = (await person.get('/api/me/municipality').expect(200)).body.agreements.map((a: { title: string }) => a.title);
    expect(agreements).toContain('宮古市との災害時相互援助協定');
    await person.get(`/api/my/applications/${otaApplication}`).expect(404);
    // 大田区's organizer sees its own application, never 品川区's.
    expect((await ota.get(`/api/fairs/${otaFairId}/applications`).expect(200)).body.map((a: { id: string }) => a.id)).toEqual([otaApplication]);
    await ota.get(`/api/applications/${miyakoApplication}`).expect(404);
    // A membership of another person cannot be switched to.
    const other = (await ota.get('/api/auth/me').expect(200)).body.membershipId;
    const refused = await person.post('/api/auth/membership').send({ membershipId: other });
    expect([refused.status, refused.body.code]).toEqual([404, 'MEMBERSHIP_NOT_FOUND']);
    expect((await person.get('/api/auth/me').expect(200)).body.membershipId).toBe(shinagawa.id);
  });

  it("ends one membership at once when its host revokes it, leaving the person's other host alone", async () => {
    const person = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const me = (await person.get('/api/auth/me').expect(200)).body;
    const atOta = me.memberships.find((m: { host: { name: string } }) => m.host.name === '大田区');
    const atShinagawa = me.memberships.find((m: { host: { name: string } }) => m.host.name === '品川区');
    await person.post('/api/auth/membership').send({ membershipId: atOta.id }).expect(200);
    // 品川区 cannot revoke 大田区's membership: it is not in its list, and the id answers 404.
    await t.http.post(`/api/people/${atOta.id}/disable`).expect(404);
    const otaPeople = (await ota.get('/api/people').expect(200)).body;
    expect(otaPeople.map((p: { email: string }) => p.email)).not.toContain(DEMO.organizer.email);
    expect((await t.http.get('/api/people').expect(200)).body.map((p: { email: string }) => p.email)).not.toContain('organizer@ota.example');
    await ota.post(`/api/people/${atOta.id}/disable`).expect(200);
    expect((await person.get('/api/my/applications')).status).toBe(401);
    const again = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const now = (await again.get('/api/auth/me').expect(200)).body;
    expect([now.membershipId, now.memberships.length]).toEqual([atShinagawa.id, 1]);
    await ota.post(`/api/people/${atOta.id}/enable`).expect(200);
  });

  it("mails a guest's release changes only to the publishing host's representatives of the guest's municipality", async () => {
    const miyako = await municipalityId(t, '宮古市');
    const fair = (await t.db.query(`SELECT id FROM fairs WHERE slug = 'koryu-toshi-2023'`))[0].id;
    const guest = await t.http
      .post('/api/guests')
      .send({ name: '宮古のさんまくん', nameEn: null, kind: 'mascot', ownerMunicipalityId: miyako, profile: null, profileEn: null, contact: null })
      .expect(201);
    await t.http
      .post(`/api/fairs/${fair}/appearances`)
      .send({
        guestId: guest.body.id,
        date: '2023-02-17',
        start: '11:00',
        end: '11:30',
        durationMinutes: null,
        approximate: false,
        location: { kind: 'venue' },
        status: 'confirmed',
        publicNote: null,
      })
      .expect(201);
    const since = new Date();
    await t.http.post(`/api/fairs/${fair}/releases`).send({}).expect(201);
    const mailed: { recipient: string }[] = await t.db.query(
      `SELECT recipient FROM outbox_messages WHERE kind = 'release.changed' AND created_at >= $1 AND body LIKE '%さんまくん%'`,
      [since],
    );
    const recipients = [...new Set(mailed.map((r) => r.recipient))];
    // 品川区's 宮古市 representative (who also works for 大田区) hears of it; 大田区's own 宮古市 contact does not.
    expect(recipients).toEqual([DEMO.miyako.email]);
  });

  it('after an import and a publish, addresses no outbox row to anyone outside the importing host', async () => {
    const source = (await t.db.query(`SELECT id FROM fairs WHERE slug = 'koryu-toshi-2023'`))[0].id;
    const doc = (await t.http.get(`/api/fairs/${source}/export`).expect(200)).body;
    // A document that names 品川区's people (who decided, who applied); 大田区 imports it.
    doc.fair.applications[0].submittedBy = DEMO.miyako.email;
    doc.fair.applications[0].history = [{ at: '2023-01-21T01:00:00.000Z', actor: DEMO.organizer.email, action: 'decided', status: 'accepted', message: null }];
    const since = new Date();
    const imported = await ota.post('/api/fairs/import?slug=ota-copy-2023').send(doc).expect(201);
    await ota.post(`/api/fairs/${imported.body.id}/releases`).send({}).expect(201);
    const rows: { recipient: string; hostId: string }[] = await t.db.query(
      `SELECT recipient, host_id AS "hostId" FROM outbox_messages WHERE created_at >= $1`,
      [since],
    );
    const otaHost = (await t.db.query(`SELECT id FROM hosts WHERE name = '大田区'`))[0].id;
    const otaPeople: string[] = (
      await t.db.query(`SELECT DISTINCT u.email FROM memberships ms JOIN users u ON u.id = ms.user_id WHERE ms.host_id = $1 AND ms.disabled_at IS NULL`, [
        otaHost,
      ])
    ).map((r: { email: string }) => r.email);
    for (const row of rows)
      expect({ recipient: row.recipient, member: otaPeople.includes(row.recipient), host: row.hostId }).toEqual({
        recipient: row.recipient,
        member: true,
        host: otaHost,
      });
    const linked = await t.db.query(
      `SELECT count(*)::int AS n FROM applications a LEFT JOIN application_events e ON e.application_id = a.id
       WHERE a.fair_id = $1 AND (a.submitted_by IS NOT NULL OR e.actor_id IS NOT NULL)`,
      [imported.body.id],
    );
    expect(linked[0].n).toBe(0);
  });
});
