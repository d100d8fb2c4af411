import { tableDigester, type TableDigests } from '../../test/table-digests';
import { DEMO, startTestApp, type TestApp } from '../../test/test-app';

describe('forgot password: a one-time link by mail (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** The link in the newest reset mail to `email`, read from the outbox (no SMTP here: nothing is sent). */
  async function mailedLink(email: string): Promise<string> {
    const [row] = await t.db.query(`SELECT body FROM outbox_messages WHERE kind = 'password.reset' AND recipient = $1 ORDER BY created_at DESC LIMIT 1`, [
      email,
    ]);
    const link = /https?:\/\/\S+\/password-reset\/([A-Za-z0-9_-]{43})/.exec(row?.body ?? '');
    if (!link) throw new Error(`no reset link mailed to ${email}`);
    return link[1];
  }

  it('mails a link that sets the password once, ends every session of the person, and notifies them', async () => {
    const email = DEMO.yamakita.email;
    const session = await t.signIn(email, DEMO.yamakita.password);
    const asked = await t.anonymous.post('/api/auth/password-reset').send({ email: ' YAMAKITA@yamakita.example' }).expect(202);
    expect(asked.body).toEqual({ validMinutes: 60 });
    const token = await mailedLink(email);
    const [stored] = await t.db.query(`SELECT token_hash FROM password_reset_tokens ORDER BY created_at DESC LIMIT 1`);
    expect(stored.token_hash).not.toContain(token); // only the hash is stored

    const short = await t.anonymous.post(`/api/auth/password-reset/${token}`).send({ password: 'short' }).expect(400);
    expect(short.body).toMatchObject({ code: 'WEAK_PASSWORD', details: [{ field: 'password', rule: 'tooShort' }] });
    // zxcvbn's estimate and feedback (as keys the UI translates) in the error details.
    const weak = await t.anonymous.post(`/api/auth/password-reset/${token}`).send({ password: 'password1234' }).expect(400);
    expect(weak.body).toMatchObject({
      code: 'WEAK_PASSWORD',
      details: [
        { field: 'password', rule: 'weak', meta: { score: expect.any(Number), minScore: 3, warning: expect.any(String), suggestions: expect.any(Array) } },
      ],
    });
    expect(weak.body.details[0].meta.score).toBeLessThan(3);
    expect(weak.body.details[0].meta.warning).toMatch(/^(common|topTen|topHundred|similarToCommon)$/);

    await t.anonymous.post(`/api/auth/password-reset/${token}`).send({ password: 'a brand new harbour lantern 2026' }).expect(204);
    await session.get('/api/auth/me').expect(401);
    await t.signIn(email, 'a brand new harbour lantern 2026');
    await t.anonymous.post('/api/auth/sign-in').send({ email, password: DEMO.yamakita.password }).expect(401);
    const [notice] = await t.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'password.changed' AND recipient = $1`, [email]);
    expect(notice.n).toBe(1);

    // One use.
    const again = await t.anonymous.post(`/api/auth/password-reset/${token}`).send({ password: 'yet another harbour lantern 2027' }).expect(404);
    expect(again.body.code).toBe('PASSWORD_RESET_INVALID');
    await t.signIn(email, 'a brand new harbour lantern 2026');
  });

  it('refuses a link after an hour, and an unknown one', async () => {
    const email = DEMO.miyako.email;
    await t.anonymous.post('/api/auth/password-reset').send({ email }).expect(202);
    const token = await mailedLink(email);
    await t.db.query(`UPDATE password_reset_tokens SET created_at = created_at - interval '61 minutes', expires_at = expires_at - interval '61 minutes'`);
    const expired = await t.anonymous.post(`/api/auth/password-reset/${token}`).send({ password: 'a brand new harbour lantern 2026' }).expect(404);
    expect(expired.body.code).toBe('PASSWORD_RESET_INVALID');
    await t.anonymous
      .post(`/api/auth/password-reset/${'x'.repeat(43)}`)
      .send({ password: 'a brand new harbour lantern 2026' })
      .expect(404);
    await t.signIn(email, DEMO.miyako.password);
  });

  it('answers an unknown address the same, with the same writes, and sends it nothing', async () => {
    const digest = await tableDigester((sql) => t.db.query(sql));
    /** Which tables changed and by how many rows: the shape of the writes (row contents differ by nature). */
    const shape = (before: TableDigests, after: TableDigests) =>
      Object.fromEntries(
        [...after.keys()]
          .filter((k) => before.get(k) !== after.get(k))
          .map((k) => [k, Number(after.get(k)?.split(' ')[0]) - Number(before.get(k)?.split(' ')[0])]),
      );
    const ask = async (email: string) => {
      const before = await digest();
      const res = await t.anonymous.post('/api/auth/password-reset').send({ email }).expect(202);
      return { status: res.status, body: res.body, writes: shape(before, await digest()) };
    };
    const known = await ask(DEMO.organizer.email);
    const unknown = await ask('nobody-here@shinagawa.example');
    expect(known.writes).toEqual({ password_reset_tokens: 1, outbox_messages: 1 });
    expect(unknown).toEqual(known);
    // The stand-in row is never sent: it is written as given up, and holds no link.
    const [row] = await t.db.query(
      `SELECT body, failed_at IS NOT NULL AS suppressed, secret_links FROM outbox_messages WHERE recipient = 'nobody-here@shinagawa.example'`,
    );
    expect(row).toMatchObject({ suppressed: true, secret_links: null });
    expect(row.body).not.toMatch(/password-reset\//);
    const [dummy] = await t.db.query(`SELECT user_id FROM password_reset_tokens ORDER BY created_at DESC LIMIT 1`);
    expect(dummy.user_id).toBeNull();
  });

  it.each([
    ['an address with an account', DEMO.operator.email],
    ['an address without one', 'flooded@shinagawa.example'],
  ])('mails %s at most three times an hour, answering the same after that and writing nothing', async (_what, email) => {
    const count = async () =>
      (await t.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'password.reset' AND recipient = $1`, [email]))[0].n;
    const tokens = async () => (await t.db.query(`SELECT count(*)::int AS n FROM password_reset_tokens`))[0].n;
    await Promise.all([1, 2, 3, 4, 5].map(() => t.anonymous.post('/api/auth/password-reset').send({ email }).expect(202)));
    expect(await count()).toBe(3);
    const before = await tokens();
    const res = await t.anonymous.post('/api/auth/password-reset').send({ email }).expect(202);
    expect(res.body).toEqual({ validMinutes: 60 });
    expect([await count(), await tokens()]).toEqual([3, before]);
    // An hour later the address may ask again.
    await t.db.query(`UPDATE outbox_messages SET created_at = created_at - interval '61 minutes' WHERE kind = 'password.reset' AND recipient = $1`, [email]);
    await t.anonymous.post('/api/auth/password-reset').send({ email }).expect(202);
    expect(await count()).toBe(4);
  });

  it('never lists reset or password messages under 送信メール', async () => {
    await t.anonymous.post('/api/auth/password-reset').send({ email: DEMO.organizer.email }).expect(202);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE kind LIKE 'password.%'`);
    expect(n).toBeGreaterThan(0);
    const page = await t.http.get('/api/outbox').expect(200);
    expect(page.body.items.filter((m: { kind: string }) => m.kind.startsWith('password.'))).toEqual([]);
    expect(JSON.stringify(page.body)).not.toMatch(/password-reset/);
    // Not even a host-owned row of that kind (should one ever be written) is listed.
    const [{ id: hostId }] = await t.db.query(`SELECT id FROM hosts WHERE name = '品川区'`);
    await t.db.query(`UPDATE outbox_messages SET host_id = $1 WHERE kind = 'password.reset'`, [hostId]);
    const again = await t.http.get('/api/outbox').expect(200);
    expect(again.body.items.filter((m: { kind: string }) => m.kind.startsWith('password.'))).toEqual([]);
  });
});
