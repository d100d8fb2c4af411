// The records the hostile-input test works on, made through the API on top of the demo data (a
// draft fair, an open one with applications and an assignment, spare stages, guests, municipalities,
// an agreement, a webhook, an invitation, spare organizers and a host to switch off), their ids by
// role for hostile/routes.ts, and a signed-in client for each kind of caller of test/route-access.ts.
import { acceptedApplication, applicationInput, FAIR_2027_DAYS, openFair } from '../fair-fixtures';
import type { Access } from '../route-access';
import { addMember, createHost, DEMO, type Client, type TestApp } from '../test-app';
import type { Ids } from './routes';

export async function makeHostileRecords(t: TestApp): Promise<{ ids: Ids; clients: Partial<Record<Access, Client>> }> {
  const miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
  const yamakita = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
  const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;

  // A spare organizer of 品川区 for the routes that end or change a session, and one to disable.
  const [host] = await t.db.query(`SELECT id FROM hosts LIMIT 1`);
  const spareMemberships: string[] = [];
  for (const email of ['spare-a@hostile.example', 'spare-b@hostile.example']) {
    spareMemberships.push(
      (await addMember(t, { email, displayName: '予備 主催者', password: 'spare organizer password', role: 'organizer', hostId: host.id })).membershipId,
    );
  }
  // The operator, and a host of its own to switch off and on.
  await addMember(t, { email: 'operator@hostile.example', password: 'operator password here', role: 'operator' });
  const spareHost = await createHost(t, '予備区');
  const clients: Partial<Record<Access, Client>> = {};
  clients.PUBLIC = t.anonymous;
  clients.ORGANIZERS = t.http;
  clients.REPRESENTATIVES = miyako;
  clients.SIGNED_IN = await t.signIn('spare-a@hostile.example', 'spare organizer password');
  clients.OPERATORS = await t.signIn('operator@hostile.example', 'operator password here');
  // On-site staff of 品川区 (every fair): the notice routes.
  await addMember(t, { email: 'staff@hostile.example', password: 'on-site staff password', role: 'staff', hostId: host.id });
  clients.DAY_CREW = await t.signIn('staff@hostile.example', 'on-site staff password');

  const fair2023 = await one(`SELECT id FROM fairs WHERE slug = 'koryu-toshi-2023'`);
  const open = await openFair(t, 'hostile-open');
  const venues = (await t.http.get('/api/venues').expect(200)).body;
  const draft = await t.http
    .post('/api/fairs')
    .send({ title: '下書き', slug: 'hostile-draft', roomId: venues[0].rooms[0].id, days: [{ date: '2031-05-01', opens: '10:00', closes: '17:00' }] })
    .expect(201);
  const appOpen = (
    await miyako
      .post(`/api/my/fairs/${open.id}/application`)
      .send(applicationInput(FAIR_2027_DAYS.map((d) => d.date).slice(0, 3)))
      .expect(201)
  ).body.id;
  const appAccepted = await acceptedApplication(t, yamakita, open.id, applicationInput(FAIR_2027_DAYS.map((d) => d.date)));
  const assignmentOpen = (
    await t.http
      .post(`/api/applications/${appAccepted}/assignments`)
      .send({ boothId: open.boothIds['A3'], from: FAIR_2027_DAYS[0].date, to: FAIR_2027_DAYS[4].date })
      .expect(201)
  ).body.id;
  const stage = (await t.http.post(`/api/fairs/${fair2023}/stages`).send({ name: 'メインステージ', nameEn: null, shared: false }).expect(201)).body.id;
  const spareStage = (await t.http.post(`/api/fairs/${fair2023}/stages`).send({ name: '予備ステージ', nameEn: null, shared: false }).expect(201)).body.id;
  const spareGuest = (
    await t.http
      .post('/api/guests')
      .send({ name: '予備ゲスト', nameEn: null, kind: 'ambassador', ownerMunicipalityId: null, profile: null, profileEn: null, contact: null })
      .expect(201)
  ).body.id;
  const spareMunicipality = (
    await t.http.post('/api/municipalities').send({ name: '予備村', reading: 'よびむら', prefectureCode: 13, kind: 'village' }).expect(201)
  ).body.id;
  const narita = await one(`SELECT id FROM municipalities WHERE name = '成田市'`);
  // A village that sends a guest, and a guest appearing at a booth nobody holds: rows that refer to them.
  const ownerVillage = (
    await t.http.post('/api/municipalities').send({ name: '送り出し村', reading: 'おくりだしむら', prefectureCode: 13, kind: 'village' }).expect(201)
  ).body.id;
  const ownedGuest = (
    await t.http
      .post('/api/guests')
      .send({ name: '村のゆるキャラ', nameEn: null, kind: 'mascot', ownerMunicipalityId: ownerVillage, profile: null, profileEn: null, contact: null })
      .expect(201)
  ).body.id;
  await t.http
    .post(`/api/fairs/${open.id}/appearances`)
    .send({
      guestId: ownedGuest,
      date: FAIR_2027_DAYS[0].date,
      start: '11:00',
      end: '11:30',
      durationMinutes: null,
      approximate: false,
      location: { kind: 'booth', boothId: open.boothIds['C2'] },
      status: 'confirmed',
      publicNote: null,
    })
    .expect(201);
  const spareAgreement = (
    await t.http
      .post('/api/agreements')
      .send({ kind: 'exchange', title: '予備協定', parties: [{ municipalityId: spareMunicipality }] })
      .expect(201)
  ).body.id;
  const webhook = (await t.http.post('/api/webhooks').send({ url: 'https://example.jp/hostile-hook' }).expect(201)).body.id;
  const invitation = (
    await t.http.post('/api/people/invitations').send({ email: 'invited@hostile.example', role: 'representative', municipalityId: narita }).expect(201)
  ).body;
  const ids: Ids = {
    fair2023,
    openFair: open.id,
    draftFair: draft.body.id,
    roomId: venues[0].rooms[0].id,
    venueId: venues[0].id,
    booth2023: await one(`SELECT b.id FROM booths b WHERE b.fair_id = $1 AND b.code = 'A1'`, [fair2023]),
    boothOpen: open.boothIds['A4'],
    spareBoothOpen: open.boothIds['C2'],
    app2023: await one(`SELECT a.id FROM applications a JOIN municipalities m ON m.id = a.municipality_id WHERE a.fair_id = $1 AND m.name = '宮古市'`, [
      fair2023,
    ]),
    appOpen,
    appAccepted,
    assignment2023: await one(`SELECT id FROM booth_assignments WHERE fair_id = $1 LIMIT 1`, [fair2023]),
    assignmentOpen,
    guest: await one(`SELECT id FROM guests WHERE name = 'ハタチの龍馬'`),
    spareGuest,
    appearance: await one(`SELECT id FROM appearances WHERE fair_id = $1 LIMIT 1`, [fair2023]),
    stage,
    spareStage,
    miyako: await one(`SELECT id FROM municipalities WHERE name = '宮古市'`),
    narita,
    spareMunicipality,
    ownerVillage,
    agreement: await one(`SELECT id FROM agreements LIMIT 1`),
    spareAgreement,
    webhook,
    invitation: invitation.id,
    invitationToken: new URL(invitation.link).pathname.split('/').pop() as string,
    spareMembership: spareMemberships[1],
    spareHost,
    ownMembership: spareMemberships[0],
  };
  return { ids, clients };
}
