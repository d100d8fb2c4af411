import { hashPassword } from '../accounts/passwords';
import { acceptedApplication, applicationInput, FAIR_2027_DAYS, openFair } from '../../test/fair-fixtures';
import { DEMO, startTestApp, type Client, type TestApp } from '../../test/test-app';

const days = FAIR_2027_DAYS.map((d) => d.date);

describe('booth assignment (real PostgreSQL)', () => {
  let t: TestApp;
  let miyako: Client;
  let yamakita: Client;
  let fair: { id: string; boothIds: Record<string, string> };
  let miyakoApp: string;
  let yamakitaApp: string;
  const rows = async (boothId: string) => (await t.db.query('SELECT count(*)::int AS n FROM booth_assignments WHERE booth_id = $1', [boothId]))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    yamakita = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    fair = await openFair(t, 'assign-2027');
    miyakoApp = await acceptedApplication(
      t,
      miyako,
      fair.id,
      applicationInput(days.slice(0, 3), { needs: { minAreaM2: null, powerWatts: 0, fridge: true, freezer: false, water: false } }),
    );
    yamakitaApp = await acceptedApplication(
      t,
      yamakita,
      fair.id,
      applicationInput(days.slice(3), { permit: { status: 'notNeeded', number: null, healthCentre: null } }),
    );
  });
  afterAll(() => t.close());

  it('refuses a booth without the needed fridge with 422 naming the fridge; with the override it is placed and audited', async () => {
    const b3 = fair.boothIds.B3;
    const refused = await t.http.post(`/api/applications/${miyakoApp}/assignments`).send({ boothId: b3, from: days[0], to: days[2] }).expect(422);
    expect(refused.body).toMatchObject({
      code: 'BOOTH_LACKS_FACILITIES',
      details: [{ field: 'boothId', rule: 'missingFacility', meta: { facility: 'fridge' } }],
    });
    expect(refused.body.message).toContain('fridge');
    expect(await rows(b3)).toBe(0);

    const placed = await t.http
      .post(`/api/applications/${miyakoApp}/assignments`)
      .send({ boothId: b3, from: days[0], to: days[2], override: true })
      .expect(201);
    expect(placed.body).toMatchObject({ boothCode: 'B3', from: days[0], to: days[2], overridden: true, municipalityName: '宮古市' });
    const [audit] = await t.db.query(`SELECT changes FROM audit_log WHERE action = 'assignment.created' AND entity_id = $1`, [miyakoApp]);
    expect(audit.changes.override.after.missing).toEqual([{ facility: 'fridge' }]);
    await t.http.delete(`/api/assignments/${placed.body.id}`).expect(204);
  });

  it('lets two exhibitors share a booth on days that do not overlap, and shows each its own days', async () => {
    const a2 = fair.boothIds.A2; // has a fridge
    const first = await t.http.post(`/api/applications/${miyakoApp}/assignments`).send({ boothId: a2, from: days[0], to: days[2] }).expect(201);
    await t.http.post(`/api/applications/${yamakitaApp}/assignments`).send({ boothId: a2, from: days[3], to: days[4] }).expect(201);
    expect(await rows(a2)).toBe(2);

    const mine = await miyako.get(`/api/my/applications/${miyakoApp}`).expect(200);
    expect(mine.body.assignments).toEqual([expect.objectContaining({ boothCode: 'A2', from: days[0], to: days[2] })]);

    // Moving 宮古市 onto the days 山北町 holds: refused, naming 山北町 and its days.
    const clash = await t.http.put(`/api/assignments/${first.body.id}`).send({ boothId: a2, from: days[2], to: days[4] }).expect(400);
    expect(clash.body.details[0]).toMatchObject({ field: 'to', rule: 'notAttending' });
  });

  it('checks the range: inside the fair, forwards, only days the exhibitor attends', async () => {
    const a4 = fair.boothIds.A4;
    for (const [range, field] of [
      [{ from: days[2], to: days[0] }, 'to'],
      [{ from: '2027-02-18', to: days[0] }, 'from'],
      [{ from: days[0], to: days[4] }, 'to'],
    ] as const) {
      const res = await t.http
        .post(`/api/applications/${miyakoApp}/assignments`)
        .send({ boothId: a4, ...range })
        .expect(400);
      expect(res.body.details[0].field).toBe(field);
    }
    expect(await rows(a4)).toBe(0);
  });

  it('gives a booth to exactly one of 50 concurrent requests for the same day; the rest get 409 naming the holder', async () => {
    // 50 accepted applications from 50 municipalities, each with its own representative.
    const hash = await hashPassword('concurrency test password');
    const [{ hostId }] = await t.db.query(`SELECT host_id AS "hostId" FROM fairs WHERE id = $1`, [fair.id]);
    const munis: { id: string }[] = await t.db.query(
      `SELECT id FROM municipalities WHERE id NOT IN (SELECT municipality_id FROM applications WHERE fair_id = $1) ORDER BY name LIMIT 50`,
      [fair.id],
    );
    const extra = 50 - munis.length;
    for (let i = 0; i < extra; i++) {
      munis.push(
        (
          await t.db.query(
            `INSERT INTO municipalities (name, reading, prefecture_code, kind, search_text) VALUES ($1, 'てすと', 13, 'town', 'test') RETURNING id`,
            [`テスト町${i}`],
          )
        )[0],
      );
    }
    const applicationIds: string[] = [];
    for (const [i, m] of munis.entries()) {
      const [user] = await t.db.query(
        `INSERT INTO users (email, display_name, password_hash, password_changed_at) VALUES ($1, 'rep', $2, now()) RETURNING id`,
        [`rep${i}@race.example`, hash],
      );
      await t.db.query(`INSERT INTO memberships (user_id, role, host_id, municipality_id) VALUES ($1, 'representative', $2, $3)`, [user.id, hostId, m.id]);
      const [app] = await t.db.query(
        `INSERT INTO applications (fair_id, municipality_id, status, products, permit_status, staff_count, submitted_by) VALUES ($1, $2, 'accepted', '[]', 'notNeeded', 1, $3) RETURNING id`,
        [fair.id, m.id, user.id],
      );
      await t.db.query(`INSERT INTO application_days (application_id, fair_id, date) VALUES ($1, $2, $3)`, [app.id, fair.id, days[1]]);
      applicationIds.push(app.id);
    }
    const c1 = fair.boothIds.C1;
    const answers = await Promise.all(
      applicationIds.map((id) => t.http.post(`/api/applications/${id}/assignments`).send({ boothId: c1, from: days[1], to: days[1] })),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = answers.find((r) => r.status === 201)?.body.municipalityName;
    for (const r of answers.filter((a) => a.status === 409)) {
      expect(r.body).toMatchObject({
        code: 'BOOTH_TAKEN',
        details: [{ field: 'boothId', rule: 'boothTaken', meta: { holder: winner, from: days[1], to: days[1] } }],
      });
    }
    expect(await rows(c1)).toBe(1);
  });

  it('refuses to place an application that is not accepted, and a booth of another fair', async () => {
    const ghostBooth = '7f000000-0000-4000-8000-000000000000';
    await t.http.post(`/api/applications/${yamakitaApp}/assignments`).send({ boothId: ghostBooth, from: days[3], to: days[4] }).expect(404);
    await t.http.post(`/api/applications/${yamakitaApp}/decision`).send({ status: 'waitlisted' }).expect(200);
    const res = await t.http.post(`/api/applications/${yamakitaApp}/assignments`).send({ boothId: fair.boothIds.B1, from: days[3], to: days[4] }).expect(409);
    expect(res.body.code).toBe('APPLICATION_NOT_ACCEPTED');
    // Waitlisting gave back the booth it held.
    expect(await rows(fair.boothIds.A2)).toBe(1);
  });

  it('exports the booth list as CSV with a BOM, Japanese names and one row per holder', async () => {
    const res = await t.http
      .get(`/api/fairs/${fair.id}/booths.csv`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toContain('ブース / Booth');
    expect(lines.find((l) => l.startsWith('A2,'))).toContain(`宮古市,${days[0]},${days[2]}`);
    expect(lines.filter((l) => l.startsWith('C1,'))).toHaveLength(1);
  });
});
