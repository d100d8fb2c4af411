import { applicationInput } from '../../test/fair-fixtures';
import { ROUTE_ACCESS, type Access } from '../../test/route-access';
import { tableDigester } from '../../test/table-digests';
import { addMember, createHost, DEMO, municipalityId, startTestApp, type Client, type TestApp } from '../../test/test-app';
import { Constraint } from '../database/constraints';

// Every route of the running API, enumerated from the router, against every kind of caller.
// A route added later without a row in test/route-access.ts fails the first test; a route without an @Access policy
// answers "not open to anyone" and fails the second. The callers from another host (大田区's
// organizer, and 宮古市's representative through 大田区) are used again with 品川区's real ids below.
// The metrics scraper is no person: it holds no session, only METRICS_TOKEN as a bearer token.
type Caller =
  | 'anonymous'
  | 'miyakoRep'
  | 'yamakitaRep'
  | 'shinagawaOrganizer'
  | 'otherHostOrganizer'
  | 'otherHostMiyakoRep'
  | 'operator'
  | 'metricsScraper'
  | 'shinagawaStaff';
const CALLERS: Caller[] = [
  'anonymous',
  'miyakoRep',
  'yamakitaRep',
  'shinagawaOrganizer',
  'otherHostOrganizer',
  'otherHostMiyakoRep',
  'operator',
  'metricsScraper',
  'shinagawaStaff',
];
const METRICS_TOKEN = 'matrix-metrics-token-0123456789abcdef';

// ok = let through (any status but 401/403); 401 = must sign in; 403 = refused for the role.
type Outcome = 'ok' | 401 | 403;
// The last column is 品川区's on-site staff: the notice routes (DAY_CREW) and its own account's, nothing else.
const PUBLIC: Outcome[] = ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'];
const SIGNED_IN: Outcome[] = [401, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 401, 'ok'];
const ORGANIZERS: Outcome[] = [401, 403, 403, 'ok', 'ok', 403, 403, 401, 403];
const REPRESENTATIVES: Outcome[] = [401, 'ok', 'ok', 403, 403, 'ok', 403, 401, 403];
const OPERATORS: Outcome[] = [401, 403, 403, 403, 403, 403, 'ok', 401, 403];
// Only the bearer of METRICS_TOKEN (this app has one; without it the route is off, 404 for everyone:
// observability/metrics.int.spec.ts). A session does not help.
const METRICS_SCRAPER: Outcome[] = [401, 401, 401, 401, 401, 401, 401, 'ok', 401];
const DAY_CREW: Outcome[] = [401, 403, 403, 'ok', 'ok', 403, 403, 401, 'ok'];

const OUTCOMES: Record<Access, Outcome[]> = { PUBLIC, SIGNED_IN, ORGANIZERS, REPRESENTATIVES, OPERATORS, METRICS_SCRAPER, DAY_CREW };
// The table of routes and who may call them lives in test/route-access.ts (the hostile-input test uses it too).
const EXPECTED: Record<string, Outcome[]> = Object.fromEntries(Object.entries(ROUTE_ACCESS).map(([route, access]) => [route, OUTCOMES[access]]));

// The reads meant for caches set their own Cache-Control (public, max-age=…): the visitors' pages
// and feeds, the guest photos and the API reference. Every answer of every other route, to every
// caller and whatever its status, is no-store (observability/no-store.ts).
const CACHEABLE = /^GET \/(f\b|en\/f\b|(en\/)?embed\/f\/|robots\.txt$|sitemap\.xml$|api\/public\/|api\/guests\/:id\/photo$|api\/docs|api\/openapi\.json$)/;

/** A client that sends a bearer token and nothing else (no session cookie). */
function withBearer(client: Client, token: string): Client {
  const bearer = (send: (url: string) => ReturnType<Client['get']>) => (url: string) => send(url).set('Authorization', `Bearer ${token}`);
  return {
    get: bearer(client.get),
    head: bearer(client.head),
    post: bearer(client.post),
    patch: bearer(client.patch),
    put: bearer(client.put),
    delete: bearer(client.delete),
  };
}

function routesOf(t: TestApp): string[] {
  type Layer = { route?: { path: string; methods: Record<string, boolean> } };
  const express = t.app.getHttpAdapter().getInstance() as unknown as { router: { stack: Layer[] } };
  return express.router.stack.flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route?.path}`) : []));
}

/**
 * What a caller from another host gets on a route when the path names 品川区's real records:
 * 'notFound' (404: the record is not theirs, and its existence is not told), 'shared' (the shared
 * registry: readable by every host), 'public' (the visitors' feeds and pages).
 */
type ForeignOutcome = 'notFound' | 'shared' | 'public';

function foreignOutcome(route: string): ForeignOutcome {
  const path = route.split(' ')[1];
  if (EXPECTED[route] === PUBLIC) return 'public';
  // The shared registry: every host reads a municipality and its history (writes are the shared-field rules' business).
  if (/^\/api\/municipalities\/:id/.test(path)) return 'shared';
  return 'notFound';
}

// A 1×1 PNG: the photo upload is refused for the record, not for the file.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** 品川区's real ids, by what the route's path names. */
interface RealIds {
  fair: string;
  booth: string;
  stage: string;
  venue: string;
  application: string;
  assignment: string;
  guest: string;
  appearance: string;
  agreement: string;
  webhook: string;
  invitation: string;
  membership: string;
  municipality: string;
  host: string;
  slug: string;
  /** The session of 品川区's organizer: another person's session id answers 404 too. */
  session: string;
  /** A passkey of 品川区's organizer: another person's passkey answers 404 too. */
  passkey: string;
}

/**
 * A body each write route would accept from the record's own host, so that a refusal of the
 * foreign caller is about the record, not about the body (validation runs first).
 */
function validBody(route: string, ids: RealIds): object {
  const booth = {
    code: 'Z9',
    x: 1,
    y: 1,
    width: 2,
    depth: 2,
    powerWatts: 0,
    fridge: false,
    freezer: false,
    water: false,
    cookingAllowed: false,
    tags: [],
    prime: 1,
  };
  const days = ['2023-02-17', '2023-02-18'];
  const appearance = {
    guestId: ids.guest,
    date: '2023-02-18',
    start: '13:30',
    end: '14:00',
    durationMinutes: null,
    approximate: false,
    location: { kind: 'stage', stageId: ids.stage },
    status: 'confirmed',
    publicNote: null,
  };
  const bodies: Record<string, object> = {
    'PUT /api/fairs/:id': {
      title: '乗っ取り',
      slug: 'koryu-toshi-2023',
      roomId: ids.venue,
      days: [{ date: days[0], opens: '10:00', closes: '18:00' }],
      applicationsOpenAt: null,
      applicationsCloseAt: null,
    },
    'POST /api/fairs/:id/status': { status: 'accepting' },
    'PUT /api/fairs/:id/visibility': { public: false },
    'POST /api/fairs/:id/notices': { text: '乗っ取り' },
    'PATCH /api/me/factors/passkeys/:id': { name: '乗っ取り' },
    'PUT /api/venues/:id': { name: '乗っ取り会場', address: '東京都', rooms: [{ name: 'A', widthM: 10, depthM: 10 }] },
    'POST /api/fairs/:id/booths': booth,
    'POST /api/fairs/:id/booths/copy': { fromFairId: ids.fair },
    'PUT /api/fairs/:id/booths/:boothId': booth,
    'POST /api/applications/:id/assignments': { boothId: ids.booth, from: days[0], to: days[1] },
    'PUT /api/assignments/:id': { boothId: ids.booth, from: days[0], to: days[1] },
    'PUT /api/assignments/:id/pin': { pinned: true },
    'POST /api/fairs/:id/assignment-proposal/accept': { changes: [{ applicationId: ids.application, expectedBoothId: null, boothId: ids.booth }] },
    'POST /api/my/fairs/:fairId/application': applicationInput(days),
    'PUT /api/my/applications/:id': applicationInput(days),
    'PUT /api/my/fairs/:fairId/application/draft': applicationInput(days),
    'POST /api/fairs/:id/municipalities/:municipalityId/application': applicationInput(days),
    'PUT /api/applications/:id/entry': applicationInput(days),
    'POST /api/fairs/:id/applications/decisions': { status: 'rejected', message: null, applicationIds: [ids.application] },
    'POST /api/applications/:id/decision': { status: 'rejected', message: '乗っ取り' },
    'PUT /api/applications/:id/tie': { tieLabel: '乗っ取り' },
    'PUT /api/guests/:id': { name: '乗っ取り', nameEn: null, kind: 'mascot', ownerMunicipalityId: null, profile: null, profileEn: null, contact: null },
    'POST /api/fairs/:id/stages': { name: '乗っ取りステージ', nameEn: null, shared: false },
    'PUT /api/fairs/:id/stages/:stageId': { name: '乗っ取りステージ', nameEn: null, shared: false },
    'POST /api/fairs/:id/appearances': appearance,
    'POST /api/fairs/:id/appearances/check': appearance,
    'PUT /api/appearances/:id': appearance,
    'PUT /api/my/applications/:id/sales/:date': { salesYen: 1, customers: 1 },
    'PUT /api/fairs/:id/sales/:applicationId/:date': { salesYen: 1, customers: 1 },
    'POST /api/fairs/:id/appearances/repeat': { ...appearance, start: undefined, end: undefined, durationMinutes: 30, starts: ['16:30'] },
  };
  return bodies[route] ?? {};
}

function withRealIds(path: string, ids: RealIds): string {
  const byPrefix: [RegExp, keyof RealIds][] = [
    [/^\/api\/(my\/)?fairs\//, 'fair'],
    [/^\/api\/venues\//, 'venue'],
    [/^\/api\/(my\/)?applications\//, 'application'],
    [/^\/api\/assignments\//, 'assignment'],
    [/^\/api\/guests\//, 'guest'],
    [/^\/api\/appearances\//, 'appearance'],
    [/^\/api\/agreements\//, 'agreement'],
    [/^\/api\/webhooks\//, 'webhook'],
    [/^\/api\/people\/invitations\//, 'invitation'],
    [/^\/api\/people\//, 'membership'],
    [/^\/api\/municipalities\//, 'municipality'],
    [/^\/api\/operator\/hosts\//, 'host'],
    [/^\/api\/me\/sessions\//, 'session'],
    [/^\/api\/me\/factors\/passkeys\//, 'passkey'],
  ];
  const main = byPrefix.find(([re]) => re.test(path))?.[1];
  return path
    .replace(':boothId', ids.booth)
    .replace(':stageId', ids.stage)
    .replace(':fairId', ids.fair)
    .replace(':slug', ids.slug)
    .replace(':date', '2023-02-17')
    .replace(':token', 'not-a-real-token')
    .replace(/:id/, main ? ids[main] : ':id')
    .replace(/:\w+/g, '7f000000-0000-4000-8000-000000000000');
}

describe('authorization matrix', () => {
  let t: TestApp;
  const clients = {} as Record<Caller, Client>;
  const signInAll = async () => {
    clients.anonymous = t.anonymous;
    clients.miyakoRep = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    clients.yamakitaRep = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    clients.shinagawaOrganizer = await t.signIn(DEMO.organizer.email, DEMO.organizer.password);
    clients.otherHostOrganizer = await t.signIn('organizer@ota.example', 'ota organizer password');
    clients.otherHostMiyakoRep = await t.signIn('miyako@ota-rep.example', 'ota miyako rep password');
    clients.operator = await t.signIn('operator@install.example', 'operator password here');
    clients.metricsScraper = withBearer(t.anonymous, METRICS_TOKEN);
    clients.shinagawaStaff = await t.signIn('staff@shinagawa.example', 'on-site staff password');
  };
  beforeAll(async () => {
    t = await startTestApp({ metricsToken: METRICS_TOKEN });
    const ota = await createHost(t, '大田区', 'Ota City');
    await addMember(t, { email: 'organizer@ota.example', displayName: '大田 主催者', password: 'ota organizer password', role: 'organizer', hostId: ota });
    // The same municipality as the demo's 宮古市 representative, but for 大田区.
    await addMember(t, {
      email: 'miyako@ota-rep.example',
      displayName: '宮古 (大田区担当)',
      password: 'ota miyako rep password',
      role: 'representative',
      hostId: ota,
      municipalityId: await municipalityId(t, '宮古市'),
    });
    await addMember(t, { email: 'operator@install.example', displayName: '運用者', password: 'operator password here', role: 'operator' });
    const shinagawa = (await t.db.query(`SELECT id FROM hosts WHERE name = '品川区'`))[0].id;
    await addMember(t, {
      email: 'keyholder@shinagawa.example',
      displayName: '品川 鍵持ち',
      password: 'keyholder password here',
      role: 'organizer',
      hostId: shinagawa,
    });
    await addMember(t, {
      email: 'staff@shinagawa.example',
      displayName: '品川 会場スタッフ',
      password: 'on-site staff password',
      role: 'staff',
      hostId: shinagawa,
    });
    await signInAll();
  });
  afterAll(() => t.close());

  it('has an expected row for every route, and no row for a route that is gone', () => {
    expect(routesOf(t).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('answers each route as the table says, for every caller, and never lets a private answer be stored', async () => {
    // Ids that name nothing: the check is about who gets through, not about the data behind it.
    const ghost = '7f000000-0000-4000-8000-000000000000';
    const failures: string[] = [];
    // Signing out ends the callers' sessions, so it goes last.
    const routes = routesOf(t).sort((a, b) => Number(a.endsWith('/sign-out')) - Number(b.endsWith('/sign-out')));
    for (const route of routes) {
      const [method, path] = route.split(' ');
      const url = path.replace(':token', 'not-a-real-token').replace(/:\w+/g, ghost);
      for (const [i, caller] of CALLERS.entries()) {
        const client = clients[caller];
        const res = await client[method.toLowerCase() as 'get'](url).send(method === 'GET' ? undefined : {});
        const expected = EXPECTED[route]?.[i];
        if (expected === undefined) continue; // named by the first test
        const got: Outcome = res.status === 401 || res.status === 403 ? (res.status as 401 | 403) : 'ok';
        if (res.body?.message === 'This route is not open to anyone') failures.push(`${route}: no @Access policy`);
        if (got !== expected) failures.push(`${route} as ${caller}: expected ${expected}, got ${res.status} ${res.body?.code ?? ''}`);
        if (!CACHEABLE.test(route) && res.headers['cache-control'] !== 'no-store')
          failures.push(`${route} as ${caller}: Cache-Control ${res.headers['cache-control']} (${res.status}), not no-store`);
        expect(res.status).toBeLessThan(500);
      }
    }
    expect(failures).toEqual([]);
  });

  // The matrix signs everyone out at its end; later tests need fresh sessions.
  beforeEach(() => signInAll());

  async function realIds(): Promise<RealIds> {
    const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const fair = await one(`SELECT id FROM fairs WHERE slug = 'koryu-toshi-2023'`);
    const webhook = await clients.shinagawaOrganizer.post('/api/webhooks').send({ url: 'https://hooks.example.com/bussanten' }).expect(201);
    const invitation = await clients.shinagawaOrganizer
      .post('/api/people/invitations')
      .send({ email: 'new-staff@shinagawa.example', role: 'organizer' })
      .expect(201);
    const [stage] = await t.db.query(`SELECT id FROM fair_stages WHERE fair_id = $1 LIMIT 1`, [fair]);
    return {
      fair,
      booth: await one(`SELECT id FROM booths WHERE fair_id = $1 ORDER BY code LIMIT 1`, [fair]),
      stage:
        stage?.id ??
        (await clients.shinagawaOrganizer.post(`/api/fairs/${fair}/stages`).send({ name: '品川ステージ', nameEn: null, shared: false }).expect(201)).body.id,
      venue: await one(`SELECT v.id FROM venues v JOIN rooms r ON r.venue_id = v.id JOIN fairs f ON f.room_id = r.id WHERE f.id = $1`, [fair]),
      application: await one(`SELECT a.id FROM applications a JOIN municipalities m ON m.id = a.municipality_id WHERE a.fair_id = $1 AND m.name = '宮古市'`, [
        fair,
      ]),
      assignment: await one(
        `SELECT ba.id FROM booth_assignments ba JOIN applications a ON a.id = ba.application_id JOIN municipalities m ON m.id = a.municipality_id WHERE m.name = '宮古市'`,
      ),
      guest: await one(`SELECT id FROM guests WHERE name = 'ハタチの龍馬'`),
      appearance: await one(`SELECT id FROM appearances WHERE fair_id = $1 LIMIT 1`, [fair]),
      agreement: await one(`SELECT id FROM agreements WHERE title = '宮古市との災害時相互援助協定'`),
      webhook: webhook.body.id,
      invitation: invitation.body.id,
      membership: await one(`SELECT ms.id FROM memberships ms JOIN users u ON u.id = ms.user_id WHERE u.email = $1`, [DEMO.yamakita.email]),
      municipality: await municipalityId(t, '宮古市'),
      host: await one(`SELECT id FROM hosts WHERE name = '品川区'`),
      slug: 'koryu-toshi-2023',
      session: (await clients.shinagawaOrganizer.get('/api/me/sessions').expect(200)).body.find((s: { current: boolean }) => s.current).id,
      // A stored passkey row of a 品川区 organizer who is none of the callers (a passkey would ask them
      // for it at sign-in); its key is never used: the routes that name it only rename and remove.
      passkey: await one(
        `INSERT INTO passkeys (user_id, credential_id, public_key, device_type, backed_up, name)
         SELECT id, 'matrix-credential', '\\x00', 'singleDevice', false, '品川のパスキー' FROM users WHERE email = 'keyholder@shinagawa.example'
         ON CONFLICT ON CONSTRAINT ${Constraint.passkeysCredentialId} DO UPDATE SET name = excluded.name RETURNING id`,
      ),
    };
  }

  it("answers a caller from another host 404 on every route that names one of 品川区's records, and changes nothing", async () => {
    const ids = await realIds();
    const digest = await tableDigester((sql) => t.db.query(sql));
    // 品川区's own audit log must not grow; the other hosts' may (their callers' sessions, a no-op on the shared registry).
    const shinagawaAudit = async () => (await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE host_id = $1`, [ids.host]))[0].n;
    const auditBefore = await shinagawaAudit();
    const before = await digest();
    const failures: string[] = [];
    const routes = routesOf(t).filter((r) => r.includes(':') && !r.endsWith('/sign-out'));
    for (const route of routes) {
      const [method, path] = route.split(' ');
      const url = withRealIds(path, ids);
      for (const caller of ['otherHostOrganizer', 'otherHostMiyakoRep'] as const) {
        const allowed = EXPECTED[route]?.[CALLERS.indexOf(caller)] === 'ok';
        const request = clients[caller][method.toLowerCase() as 'get'](url);
        const res =
          route === 'POST /api/guests/:id/photo'
            ? await request.attach('photo', PNG, 'photo.png')
            : await request.send(method === 'GET' ? undefined : validBody(route, ids));
        const outcome = foreignOutcome(route);
        if (!allowed) {
          if (res.status !== 403) failures.push(`${route} as ${caller}: expected 403, got ${res.status}`);
        } else if (outcome === 'notFound' && res.status !== 404) {
          failures.push(`${route} as ${caller}: expected 404, got ${res.status} ${res.body?.code ?? ''}`);
        } else if (outcome === 'shared' && method === 'GET' && res.status !== 200) {
          failures.push(`${route} as ${caller}: expected the shared record, got ${res.status}`);
        }
        expect(JSON.stringify(res.body ?? '')).not.toMatch(/宮古市との|品川 花子|宮古 太郎|miyako@miyako\.example/);
      }
    }
    expect(failures).toEqual([]);
    // Writes with empty bodies to shared records are refused by validation; nothing of 品川区's changed.
    const after = await digest();
    const changed = [...before.keys()].filter(
      (table) => before.get(table) !== after.get(table) && !['sessions', 'memberships', 'sign_in_failures', 'audit_log'].includes(table),
    );
    expect(changed).toEqual([]);
    expect(await shinagawaAudit()).toBe(auditBefore);
  });

  it("lists none of 品川区's records to callers from another host", async () => {
    const ids = await realIds();
    const secret = Object.entries(ids)
      .filter(([kind]) => !['municipality', 'slug', 'host'].includes(kind))
      .map(([, id]) => id);
    const lists = routesOf(t).filter((r) => r.startsWith('GET ') && !r.includes(':') && EXPECTED[r] !== PUBLIC);
    for (const route of lists) {
      for (const caller of ['otherHostOrganizer', 'otherHostMiyakoRep'] as const) {
        const res = await clients[caller].get(route.split(' ')[1]);
        const body = JSON.stringify(res.body ?? '') + (res.text ?? '');
        for (const id of secret) expect({ route, caller, leaked: body.includes(id) ? id : null }).toEqual({ route, caller, leaked: null });
      }
    }
  });

  it('keeps each organizer to their host: another host cannot see 品川区 agreements', async () => {
    const [agreement] = await t.db.query(`SELECT id FROM agreements WHERE title = '宮古市との災害時相互援助協定'`);
    await clients.shinagawaOrganizer.get(`/api/agreements/${agreement.id}`).expect(200);
    const res = await clients.otherHostOrganizer.get(`/api/agreements/${agreement.id}`).expect(404);
    expect(JSON.stringify(res.body)).not.toContain('宮古市との');
    const list = await clients.otherHostOrganizer.get('/api/agreements').expect(200);
    expect(list.body).toEqual([]);
    const miyako = await clients.otherHostOrganizer.get(`/api/municipalities/${await municipalityId(t, '宮古市')}`).expect(200);
    expect(miyako.body.agreements).toEqual([]);
    await clients.otherHostOrganizer.delete(`/api/agreements/${agreement.id}`).expect(404);
  });

  it('keeps each representative to their municipality', async () => {
    const miyako = await clients.miyakoRep.get('/api/me/municipality').expect(200);
    const yamakita = await clients.yamakitaRep.get('/api/me/municipality').expect(200);
    expect([miyako.body.name, yamakita.body.name]).toEqual(['宮古市', '山北町']);
    const other = await clients.miyakoRep.get(`/api/municipalities/${yamakita.body.id}`).expect(403);
    expect(JSON.stringify(other.body)).not.toContain('山北');
    await clients.miyakoRep.patch(`/api/municipalities/${yamakita.body.id}`).send({ population: 1 }).expect(403);
  });
});
