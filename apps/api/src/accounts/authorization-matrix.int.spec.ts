import { hashPassword } from './passwords';
import { DEMO, municipalityId, startTestApp, type Client, type TestApp } from '../../test/test-app';

// Every route of the running API, enumerated from the router, against every kind of caller.
// A route added later without a row here fails the first test; a route without an @Access policy
// answers "not open to anyone" and fails the second.
type Caller = 'anonymous' | 'miyakoRep' | 'yamakitaRep' | 'shinagawaOrganizer' | 'otherHostOrganizer';
const CALLERS: Caller[] = ['anonymous', 'miyakoRep', 'yamakitaRep', 'shinagawaOrganizer', 'otherHostOrganizer'];

// ok = let through (any status but 401/403); 401 = must sign in; 403 = refused for the role.
type Outcome = 'ok' | 401 | 403;
const PUBLIC: Outcome[] = ['ok', 'ok', 'ok', 'ok', 'ok'];
const SIGNED_IN: Outcome[] = [401, 'ok', 'ok', 'ok', 'ok'];
const ORGANIZERS: Outcome[] = [401, 403, 403, 'ok', 'ok'];
const REPRESENTATIVES: Outcome[] = [401, 'ok', 'ok', 403, 403];

const EXPECTED: Record<string, Outcome[]> = {
  'GET /api/health': PUBLIC,
  'GET /api/ready': PUBLIC,
  'GET /api/metrics': PUBLIC,
  'POST /api/auth/sign-in': PUBLIC,
  'POST /api/auth/sign-out': SIGNED_IN,
  'GET /api/auth/me': SIGNED_IN,
  'POST /api/auth/password': SIGNED_IN,
  'GET /api/invitations/:token': PUBLIC,
  'POST /api/invitations/:token/accept': PUBLIC,
  'GET /api/people': ORGANIZERS,
  'GET /api/people/invitations': ORGANIZERS,
  'POST /api/people/invitations': ORGANIZERS,
  'POST /api/people/invitations/:id/resend': ORGANIZERS,
  'POST /api/people/:id/disable': ORGANIZERS,
  'POST /api/people/:id/enable': ORGANIZERS,
  'GET /api/audit': ORGANIZERS,
  'GET /api/municipalities': ORGANIZERS,
  'GET /api/municipalities/:id': ORGANIZERS,
  'POST /api/municipalities': ORGANIZERS,
  'PATCH /api/municipalities/:id': ORGANIZERS,
  'DELETE /api/municipalities/:id': ORGANIZERS,
  'GET /api/municipalities/:id/history': ORGANIZERS,
  'POST /api/municipalities/:id/history/:changeId/revert': ORGANIZERS,
  'GET /api/agreements': ORGANIZERS,
  'GET /api/agreements/:id': ORGANIZERS,
  'POST /api/agreements': ORGANIZERS,
  'PATCH /api/agreements/:id': ORGANIZERS,
  'DELETE /api/agreements/:id': ORGANIZERS,
  'GET /api/prefectures': PUBLIC,
  'GET /api/agreement-kinds': PUBLIC,
  'GET /api/programmes': PUBLIC,
  'GET /api/me/municipality': REPRESENTATIVES,
  'GET /api/fairs': ORGANIZERS,
  'GET /api/fairs/:id': ORGANIZERS,
  'POST /api/fairs': ORGANIZERS,
  'GET /api/fairs/:id/export': ORGANIZERS,
  'POST /api/fairs/import': ORGANIZERS,
  'GET /api/venues': ORGANIZERS,
  'PUT /api/fairs/:id': ORGANIZERS,
  'POST /api/fairs/:id/status': ORGANIZERS,
  'DELETE /api/fairs/:id': ORGANIZERS,
  'POST /api/venues': ORGANIZERS,
  'PUT /api/venues/:id': ORGANIZERS,
  'GET /api/fairs/:id/booths': ORGANIZERS,
  'POST /api/fairs/:id/booths': ORGANIZERS,
  'POST /api/fairs/:id/booths/copy': ORGANIZERS,
  'PUT /api/fairs/:id/booths/:boothId': ORGANIZERS,
  'DELETE /api/fairs/:id/booths/:boothId': ORGANIZERS,
  'GET /api/fairs/:id/booths.csv': ORGANIZERS,
  'GET /api/fairs/:id/assignments': ORGANIZERS,
  'POST /api/applications/:id/assignments': ORGANIZERS,
  'PUT /api/assignments/:id': ORGANIZERS,
  'DELETE /api/assignments/:id': ORGANIZERS,
  'PUT /api/assignments/:id/pin': ORGANIZERS,
  'GET /api/fairs/:id/assignment-instance': ORGANIZERS,
  'POST /api/fairs/:id/assignment-proposal': ORGANIZERS,
  'POST /api/fairs/:id/assignment-proposal/accept': ORGANIZERS,
  'GET /api/fairs/:id/applications': ORGANIZERS,
  'POST /api/fairs/:id/applications/decisions': ORGANIZERS,
  'GET /api/applications/:id': ORGANIZERS,
  'GET /api/applications/:id/history': ORGANIZERS,
  'POST /api/applications/:id/decision': ORGANIZERS,
  'PUT /api/applications/:id/tie': ORGANIZERS,
  'GET /api/my/fairs': REPRESENTATIVES,
  'GET /api/my/fairs/:fairId': REPRESENTATIVES,
  'POST /api/my/fairs/:fairId/application': REPRESENTATIVES,
  'GET /api/my/applications': REPRESENTATIVES,
  'GET /api/my/applications/:id': REPRESENTATIVES,
  'PUT /api/my/applications/:id': REPRESENTATIVES,
  'POST /api/my/applications/:id/withdraw': REPRESENTATIVES,
  'GET /api/outbox': ORGANIZERS,
  'GET /api/guests': ORGANIZERS,
  'POST /api/guests': ORGANIZERS,
  'GET /api/guests/:id': ORGANIZERS,
  'PUT /api/guests/:id': ORGANIZERS,
  'DELETE /api/guests/:id': ORGANIZERS,
  'POST /api/guests/:id/photo': ORGANIZERS,
  'DELETE /api/guests/:id/photo': ORGANIZERS,
  'GET /api/guests/:id/photo': PUBLIC,
  'GET /api/fairs/:id/stages': ORGANIZERS,
  'POST /api/fairs/:id/stages': ORGANIZERS,
  'PUT /api/fairs/:id/stages/:stageId': ORGANIZERS,
  'DELETE /api/fairs/:id/stages/:stageId': ORGANIZERS,
  'GET /api/fairs/:id/appearances': ORGANIZERS,
  'POST /api/fairs/:id/appearances': ORGANIZERS,
  'POST /api/fairs/:id/appearances/repeat': ORGANIZERS,
  'POST /api/fairs/:id/appearances/check': ORGANIZERS,
  'PUT /api/appearances/:id': ORGANIZERS,
  'DELETE /api/appearances/:id': ORGANIZERS,
  'GET /api/fairs/:id/releases': ORGANIZERS,
  'GET /api/fairs/:id/releases/preview': ORGANIZERS,
  'POST /api/fairs/:id/releases': ORGANIZERS,
  'GET /api/webhooks': ORGANIZERS,
  'POST /api/webhooks': ORGANIZERS,
  'DELETE /api/webhooks/:id': ORGANIZERS,
  'POST /api/webhooks/:id/test': ORGANIZERS,
  'GET /api/public/fairs': PUBLIC,
  'GET /f': PUBLIC,
  'GET /en/f': PUBLIC,
  'GET /f/:slug': PUBLIC,
  'GET /en/f/:slug': PUBLIC,
  'GET /f/:slug/qr.svg': PUBLIC,
  'GET /f/:slug/qr.png': PUBLIC,
  'GET /api/public/fairs/:slug': PUBLIC,
  'GET /api/public/fairs/:slug/days/:date': PUBLIC,
  'GET /api/public/fairs/:slug/calendar.ics': PUBLIC,
  'GET /api/public/fairs/:slug/exhibitors.csv': PUBLIC,
  // The API reference (served by @nestjs/swagger outside Nest's controllers): public by design.
  'GET /api/openapi.json': PUBLIC,
  'GET /api/docs-yaml': PUBLIC,
  'GET /api/docs': PUBLIC,
  'GET /api/docs/': PUBLIC,
  'GET /api/docs/index.html': PUBLIC,
  'GET /api/docs/LICENSE': PUBLIC,
  'GET /api/docs/swagger-ui-init.js': PUBLIC,
  'GET /api/docs/docs/swagger-ui-init.js': PUBLIC,
};

function routesOf(t: TestApp): string[] {
  type Layer = { route?: { path: string; methods: Record<string, boolean> } };
  const express = t.app.getHttpAdapter().getInstance() as unknown as { router: { stack: Layer[] } };
  return express.router.stack.flatMap((layer) =>
    layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route?.path}`) : [],
  );
}

describe('authorization matrix', () => {
  let t: TestApp;
  const clients = {} as Record<Caller, Client>;
  beforeAll(async () => {
    t = await startTestApp();
    const [host] = await t.db.query(`INSERT INTO hosts (name, name_en) VALUES ('大田区', 'Ota City') RETURNING id`);
    await t.db.query(
      `INSERT INTO users (email, display_name, password_hash, role, host_id, invited_by_host_id, password_changed_at)
       VALUES ('organizer@ota.example', '大田 主催者', $1, 'organizer', $2, $2, now())`,
      [await hashPassword('ota organizer password'), host.id],
    );
    clients.anonymous = t.anonymous;
    clients.miyakoRep = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    clients.yamakitaRep = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    clients.shinagawaOrganizer = t.http;
    clients.otherHostOrganizer = await t.signIn('organizer@ota.example', 'ota organizer password');
  });
  afterAll(() => t.close());

  it('has an expected row for every route, and no row for a route that is gone', () => {
    expect(routesOf(t).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('answers each route as the table says, for every caller', async () => {
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
        const got: Outcome = res.status === 401 || res.status === 403 ? (res.status as 401 | 403) : 'ok';
        if (res.body?.message === 'This route is not open to anyone') failures.push(`${route}: no @Access policy`);
        if (got !== expected) failures.push(`${route} as ${caller}: expected ${expected}, got ${res.status} ${res.body?.code ?? ''}`);
        expect(res.status).toBeLessThan(500);
      }
    }
    expect(failures).toEqual([]);
  });

  beforeEach(async () => {
    // The matrix signs everyone out at its end; later tests need fresh sessions.
    clients.miyakoRep = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    clients.yamakitaRep = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    clients.shinagawaOrganizer = await t.signIn(DEMO.organizer.email, DEMO.organizer.password);
    clients.otherHostOrganizer = await t.signIn('organizer@ota.example', 'ota organizer password');
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
