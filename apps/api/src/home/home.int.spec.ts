import type { HomeFair, HomeSummary } from '@bussanten/contracts';
import { tokyoDateTime } from '@bussanten/domain';
import { acceptedApplication, applicationInput, FAIR_2027_DAYS, openFair } from '../../test/fair-fixtures';
import { addMember, createHost, DEMO, startTestApp, type Client, type TestApp } from '../../test/test-app';

/** GET /api/home on real PostgreSQL: what each count counts, for the caller's host only. */
describe('the organizers’ home page (GET /api/home)', () => {
  let t: TestApp;
  let miyako: Client;
  let yamakita: Client;
  let ota: Client;
  let otaHostId: string;
  let shinagawaHostId: string;

  const home = async (client: Client = t.http): Promise<HomeSummary> => (await client.get('/api/home').expect(200)).body;
  const fairOf = async (fairId: string, client: Client = t.http): Promise<HomeFair> => {
    const found = (await home(client)).fairs.find((f) => f.id === fairId);
    if (!found) throw new Error(`fair ${fairId} is not on the home page`);
    return found;
  };
  const previewLength = async (fairId: string) => (await t.http.get(`/api/fairs/${fairId}/releases/preview`).expect(200)).body.length;

  beforeAll(async () => {
    // Webhooks to a local address may be added (none is sent: deliver is off).
    t = await startTestApp({ webhooks: { allowPrivate: true } });
    miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    yamakita = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    [{ id: shinagawaHostId }] = await t.db.query(`SELECT id FROM hosts WHERE name = '品川区'`);
    otaHostId = await createHost(t, '大田区', 'Ota City');
    await addMember(t, { email: 'organizer@ota.example', password: 'ota organizer password', role: 'organizer', hostId: otaHostId });
    ota = await t.signIn('organizer@ota.example', 'ota organizer password');
  });
  afterAll(() => t.close());

  it('is for organizers only', async () => {
    await t.anonymous.get('/api/home').expect(401);
    expect((await miyako.get('/api/home').expect(403)).body.code).toBeDefined();
  });

  it('is empty for a host without fairs, and shows another host none of 品川区’s', async () => {
    expect(await home(ota)).toEqual({ fairs: [], failedMails: 0, failedWebhookDeliveries: 0 });
  });

  it('lists the seeded 2023 fair as over, published, with nothing waiting and no deadline ahead', async () => {
    const { fairs } = await home();
    expect(fairs.map((f) => f.slug)).toEqual(['koryu-toshi-2023']);
    expect(fairs[0]).toMatchObject({
      status: 'closed',
      visible: true,
      releasedVersion: 1,
      firstDay: '2023-02-17',
      lastDay: '2023-02-21',
      timing: 'past',
      counts: { toReview: 0, withdrawals: 0, unplaced: 0, unpublishedChanges: await previewLength(fairs[0].id) },
      deadlines: { applicationsCloseAt: null, firstDay: null },
    });
  });

  it('counts an application to review, then an exhibitor to place, then none, then a withdrawal; each only for its own host', async () => {
    const fair = await openFair(t, 'home-2027');
    const before = await fairOf(fair.id);
    expect(before).toMatchObject({
      status: 'accepting',
      timing: 'upcoming',
      releasedVersion: null,
      counts: { toReview: 0, withdrawals: 0, unplaced: 0, unpublishedChanges: await previewLength(fair.id) },
      deadlines: { firstDay: FAIR_2027_DAYS[0].date },
    });
    expect(Date.parse(before.deadlines.applicationsCloseAt ?? '')).toBeGreaterThan(Date.now());
    const otaBefore = await home(ota);

    // 宮古市 applies: one to review.
    const applied = await miyako
      .post(`/api/my/fairs/${fair.id}/application`)
      .send(applicationInput([FAIR_2027_DAYS[0].date]))
      .expect(201);
    expect((await fairOf(fair.id)).counts).toMatchObject({ toReview: 1, unplaced: 0, withdrawals: 0 });
    // 大田区 sees nothing of it.
    expect(await home(ota)).toEqual(otaBefore);

    // Accepted: nothing to review, one to place.
    await t.http.post(`/api/applications/${applied.body.id}/decision`).send({ status: 'accepted', message: null }).expect(200);
    expect((await fairOf(fair.id)).counts).toMatchObject({ toReview: 0, unplaced: 1 });

    // Placed on A1 for its day: nothing to place; the next release would carry it.
    await t.http
      .post(`/api/applications/${applied.body.id}/assignments`)
      .send({ boothId: fair.boothIds['A1'], from: FAIR_2027_DAYS[0].date, to: FAIR_2027_DAYS[0].date })
      .expect(201);
    const placed = await fairOf(fair.id);
    expect(placed.counts).toMatchObject({ toReview: 0, unplaced: 0, withdrawals: 0 });
    expect(placed.counts.unpublishedChanges).toBe(await previewLength(fair.id));

    // 宮古市 withdraws (the fair was never published: every withdrawal counts).
    await miyako.post(`/api/my/applications/${applied.body.id}/withdraw`).expect(200);
    expect((await fairOf(fair.id)).counts).toMatchObject({ toReview: 0, unplaced: 0, withdrawals: 1 });
    expect(await home(ota)).toEqual(otaBefore);
  });

  it('counts withdrawals since the latest release only, and no unpublished change right after publishing', async () => {
    const fair = await openFair(t, 'home-release-2027');
    const days = [FAIR_2027_DAYS[0].date, FAIR_2027_DAYS[1].date];
    const first = await acceptedApplication(t, miyako, fair.id, applicationInput(days));
    const second = await acceptedApplication(t, yamakita, fair.id, applicationInput(days));
    // Accepted with days but holding no booth: both to place. One placed on some of its days only is placed.
    expect((await fairOf(fair.id)).counts.unplaced).toBe(2);
    await t.http.post(`/api/applications/${second}/assignments`).send({ boothId: fair.boothIds['A2'], from: days[0], to: days[0] }).expect(201);
    expect((await fairOf(fair.id)).counts.unplaced).toBe(1);

    await miyako.post(`/api/my/applications/${first}/withdraw`).expect(200);
    expect((await fairOf(fair.id)).counts.withdrawals).toBe(1);
    await t.http.post(`/api/fairs/${fair.id}/releases`).send({ note: null }).expect(201);
    expect((await fairOf(fair.id)).counts).toEqual({ toReview: 0, withdrawals: 0, unplaced: 0, unpublishedChanges: 0 });

    // Withdrawn after the release: counted until the next one.
    await yamakita.post(`/api/my/applications/${second}/withdraw`).expect(200);
    const after = await fairOf(fair.id);
    expect(after.counts.withdrawals).toBe(1);
    expect(after.counts.unpublishedChanges).toBe(await previewLength(fair.id));
    expect(after.counts.unpublishedChanges).toBeGreaterThan(0);
  });

  it('puts a fair running today first, then coming ones soonest first, then those over; archived ones not at all', async () => {
    const today = tokyoDateTime(new Date()).date;
    const current = await openFair(t, 'home-today', [{ date: today, opens: '00:00', closes: '23:59' }]);
    const { fairs } = await home();
    expect(fairs.map((f) => [f.slug, f.timing])).toEqual([
      ['home-today', 'current'],
      ['home-2027', 'upcoming'],
      ['home-release-2027', 'upcoming'],
      ['koryu-toshi-2023', 'past'],
    ]);
    // Its first day is today: no longer ahead.
    expect(fairs[0].deadlines.firstDay).toBeNull();

    // Closed: the application window is no deadline any more. Archived: gone from the page.
    await t.http.post(`/api/fairs/${current.id}/status`).send({ status: 'closed' }).expect(200);
    expect((await fairOf(current.id)).deadlines.applicationsCloseAt).toBeNull();
    await t.http.post(`/api/fairs/${current.id}/status`).send({ status: 'archived' }).expect(200);
    expect((await home()).fairs.map((f) => f.slug)).not.toContain('home-today');
  });

  it('counts the host’s failed mails (as 送信メール lists them) and failed webhook deliveries, once for the host', async () => {
    const failMail = (hostId: string, kind: string) =>
      t.db.query(
        `INSERT INTO outbox_messages (kind, host_id, recipient, subject, body, failed_at, last_error) VALUES ($1, $2, 'x@example.jp', 's', 'b', now(), 'refused')`,
        [kind, hostId],
      );
    await failMail(shinagawaHostId, 'application.received');
    await failMail(shinagawaHostId, 'application.accepted');
    // A password mail is its holder's own business: 送信メール does not list it, nor does this count it.
    await failMail(shinagawaHostId, 'password.changed');
    await failMail(otaHostId, 'invitation');
    // One that is sent or still waiting is no failure.
    await t.db.query(`INSERT INTO outbox_messages (kind, host_id, recipient, subject, body) VALUES ('invitation', $1, 'y@example.jp', 's', 'b')`, [
      shinagawaHostId,
    ]);
    const listed = (await t.http.get('/api/outbox?state=failed').expect(200)).body.total;
    expect(listed).toBe(2);
    expect((await home()).failedMails).toBe(listed);
    expect((await home(ota)).failedMails).toBe(1);

    // A webhook of each host; publishing queues a delivery to 品川区's, which is then given up.
    const hook = await t.http.post('/api/webhooks').send({ url: 'http://localhost:9/hook' }).expect(201);
    await ota.post('/api/webhooks').send({ url: 'http://localhost:9/ota' }).expect(201);
    const [{ id: fairId }] = await t.db.query(`SELECT id FROM fairs WHERE slug = 'home-release-2027'`);
    await t.http.post(`/api/fairs/${fairId}/releases`).send({ note: null }).expect(201);
    expect((await home()).failedWebhookDeliveries).toBe(0);
    await t.db.query(`UPDATE webhook_deliveries SET failed_at = now(), last_error = 'refused' WHERE webhook_id = $1`, [hook.body.id]);
    expect((await home()).failedWebhookDeliveries).toBe(1);
    expect((await home(ota)).failedWebhookDeliveries).toBe(0);

    // Deleting the webhook leaves its deliveries behind: nothing left to fix.
    await t.http.delete(`/api/webhooks/${hook.body.id}`).expect(204);
    expect((await home()).failedWebhookDeliveries).toBe(0);
  });

  it('reads a fair of the other host with its own counts only', async () => {
    const venue = await ota
      .post('/api/venues')
      .send({ name: '大田区産業プラザ', address: '東京都大田区南蒲田1-20-20', rooms: [{ name: '展示ホール', widthM: 30, depthM: 20 }] })
      .expect(201);
    const created = await ota
      .post('/api/fairs')
      .send({ title: '大田区の物産展', slug: 'ota-home-2027', roomId: venue.body.rooms[0].id, days: FAIR_2027_DAYS })
      .expect(201);
    const { fairs } = await home(ota);
    expect(fairs.map((f) => f.slug)).toEqual(['ota-home-2027']);
    expect(fairs[0]).toMatchObject({ status: 'draft', timing: 'upcoming', counts: { toReview: 0, withdrawals: 0, unplaced: 0 } });
    // No window set: no closing deadline.
    expect(fairs[0].deadlines).toEqual({ applicationsCloseAt: null, firstDay: FAIR_2027_DAYS[0].date });
    expect((await home()).fairs.map((f) => f.id)).not.toContain(created.body.id);
  });
});
