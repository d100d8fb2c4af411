import { acceptedApplication, applicationInput, FAIR_2027_DAYS, openFair } from '../../test/fair-fixtures';
import { addMember, createHost, DEMO, startTestApp, type Client, type TestApp } from '../../test/test-app';
import { SalesClock } from './sales-clock';

const days = FAIR_2027_DAYS.map((d) => d.date);
const products = [
  { name: 'さんま加工品', category: 'seafood' as const, priceMin: 500, priceMax: 1500, food: true, alcohol: false },
  { name: '瓶ドン', category: 'seafood' as const, priceMin: 1500, priceMax: 3500, food: true, alcohol: false },
];

/** Daily sales on real PostgreSQL: entry, the 400s writing nothing, confirmation, 代理入力, the view, the comparison, tenancy. */
describe('daily sales', () => {
  let t: TestApp;
  let miyako: Client;
  let yamakita: Client;
  let fair: { id: string };
  let miyakoApp: string;
  let yamakitaApp: string;
  let clock: SalesClock;
  const at = (instant: string) => {
    clock.now = () => new Date(instant);
  };
  const written = async () => {
    const [row] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM daily_sales) AS sales, (SELECT count(*)::int FROM audit_log WHERE action LIKE 'sales.%') AS audit,
         (SELECT count(*)::int FROM sales_day_confirmations) AS confirmations`,
    );
    return row as { sales: number; audit: number; confirmations: number };
  };

  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(SalesClock);
    miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    yamakita = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    fair = await openFair(t, 'sales-2027');
    miyakoApp = await acceptedApplication(t, miyako, fair.id, applicationInput(days.slice(0, 4), { products }));
    yamakitaApp = await acceptedApplication(t, yamakita, fair.id, applicationInput(days.slice(0, 2)));
  });
  afterAll(() => t.close());

  it('refuses a day not begun (Japan time: 09:59 on the first day), writing nothing', async () => {
    at('2027-02-19T00:59:00Z');
    const before = await written();
    const res = await miyako.put(`/api/my/applications/${miyakoApp}/sales/${days[0]}`).send({ salesYen: 1000, customers: 3 }).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'date', rule: 'begun' })] });
    expect(await written()).toEqual(before);
    const mine = await miyako.get(`/api/my/applications/${miyakoApp}/sales`).expect(200);
    expect(mine.body.days.map((d: { date: string; phase: string }) => [d.date, d.phase])).toEqual(days.slice(0, 4).map((d) => [d, 'notBegun']));
  });

  it.each<[string, string, unknown, string]>([
    ['negative yen', days[0], { salesYen: -1, customers: 3 }, 'salesYen'],
    ['fractional yen', days[0], { salesYen: 1000.5, customers: 3 }, 'salesYen'],
    ['yen as text', days[0], { salesYen: '1000', customers: 3 }, 'salesYen'],
    ['customers missing', days[0], { salesYen: 1000 }, 'customers'],
    ['negative customers', days[0], { salesYen: 1000, customers: -3 }, 'customers'],
    [
      'a product the application does not have',
      days[0],
      { salesYen: 1000, customers: 3, products: [{ product: 2, quantity: 1, amountYen: 1000 }] },
      'products.0.product',
    ],
    ['a fractional quantity', days[0], { salesYen: 1000, customers: 3, products: [{ product: 0, quantity: 1.5, amountYen: 1000 }] }, 'products.0.quantity'],
    ['a day the exhibitor does not attend', days[4], { salesYen: 1000, customers: 3 }, 'date'],
    ['a day not begun yet (the third day)', days[2], { salesYen: 1000, customers: 3 }, 'date'],
    ['not a date', 'tomorrow', { salesYen: 1000, customers: 3 }, 'date'],
  ])('400 for %s, nothing written', async (_name, date, body, field) => {
    at('2027-02-20T05:00:00Z'); // 14:00 on the second day in Japan
    const before = await written();
    const res = await miyako
      .put(`/api/my/applications/${miyakoApp}/sales/${date}`)
      .send(body as object)
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await written()).toEqual(before);
  });

  it('the representative enters and corrects a begun day, each change audited', async () => {
    at('2027-02-20T05:00:00Z');
    const first = await miyako
      .put(`/api/my/applications/${miyakoApp}/sales/${days[0]}`)
      .send({ salesYen: 120000, customers: 50, products: [{ product: 1, quantity: 10, amountYen: 30000 }] })
      .expect(200);
    expect(first.body).toMatchObject({
      date: days[0],
      salesYen: 120000,
      customers: 50,
      products: [{ product: 1, quantity: 10, amountYen: 30000, name: '瓶ドン' }],
      enteredOnBehalf: false,
    });
    await miyako.put(`/api/my/applications/${miyakoApp}/sales/${days[0]}`).send({ salesYen: 125000, customers: 52 }).expect(200);
    await miyako.put(`/api/my/applications/${miyakoApp}/sales/${days[1]}`).send({ salesYen: 80000, customers: 40 }).expect(200);
    const mine = await miyako.get(`/api/my/applications/${miyakoApp}/sales`).expect(200);
    expect(mine.body).toMatchObject({
      totalYen: 205000,
      customers: 92,
      products: [
        { index: 0, name: 'さんま加工品' },
        { index: 1, name: '瓶ドン' },
      ],
    });
    expect(mine.body.days[0]).toMatchObject({ date: days[0], phase: 'closed', confirmedAt: null, entry: { salesYen: 125000, customers: 52, products: [] } });
    expect(mine.body.days[1]).toMatchObject({ phase: 'open', entry: { salesYen: 80000 } });
    const audit = await t.db.query(`SELECT changes FROM audit_log WHERE action = 'sales.entered' AND entity_id = $1 ORDER BY at, id`, [miyakoApp]);
    expect(audit).toHaveLength(3);
    expect(audit[1].changes).toMatchObject({ salesYen: { before: 120000, after: 125000 }, customers: { before: 50, after: 52 } });
  });

  it('the organizer sees totals per day and exhibitor, and who is missing once a day has closed', async () => {
    at('2027-02-20T05:00:00Z');
    const view = await t.http.get(`/api/fairs/${fair.id}/sales`).expect(200);
    expect(view.body.totalYen).toBe(205000);
    expect(view.body.days[0]).toMatchObject({
      date: days[0],
      dayNumber: 1,
      phase: 'closed',
      totalYen: 125000,
      entered: 1,
      expected: 2,
      missing: [yamakitaApp],
    });
    expect(view.body.days[1]).toMatchObject({ date: days[1], phase: 'open', totalYen: 80000, missing: [] });
    const row = view.body.exhibitors.find((e: { applicationId: string }) => e.applicationId === miyakoApp);
    expect(row).toMatchObject({ municipalityName: '宮古市', totalYen: 205000, customers: 92, days: days.slice(0, 4) });
  });

  it('the organizer enters a missing figure for an exhibitor from closing time, marked so', async () => {
    at('2027-02-20T05:00:00Z');
    const refused = await t.http.put(`/api/fairs/${fair.id}/sales/${yamakitaApp}/${days[1]}`).send({ salesYen: 1, customers: 1 }).expect(409);
    expect(refused.body.code).toBe('SALES_DAY_NOT_CLOSED');
    const entered = await t.http.put(`/api/fairs/${fair.id}/sales/${yamakitaApp}/${days[0]}`).send({ salesYen: 40000, customers: 20 }).expect(200);
    expect(entered.body).toMatchObject({ salesYen: 40000, enteredOnBehalf: true, enteredByName: expect.any(String) });
    const view = await t.http.get(`/api/fairs/${fair.id}/sales`).expect(200);
    expect(view.body.days[0]).toMatchObject({ totalYen: 165000, customers: 72, missing: [] });
    const theirs = await yamakita.get(`/api/my/applications/${yamakitaApp}/sales`).expect(200);
    expect(theirs.body.days[0].entry).toMatchObject({ salesYen: 40000, enteredOnBehalf: true });
    const [audit] = await t.db.query(`SELECT changes FROM audit_log WHERE action = 'sales.enteredByOrganizer' AND entity_id = $1`, [yamakitaApp]);
    expect(audit.changes).toMatchObject({ salesYen: { before: null, after: 40000 } });
  });

  it('confirming a closed day locks it for the representative; the organizer still changes it, recorded', async () => {
    at('2027-02-20T05:00:00Z');
    expect((await t.http.post(`/api/fairs/${fair.id}/sales/${days[1]}/confirm`).expect(409)).body.code).toBe('SALES_DAY_NOT_CLOSED');
    const confirmed = await t.http.post(`/api/fairs/${fair.id}/sales/${days[0]}/confirm`).expect(200);
    expect(confirmed.body.days[0]).toMatchObject({ confirmedAt: expect.any(String), confirmedByName: expect.any(String) });
    await t.http.post(`/api/fairs/${fair.id}/sales/${days[0]}/confirm`).expect(200); // again: nothing new
    expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'sales.dayConfirmed'`)).toEqual([{ n: 1 }]);

    const before = await written();
    const locked = await miyako.put(`/api/my/applications/${miyakoApp}/sales/${days[0]}`).send({ salesYen: 1, customers: 1 }).expect(409);
    expect(locked.body.code).toBe('SALES_DAY_CONFIRMED');
    expect(await written()).toEqual(before);
    await miyako.put(`/api/my/applications/${miyakoApp}/sales/${days[1]}`).send({ salesYen: 81000, customers: 41 }).expect(200);

    const changed = await t.http.put(`/api/fairs/${fair.id}/sales/${miyakoApp}/${days[0]}`).send({ salesYen: 126000, customers: 52 }).expect(200);
    expect(changed.body).toMatchObject({ salesYen: 126000, enteredOnBehalf: true });
    const [audit] = await t.db.query(`SELECT changes FROM audit_log WHERE action = 'sales.enteredByOrganizer' AND entity_id = $1`, [miyakoApp]);
    expect(audit.changes).toMatchObject({ date: { after: days[0] }, salesYen: { before: 125000, after: 126000 }, dayConfirmed: { after: true } });
    const mine = await miyako.get(`/api/my/applications/${miyakoApp}/sales`).expect(200);
    expect(mine.body.days[0]).toMatchObject({ confirmedAt: expect.any(String), entry: { salesYen: 126000, enteredOnBehalf: true } });
  });

  it('compares with the latest earlier fair with confirmed sales by default, per day number and exhibitor', async () => {
    const fairs = (await t.http.get('/api/fairs').expect(200)).body as { id: string; slug: string; title: string }[];
    const fair2023 = fairs.find((f) => f.slug === 'koryu-toshi-2023') as { id: string; title: string };
    const none = await t.http.get(`/api/fairs/${fair.id}/sales/comparison`).expect(200);
    expect(none.body).toMatchObject({ compareWith: null, total: { currentYen: 126000 + 81000 + 40000, previousYen: null } });

    at('2027-02-20T05:00:00Z'); // the 2023 fair's days have all closed
    const old = (await t.http.get(`/api/fairs/${fair2023.id}/sales`).expect(200)).body;
    const oldMiyako = old.exhibitors.find((e: { municipalityName: string }) => e.municipalityName === '宮古市');
    const firstDay = old.days[0].date;
    await miyako.put(`/api/my/applications/${oldMiyako.applicationId}/sales/${firstDay}`).send({ salesYen: 7654321, customers: 321 }).expect(200);
    const earlierOnly = await t.http.get(`/api/fairs/${fair.id}/sales/comparison`).expect(200);
    expect(earlierOnly.body.compareWith).toBeNull(); // sales, but none confirmed
    expect(earlierOnly.body.candidates).toEqual([{ id: fair2023.id, title: fair2023.title, firstDay }]);
    await t.http.post(`/api/fairs/${fair2023.id}/sales/${firstDay}/confirm`).expect(200);

    const cmp = await t.http.get(`/api/fairs/${fair.id}/sales/comparison`).expect(200);
    expect(cmp.body.compareWith).toEqual({ id: fair2023.id, title: fair2023.title });
    expect(cmp.body.byDayNumber[0]).toEqual({ dayNumber: 1, currentYen: 166000, previousYen: 7654321, currentCustomers: 72, previousCustomers: 321 });
    expect(cmp.body.byDayNumber[1]).toMatchObject({ dayNumber: 2, currentYen: 81000, previousYen: 0 });
    expect(cmp.body.byExhibitor).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ municipalityName: '宮古市', currentYen: 207000, previousYen: 7654321 }),
        expect.objectContaining({ municipalityName: '山北町', currentYen: 40000, previousYen: null }),
      ]),
    );
    expect(cmp.body.total).toEqual({ currentYen: 247000, previousYen: 7654321, currentCustomers: 72 + 41, previousCustomers: 321 });

    const picked = await t.http.get(`/api/fairs/${fair2023.id}/sales/comparison?compareWith=${fair.id}`).expect(200);
    expect(picked.body).toMatchObject({ compareWith: { id: fair.id }, total: { currentYen: 7654321, previousYen: 247000 } });
    await t.http.get(`/api/fairs/${fair.id}/sales/comparison?compareWith=not-a-fair`).expect(400);
    await t.http.get(`/api/fairs/${fair.id}/sales/comparison?compareWith=${fair.id}`).expect(400);
  });

  it('sales reach no public route: the public JSON, page, day, calendar and CSV of the fair', async () => {
    const fairs = (await t.http.get('/api/fairs').expect(200)).body as { id: string; slug: string }[];
    const fair2023 = fairs.find((f) => f.slug === 'koryu-toshi-2023') as { id: string; slug: string };
    const day = (await t.http.get(`/api/fairs/${fair2023.id}/sales`).expect(200)).body.days[0].date;
    const bodies = await Promise.all(
      [
        `/api/public/fairs`,
        `/api/public/fairs/${fair2023.slug}`,
        `/api/public/fairs/${fair2023.slug}/days/${day}`,
        `/api/public/fairs/${fair2023.slug}/calendar.ics`,
        `/api/public/fairs/${fair2023.slug}/exhibitors.csv`,
        `/f/${fair2023.slug}`,
        `/en/f/${fair2023.slug}`,
      ].map(async (url) => {
        const res = await t.anonymous
          .get(url)
          .buffer(true)
          .parse((r, cb) => {
            let text = '';
            r.on('data', (c: Buffer) => (text += c.toString('utf8')));
            r.on('end', () => cb(null, text));
          });
        expect([url, res.status]).toEqual([url, 200]);
        return res.body as string;
      }),
    );
    // Read as text (not compressed): the exhibitors are there, their figures are not.
    expect(bodies.filter((b) => b.includes('宮古市')).length).toBeGreaterThanOrEqual(4);
    for (const body of bodies) {
      expect(body).not.toMatch(/7654321|7,654,321|salesYen|daily_sales/);
    }
  });

  it('a representative sees only its municipality; another host nothing; representatives not the organizer routes', async () => {
    at('2027-02-20T05:00:00Z');
    await yamakita.get(`/api/my/applications/${miyakoApp}/sales`).expect(404);
    await yamakita.put(`/api/my/applications/${miyakoApp}/sales/${days[1]}`).send({ salesYen: 1, customers: 1 }).expect(404);
    await miyako.get(`/api/fairs/${fair.id}/sales`).expect(403);
    await miyako.put(`/api/fairs/${fair.id}/sales/${yamakitaApp}/${days[0]}`).send({ salesYen: 1, customers: 1 }).expect(403);

    const other = await createHost(t, '売上区');
    await addMember(t, { email: 'organizer@uriage.example', password: 'a long enough passphrase 7', role: 'organizer', hostId: other });
    const stranger = await t.signIn('organizer@uriage.example', 'a long enough passphrase 7');
    const before = await written();
    await stranger.get(`/api/fairs/${fair.id}/sales`).expect(404);
    await stranger.get(`/api/fairs/${fair.id}/sales/comparison`).expect(404);
    await stranger.post(`/api/fairs/${fair.id}/sales/${days[0]}/confirm`).expect(404);
    await stranger.put(`/api/fairs/${fair.id}/sales/${miyakoApp}/${days[0]}`).send({ salesYen: 1, customers: 1 }).expect(404);
    const own = (await stranger.get(`/api/fairs`).expect(200)).body;
    expect(own).toEqual([]);
    expect(await written()).toEqual(before);
  });
});
