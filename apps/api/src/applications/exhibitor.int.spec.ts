import type { ApplicationDraftInput, ExhibitorGuide, FairDayInput, PublicFair } from '@bussanten/contracts';
import ICAL from 'ical.js';
import { acceptedApplication, applicationInput, FAIR_2027_DAYS, openFair } from '../../test/fair-fixtures';
import { createHost, DEMO, startTestApp, type Client, type TestApp } from '../../test/test-app';

const days = FAIR_2027_DAYS.map((d) => d.date);

/** A draft as the form saves it half done: no product name or category yet, permit and staff count blank. */
const draftInput = (change: Partial<ApplicationDraftInput> = {}): ApplicationDraftInput => ({
  days: [days[0]],
  products: [{ name: '', category: null, priceMin: null, priceMax: null, food: false, alcohol: false }],
  needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
  permit: { status: null, number: null, healthCentre: null },
  staffCount: null,
  staff: [],
  vehicle: null,
  loadInTime: null,
  note: '下書きのメモ',
  ...change,
});

const days2028: FairDayInput[] = FAIR_2027_DAYS.map((d) => ({ ...d, date: d.date.replace('2027', '2028') }));

describe("the exhibitor's side: drafts, copying, cooking, English names, the guide and its calendar (real PostgreSQL)", () => {
  let t: TestApp;
  let miyako: Client;
  let yamakita: Client;
  const outbox = async () => (await t.db.query('SELECT count(*)::int AS n FROM outbox_messages'))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    yamakita = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
  });
  afterAll(() => t.close());

  describe('drafts', () => {
    let fairId: string;
    let draftId: string;
    beforeAll(async () => {
      fairId = (await openFair(t, 'draft-2027')).id;
    });

    it('saves an incomplete draft, mails nobody, and keeps it from the organizers: not listed, counted, found or decided', async () => {
      const before = await outbox();
      const res = await miyako.put(`/api/my/fairs/${fairId}/application/draft`).send(draftInput()).expect(200);
      draftId = res.body.id;
      expect(res.body).toMatchObject({ status: 'draft', editable: true, permit: { status: null }, staffCount: null, note: '下書きのメモ' });
      expect(await outbox()).toBe(before);
      // The representative sees it; the fair says it has the municipality's application.
      expect((await miyako.get(`/api/my/fairs/${fairId}`).expect(200)).body.myApplicationId).toBe(draftId);
      expect((await miyako.get('/api/my/applications').expect(200)).body.map((a: { id: string }) => a.id)).toContain(draftId);
      // Saving again changes the same draft.
      await miyako
        .put(`/api/my/fairs/${fairId}/application/draft`)
        .send(draftInput({ days: days.slice(0, 2) }))
        .expect(200);
      expect((await miyako.get(`/api/my/applications/${draftId}`).expect(200)).body.days).toEqual(days.slice(0, 2));

      expect((await t.http.get(`/api/fairs/${fairId}/applications`).expect(200)).body).toEqual([]);
      await t.http.get(`/api/fairs/${fairId}/applications?status=draft`).expect(400);
      await t.http.get(`/api/applications/${draftId}`).expect(404);
      await t.http.get(`/api/applications/${draftId}/history`).expect(404);
      await t.http.post(`/api/applications/${draftId}/decision`).send({ status: 'accepted' }).expect(404);
      await t.http.put(`/api/applications/${draftId}/tie`).send({ tieLabel: 'x' }).expect(404);
      // Another municipality does not see it either.
      await yamakita.get(`/api/my/applications/${draftId}`).expect(404);
    });

    it('refuses in a draft only what cannot be stored', async () => {
      const cases: [Partial<ApplicationDraftInput>, string, string][] = [
        [{ days: ['2027-03-01'] }, 'days.0', 'fairDay'],
        [{ days: [days[0], days[0]] }, 'days.1', 'unique'],
        [{ note: 'x'.repeat(2001) }, 'note', 'maxLength'],
        [
          { products: [{ name: 'x'.repeat(101), category: null, priceMin: null, priceMax: null, food: false, alcohol: false }] },
          'products.0.name',
          'maxLength',
        ],
        [{ staffCount: -1 }, 'staffCount', 'min'],
      ];
      for (const [change, field, rule] of cases) {
        const res = await miyako.put(`/api/my/fairs/${fairId}/application/draft`).send(draftInput(change)).expect(400);
        expect(res.body.details).toContainEqual(expect.objectContaining({ field, rule }));
      }
      expect((await miyako.get(`/api/my/applications/${draftId}`).expect(200)).body.days).toEqual(days.slice(0, 2));
    });

    it('submits the draft with every rule applied; the organizers then see it, and it is mailed', async () => {
      // Submitting the incomplete draft as it is: refused on every missing field, and it stays a draft.
      const refused = await miyako
        .post(`/api/my/fairs/${fairId}/application`)
        .send({ ...draftInput(), products: [{ name: '', category: 'seafood', priceMin: null, priceMax: null, food: false, alcohol: false }] })
        .expect(400);
      expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['products.0.name', 'permit.status', 'staffCount']));
      expect((await miyako.get(`/api/my/applications/${draftId}`).expect(200)).body.status).toBe('draft');
      // Editing the draft through the submitted application's route is not how it is sent.
      await miyako
        .put(`/api/my/applications/${draftId}`)
        .send(applicationInput([days[0]]))
        .expect(409);

      const before = await outbox();
      const sent = await miyako
        .post(`/api/my/fairs/${fairId}/application`)
        .send(applicationInput(days.slice(0, 2)))
        .expect(201);
      expect(sent.body).toMatchObject({ id: draftId, status: 'submitted' });
      expect(await outbox()).toBeGreaterThan(before);
      expect((await t.http.get(`/api/fairs/${fairId}/applications`).expect(200)).body.map((a: { id: string }) => a.id)).toEqual([draftId]);
      // Once submitted, it is no draft any more.
      await miyako.put(`/api/my/fairs/${fairId}/application/draft`).send(draftInput()).expect(409);
    });
  });

  describe('copying from the last application to the same host', () => {
    it('offers the latest earlier application of the municipality with this host, not another host’s or municipality’s', async () => {
      const earlier = await openFair(t, 'copy-2027');
      const later = await openFair(t, 'copy-2028', days2028);
      await miyako
        .post(`/api/my/fairs/${earlier.id}/application`)
        .send(
          applicationInput([days[0]], {
            note: '前回のメモ',
            vehicle: '2tトラック',
            needs: { minAreaM2: 6, powerWatts: 500, fridge: true, freezer: false, water: false, cooking: true },
          }),
        )
        .expect(201);
      await yamakita
        .post(`/api/my/fairs/${earlier.id}/application`)
        .send(applicationInput([days[1]], { note: '山北のメモ' }))
        .expect(201);

      const res = await miyako.get(`/api/my/fairs/${later.id}/previous-application`).expect(200);
      expect(res.body.previous).toMatchObject({
        fairId: earlier.id,
        note: '前回のメモ',
        vehicle: '2tトラック',
        needs: { minAreaM2: 6, powerWatts: 500, fridge: true, cooking: true },
        permit: { status: 'held', number: '岩手第123号' },
        staffCount: 2,
        staff: [{ name: '宮古 一郎', phone: '090-1111-2222' }],
      });
      expect(res.body.previous).not.toHaveProperty('days');
      expect((await yamakita.get(`/api/my/fairs/${later.id}/previous-application`).expect(200)).body.previous).toMatchObject({ note: '山北のメモ' });
      // For the earlier fair, nothing of its own comes before it but the 2023 fair's (if any): never the later one.
      const forEarlier = (await miyako.get(`/api/my/fairs/${earlier.id}/previous-application`).expect(200)).body.previous;
      expect(forEarlier?.fairId).not.toBe(later.id);

      // An application of the same municipality to another host's fair is not offered.
      const otherHost = await createHost(t, '別区');
      await t.db.query('UPDATE fairs SET host_id = $1 WHERE id = $2', [otherHost, earlier.id]);
      try {
        const after = (await miyako.get(`/api/my/fairs/${later.id}/previous-application`).expect(200)).body.previous;
        expect(after?.fairId).not.toBe(earlier.id);
        // And the other host's fair itself is not found through this host's membership.
        await miyako.get(`/api/my/fairs/${earlier.id}/previous-application`).expect(404);
      } finally {
        await t.db.query(`UPDATE fairs SET host_id = (SELECT id FROM hosts WHERE name = '品川区') WHERE id = $1`, [earlier.id]);
      }
      await t.http.get(`/api/my/fairs/${later.id}/previous-application`).expect(403);
    });
  });

  describe('a placed exhibitor', () => {
    let fair: { id: string; boothIds: Record<string, string> };
    let appId: string;
    beforeAll(async () => {
      fair = await openFair(t, 'guide-2027');
      appId = await acceptedApplication(
        t,
        miyako,
        fair.id,
        applicationInput(days.slice(0, 2), {
          needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false, cooking: true },
          products: [{ name: 'さんま寿司', nameEn: 'Saury sushi', category: 'seafood', priceMin: 800, priceMax: 1200, food: true, alcohol: false }],
        }),
      );
      await acceptedApplication(t, yamakita, fair.id, applicationInput([days[0]]));
    });

    it('refuses a cooking need on a booth without 調理可 unless overridden, and takes a 調理可 booth', async () => {
      const booths = (await t.http.get(`/api/fairs/${fair.id}/booths`).expect(200)).body.booths as { id: string; code: string; cookingAllowed: boolean }[];
      const noCooking = booths.find((b) => !b.cookingAllowed) as { id: string; code: string };
      const cooking = booths.find((b) => b.cookingAllowed) as { id: string; code: string };
      const refused = await t.http.post(`/api/applications/${appId}/assignments`).send({ boothId: noCooking.id, from: days[0], to: days[1] }).expect(422);
      expect(refused.body).toMatchObject({ code: 'BOOTH_LACKS_FACILITIES', details: [expect.objectContaining({ meta: { facility: 'cooking' } })] });
      const overridden = await t.http
        .post(`/api/applications/${appId}/assignments`)
        .send({ boothId: noCooking.id, from: days[0], to: days[1], override: true })
        .expect(201);
      expect(overridden.body).toMatchObject({ overridden: true });
      await t.http.delete(`/api/assignments/${overridden.body.id}`).expect(204);
      const placed = await t.http.post(`/api/applications/${appId}/assignments`).send({ boothId: cooking.id, from: days[0], to: days[1] }).expect(201);
      expect(placed.body).toMatchObject({ boothCode: cooking.code, overridden: false });
    });

    it("shows the representative its booth on the plan, days, deadline and the host's contact, and nothing of other exhibitors", async () => {
      await t.http
        .put('/api/host/contact')
        .send({ contactEmail: 'bussan@shinagawa.example', contactPhone: '03-1234-5678', contactNote: '平日 9時〜17時' })
        .expect(200);
      const res = await miyako.get(`/api/my/applications/${appId}/guide`).expect(200);
      const guide = res.body as ExhibitorGuide;
      const mine = guide.plan.booths.filter((b) => b.mine).map((b) => b.code);
      expect(mine).toEqual([expect.stringMatching(/^A6$/)]);
      expect(guide.days).toEqual([
        { date: days[0], opens: '10:00', closes: '20:00', boothCodes: ['A6'] },
        { date: days[1], opens: '10:00', closes: '20:00', boothCodes: ['A6'] },
      ]);
      expect(guide.host).toMatchObject({
        name: '品川区',
        contactEmail: 'bussan@shinagawa.example',
        contactPhone: '03-1234-5678',
        contactNote: '平日 9時〜17時',
      });
      expect(guide.applicationsCloseAt).toEqual(expect.any(String));
      expect(guide.publicUrl).toBeNull();
      expect(res.text).not.toContain('山北');
      expect(Object.keys(guide.plan.booths[0]).sort()).toEqual(['code', 'depth', 'mine', 'width', 'x', 'y']);
      await yamakita.get(`/api/my/applications/${appId}/guide`).expect(404);
      await t.http.get(`/api/my/applications/${appId}/guide`).expect(403);
    });

    it('gives the representative an .ics of its fair days at its booth; 404 to another municipality, 403 to an organizer', async () => {
      const res = await miyako.get(`/api/my/applications/${appId}/calendar.ics`).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      expect(res.headers['content-disposition']).toContain('guide-2027.ics');
      const events = new ICAL.Component(ICAL.parse(res.text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      expect(events.map((e) => [e.startDate.toJSDate().toISOString(), e.summary])).toEqual([
        ['2027-02-19T01:00:00.000Z', 'テスト物産展 guide-2027 ブース A6'],
        ['2027-02-20T01:00:00.000Z', 'テスト物産展 guide-2027 ブース A6'],
      ]);
      await yamakita.get(`/api/my/applications/${appId}/calendar.ics`).expect(404);
      await t.http.get(`/api/my/applications/${appId}/calendar.ics`).expect(403);
      await t.anonymous.get(`/api/my/applications/${appId}/calendar.ics`).expect(401);
      await miyako.get('/api/my/applications/00000000-0000-4000-8000-000000000000/calendar.ics').expect(404);
    });

    it('puts the English product names on the English public page and in the feed, the Japanese on the Japanese page', async () => {
      await t.http.post(`/api/fairs/${fair.id}/status`).send({ status: 'closed' }).expect(200);
      await t.http.post(`/api/fairs/${fair.id}/releases`).send({ note: null }).expect(201);
      const json = (await t.anonymous.get('/api/public/fairs/guide-2027').expect(200)).body as PublicFair;
      const products = json.exhibitors.find((e) => e.name === '宮古市')?.products;
      expect(products).toEqual([expect.objectContaining({ name: 'さんま寿司', nameEn: 'Saury sushi' })]);
      const en = (await t.anonymous.get('/en/f/guide-2027').expect(200)).text;
      expect(en).toContain('Saury sushi');
      const ja = (await t.anonymous.get('/f/guide-2027').expect(200)).text;
      expect(ja).toContain('さんま寿司');
      expect(ja).not.toContain('Saury sushi');
      // Now published: the representative's guide links the public page.
      expect((await miyako.get(`/api/my/applications/${appId}/guide`).expect(200)).body.publicUrl).toMatch(/\/f\/guide-2027$/);
    });
  });

  it("lets only organizers read and change the host's contact, checking what it takes", async () => {
    const bad = await t.http.put('/api/host/contact').send({ contactEmail: 'not-an-address', contactPhone: null, contactNote: null }).expect(400);
    expect(bad.body.details).toContainEqual(expect.objectContaining({ field: 'contactEmail' }));
    await miyako.get('/api/host/contact').expect(403);
    const res = await t.http.put('/api/host/contact').send({ contactEmail: null, contactPhone: null, contactNote: '  ' }).expect(200);
    expect(res.body).toEqual({ contactEmail: null, contactPhone: null, contactNote: null });
  });
});
