import { DEMO, startTestApp, type TestApp } from '../../test/test-app';

// Behind one trusted proxy, X-Forwarded-For names the client: each test guesses from its own address.
describe('sign-in throttling that cannot become a lockout (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ trustProxy: 1 });
  });
  afterAll(() => t.close());

  const signIn = (from: string, email: string, password: string) =>
    t.anonymous.post('/api/auth/sign-in').set('X-Forwarded-For', from).send({ email, password });

  it('answers the guessing address 429 with Retry-After while the owner signs in from a second address', async () => {
    const email = DEMO.yamakita.email;
    for (let i = 0; i < 5; i++) await signIn('203.0.113.7', email, `guess number ${i} of many`).expect(401);
    const refused = await signIn('203.0.113.7', email, DEMO.yamakita.password).expect(429);
    expect(refused.body).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      details: [{ rule: 'accountAndAddress', meta: { retryAfterSeconds: expect.any(Number) } }],
    });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // The refused attempts are not checked and not counted.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM sign_in_failures WHERE email = $1`, [email]);
    expect(n).toBe(5);
    await signIn('198.51.100.20', email, DEMO.yamakita.password).expect(200);
  });

  it('only slows the account down: addresses that failed wait longer and longer, a fresh one gets through', async () => {
    const email = DEMO.miyako.email;
    const failFrom = (addresses: string[]) => t.db.query(`INSERT INTO sign_in_failures (email, address) SELECT $1, unnest($2::text[])`, [email, addresses]);
    // Ten failures from ten other addresses: the account is under attack.
    await failFrom(Array.from({ length: 10 }, (_, i) => `192.0.2.${101 + i}`));
    // An address that has not failed for it is not held up; its failure is the account's 11th.
    await signIn('192.0.2.1', email, 'first guess from 1').expect(401);
    // Now it owes 2^(11-10) = 2 s after that failure.
    const first = await signIn('192.0.2.1', email, 'second guess from 1').expect(429);
    expect(first.body.details[0].rule).toBe('accountSlowdown');
    expect(Number(first.headers['retry-after'])).toBeLessThanOrEqual(2);
    await t.db.query(`UPDATE sign_in_failures SET at = at - interval '3 seconds' WHERE email = $1`, [email]);
    await signIn('192.0.2.1', email, 'second guess from 1').expect(401);
    // The wait grows with the account's failures, up to 15 minutes.
    await failFrom(Array.from({ length: 8 }, (_, i) => `192.0.2.${121 + i}`));
    const later = await signIn('192.0.2.1', email, DEMO.miyako.password).expect(429);
    expect(Number(later.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(later.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    // The owner, from an address that has not failed, signs in at once.
    await signIn('198.51.100.30', email, DEMO.miyako.password).expect(200);
  });

  it('refuses an address that fails for many accounts after 50 failures', async () => {
    await t.db.query(`INSERT INTO sign_in_failures (email, address) SELECT 'spray' || i || '@example.jp', '203.0.113.99' FROM generate_series(1, 50) i`);
    const refused = await signIn('203.0.113.99', DEMO.organizer.email, DEMO.organizer.password).expect(429);
    expect(refused.body.details[0].rule).toBe('address');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await signIn('203.0.113.100', DEMO.organizer.email, DEMO.organizer.password).expect(200);
  });

  it('counts an IPv6 client by its /64: hopping between addresses of one network does not reset the count', async () => {
    const email = 'hop@yamakita.example';
    for (let i = 1; i <= 5; i++) await signIn(`2001:db8:77:1::${i.toString(16)}`, email, `guess ${i}`).expect(401);
    const refused = await signIn('2001:db8:77:1:ffff::9', email, 'guess 6').expect(429);
    expect(refused.body.details[0].rule).toBe('accountAndAddress');
    // Another network is another address.
    await signIn('2001:db8:77:2::1', email, 'guess 7').expect(401);
  });
});
