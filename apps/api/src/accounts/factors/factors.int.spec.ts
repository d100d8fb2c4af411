import type { FactorEnrolled, MyFactors, SignInPending, TotpSetup } from '@bussanten/contracts';
import { clientAfter, cookieOf, signInSteps, totpCode } from '../../../test/factors';
import { SoftAuthenticator } from '../../../test/soft-authenticator';
import { addMember, createHost, DEMO, municipalityId, startTestApp, TEST_SITE_ORIGIN, type Client, type TestApp } from '../../../test/test-app';

const PASSWORD = 'sanriku no kaze to umineko';

describe('second factors: authenticator app, recovery codes, passkeys, a host that requires one, resets', () => {
  let t: TestApp;
  let shinagawa: string;
  let n = 0;

  /** A fresh person: a representative of 品川区 for 宮古市 (unless told otherwise), signed in with the password alone. */
  async function person(
    role: 'organizer' | 'representative' = 'representative',
    hostId = shinagawa,
  ): Promise<{ email: string; membershipId: string; client: Client }> {
    const email = `factor-${++n}@miyako.example`;
    const { membershipId } = await addMember(t, {
      email,
      password: PASSWORD,
      role,
      hostId,
      municipalityId: role === 'representative' ? await municipalityId(t, '宮古市') : null,
    });
    return { email, membershipId, client: await t.signIn(email, PASSWORD) };
  }

  /** Sets up and confirms the authenticator app; its secret and the recovery codes shown. */
  async function enrolTotp(client: Client): Promise<{ secret: string; codes: string[] }> {
    const setup: TotpSetup = (await client.post('/api/me/factors/totp/setup').expect(200)).body;
    const enrolled: FactorEnrolled = (
      await client
        .post('/api/me/factors/totp')
        .send({ code: await totpCode(setup.secret) })
        .expect(201)
    ).body;
    return { secret: setup.secret, codes: enrolled.recoveryCodes ?? [] };
  }

  const mails = (email: string, kind: string) => t.db.query(`SELECT subject, body FROM outbox_messages WHERE recipient = $1 AND kind = $2`, [email, kind]);
  const audit = (action: string, userId: string) =>
    t.db.query(`SELECT host_id AS "hostId", changes FROM audit_log WHERE action = $1 AND entity_id = $2`, [action, userId]);
  const userId = async (email: string) => (await t.db.query('SELECT id FROM users WHERE email = $1', [email]))[0].id as string;

  beforeAll(async () => {
    t = await startTestApp();
    shinagawa = (await t.db.query(`SELECT id FROM hosts WHERE name = '品川区'`))[0].id;
  });
  afterAll(() => t.close());

  describe('the authenticator app (TOTP)', () => {
    it('is set up with a QR code, turned on by a first code, and asked for at every sign-in after', async () => {
      const { email, client } = await person();
      expect((await client.get('/api/me/factors').expect(200)).body).toEqual({ passkeys: [], totp: null, recoveryCodes: null, required: false });
      const setup: TotpSetup = (await client.post('/api/me/factors/totp/setup').expect(200)).body;
      expect(setup.uri).toMatch(new RegExp(`^otpauth://totp/Bussanten:${encodeURIComponent(email)}\\?secret=${setup.secret}&issuer=Bussanten`));
      expect(setup.qrSvg).toMatch(/^<svg[^>]*>/);
      // Stored sealed with APP_SECRET: the database alone computes no code.
      const [stored] = await t.db.query('SELECT secret_sealed FROM totp_factors WHERE user_id = $1', [await userId(email)]);
      expect(stored.secret_sealed).toMatch(/^v1:/);
      expect(stored.secret_sealed).not.toContain(setup.secret);

      const wrong = await client
        .post('/api/me/factors/totp')
        .send({ code: '000000' === (await totpCode(setup.secret)) ? '111111' : '000000' })
        .expect(401);
      expect(wrong.body).toMatchObject({ code: 'SECOND_FACTOR_INVALID', details: [{ field: 'code' }] });
      // A full-width code, as a Japanese IME types it, is read.
      const fullWidth = (await totpCode(setup.secret)).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
      const enrolled: FactorEnrolled = (await client.post('/api/me/factors/totp').send({ code: fullWidth }).expect(201)).body;
      expect(enrolled.user).toBeNull();
      expect(enrolled.recoveryCodes).toHaveLength(10);
      expect(new Set(enrolled.recoveryCodes).size).toBe(10);
      for (const code of enrolled.recoveryCodes ?? []) expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
      const factors: MyFactors = (await client.get('/api/me/factors').expect(200)).body;
      expect(factors).toMatchObject({ totp: { enabledAt: expect.any(String) }, recoveryCodes: { remaining: 10 } });
      // Setting up again while it is on is refused (remove it first).
      expect((await client.post('/api/me/factors/totp/setup').expect(409)).body.code).toBe('TOTP_STATE');

      const { body, client: waiting, cookie } = await signInSteps(t, email, PASSWORD);
      expect(body).toMatchObject({ pending: 'secondFactor', methods: ['totp', 'recoveryCode'], email, requiredBy: null });
      expect(body).not.toHaveProperty('memberships');
      // The password alone opens nothing: private routes answer SIGN_IN_INCOMPLETE, public ones treat it as anonymous.
      const me = await waiting.get('/api/auth/me').expect(401);
      expect(me.body).toMatchObject({ code: 'SIGN_IN_INCOMPLETE', details: [{ meta: { pending: 'secondFactor' } }] });
      expect((await waiting.get('/api/my/fairs').expect(401)).body.code).toBe('SIGN_IN_INCOMPLETE');
      expect((await waiting.post('/api/me/factors/recovery-codes').expect(401)).body.code).toBe('SIGN_IN_INCOMPLETE');
      expect((await waiting.post('/api/me/factors/totp/setup').expect(401)).body.code).toBe('SIGN_IN_INCOMPLETE');
      await waiting.get('/api/prefectures').expect(200);
      expect((await waiting.get('/api/auth/sign-in/pending').expect(200)).body).toMatchObject({ pending: 'secondFactor', methods: ['totp', 'recoveryCode'] });

      const refused = await waiting.post('/api/auth/sign-in/totp').send({ code: '12345x' }).expect(401);
      expect(refused.body).toMatchObject({ code: 'SECOND_FACTOR_INVALID', details: [{ field: 'code', meta: { attemptsLeft: 4 } }] });
      // The next step's code (the first code used this one): the phone's clock may run a little ahead.
      const next = await totpCode(setup.secret, 1);
      const done = await waiting.post('/api/auth/sign-in/totp').send({ code: next }).expect(200);
      expect(done.body).toMatchObject({ email, role: 'representative' });
      // The session has a new token: the cookie handed out after the password alone is worth nothing now.
      expect(cookieOf(done)).not.toBeNull();
      expect(cookieOf(done)).not.toBe(cookie);
      const signedIn = clientAfter(t, done, body['csrfToken'] as string);
      await signedIn.get('/api/auth/me').expect(200);
      expect((await waiting.get('/api/auth/me').expect(401)).body.code).toBe('UNAUTHENTICATED');

      // A code is accepted once: the same one does not sign in a second time.
      const again = await signInSteps(t, email, PASSWORD);
      expect((await again.client.post('/api/auth/sign-in/totp').send({ code: next }).expect(401)).body.code).toBe('SECOND_FACTOR_INVALID');
    });

    it('ends a waiting session after five wrong codes: the password is needed again', async () => {
      const { email, client } = await person();
      await enrolTotp(client);
      const { client: waiting } = await signInSteps(t, email, PASSWORD);
      for (let i = 4; i >= 0; i--) {
        const res = await waiting.post('/api/auth/sign-in/totp').send({ code: '999999' }).expect(401);
        expect(res.body.details[0].meta).toEqual({ attemptsLeft: i });
      }
      expect((await waiting.post('/api/auth/sign-in/totp').send({ code: '999999' }).expect(401)).body.code).toBe('UNAUTHENTICATED');
    });

    it('counts wrong codes with the password throttle: the guessing address is refused with Retry-After', async () => {
      const { email, client } = await person();
      await enrolTotp(client);
      let res;
      // Each waiting session allows five codes; the throttle allows five failures per account and address in 15 minutes.
      for (let i = 0; i < 2; i++) {
        const { client: waiting } = await signInSteps(t, email, PASSWORD);
        for (let j = 0; j < 3; j++) res = await waiting.post('/api/auth/sign-in/totp').send({ code: '999999' });
      }
      expect(res?.status).toBe(429);
      expect(Number(res?.headers['retry-after'])).toBeGreaterThan(0);
    });
  });

  describe('recovery codes', () => {
    it('sign in once each, in any case and with or without hyphens; each use is mailed and audited, never listed under 送信メール', async () => {
      const { email, client } = await person();
      const { codes } = await enrolTotp(client);
      const { client: waiting, body } = await signInSteps(t, email, PASSWORD);
      const done = await waiting
        .post('/api/auth/sign-in/recovery-code')
        .send({ code: ` ${codes[0].toUpperCase().replace(/-/g, ' ')} ` })
        .expect(200);
      await clientAfter(t, done, body['csrfToken'] as string)
        .get('/api/auth/me')
        .expect(200);
      const [mail] = await mails(email, 'account.recoveryCodeUsed');
      expect(mail.body).toContain('残りのコードは 9 個');
      expect(await audit('user.recovery_code_used', await userId(email))).toEqual([{ hostId: shinagawa, changes: { remaining: { before: 10, after: 9 } } }]);
      const outbox = await t.http.get('/api/outbox').expect(200);
      expect(outbox.body.items.filter((m: { kind: string }) => m.kind.startsWith('account.'))).toEqual([]);

      const again = await signInSteps(t, email, PASSWORD);
      expect((await again.client.post('/api/auth/sign-in/recovery-code').send({ code: codes[0] }).expect(401)).body.code).toBe('SECOND_FACTOR_INVALID');
      expect((await client.get('/api/me/factors').expect(200)).body.recoveryCodes.remaining).toBe(9);

      // New codes replace the old ones, shown once.
      const renewed = (await client.post('/api/me/factors/recovery-codes').expect(201)).body.codes as string[];
      expect(renewed).toHaveLength(10);
      const third = await signInSteps(t, email, PASSWORD);
      await third.client.post('/api/auth/sign-in/recovery-code').send({ code: codes[1] }).expect(401);
      await third.client.post('/api/auth/sign-in/recovery-code').send({ code: renewed[0] }).expect(200);
    });

    it('are only for a person with a factor', async () => {
      const { client } = await person();
      expect((await client.post('/api/me/factors/recovery-codes').expect(409)).body.code).toBe('TOTP_STATE');
    });
  });

  describe('passkeys', () => {
    async function register(client: Client, authenticator: SoftAuthenticator, name: string): Promise<FactorEnrolled> {
      const options = (await client.post('/api/me/factors/passkeys/options').expect(200)).body;
      expect(options.rp).toEqual({ name: 'Bussanten', id: 'localhost' });
      expect(options.authenticatorSelection).toMatchObject({ residentKey: 'required' });
      return (
        await client
          .post('/api/me/factors/passkeys')
          .send({ name, response: authenticator.register(options) })
          .expect(201)
      ).body;
    }

    it('are registered, asked for at sign-in, and sign in alone without a password', async () => {
      const { email, client } = await person();
      const authenticator = new SoftAuthenticator(TEST_SITE_ORIGIN);
      const enrolled = await register(client, authenticator, 'ノートPC');
      expect(enrolled.recoveryCodes).toHaveLength(10);
      const factors: MyFactors = (await client.get('/api/me/factors').expect(200)).body;
      expect(factors.passkeys).toEqual([{ id: expect.any(String), name: 'ノートPC', createdAt: expect.any(String), lastUsedAt: null, backedUp: false }]);

      // As the second step after the password.
      const { body, client: waiting } = await signInSteps(t, email, PASSWORD);
      expect((body as unknown as SignInPending).methods).toEqual(['passkey', 'recoveryCode']);
      const options = (await waiting.post('/api/auth/sign-in/passkey/options').expect(200)).body;
      expect(options.allowCredentials).toHaveLength(1);
      const assertion = authenticator.assert(options);
      const done = await waiting.post('/api/auth/sign-in/passkey').send({ response: assertion }).expect(200);
      expect(done.body.email).toBe(email);
      // The same answer again: its challenge is used up.
      const replay = await signInSteps(t, email, PASSWORD);
      expect((await replay.client.post('/api/auth/sign-in/passkey').send({ response: assertion }).expect(401)).body.code).toBe('SECOND_FACTOR_INVALID');

      // Alone: no account named, the browser offers its passkeys for the site.
      const alone = (await t.anonymous.post('/api/auth/passkey/options').expect(200)).body;
      expect(alone).toMatchObject({ rpId: 'localhost', userVerification: 'required', allowCredentials: [] });
      const signedIn = await t.anonymous
        .post('/api/auth/passkey')
        .send({ response: authenticator.assert(alone) })
        .expect(200);
      expect(signedIn.body).toMatchObject({ email, role: 'representative' });
      await clientAfter(t, signedIn, signedIn.body.csrfToken).get('/api/auth/me').expect(200);
      expect((await client.get('/api/me/factors').expect(200)).body.passkeys[0].lastUsedAt).not.toBeNull();
    });

    it('refuses an answer for another site, a cloned key, a used challenge, and anything malformed, without a 5xx', async () => {
      const { client } = await person();
      const authenticator = new SoftAuthenticator(TEST_SITE_ORIGIN);
      await register(client, authenticator, 'スマートフォン');
      const refuse = async (response: unknown, status = 401) => {
        const res = await t.anonymous.post('/api/auth/passkey').send({ response }).expect(status);
        return res.body.code;
      };
      // A phishing site's page: the browser reports its own origin.
      const phished = new SoftAuthenticator('https://localhost.evil.example', 'localhost');
      const options = (await t.anonymous.post('/api/auth/passkey/options').expect(200)).body;
      Object.assign(phished, { credentials: (authenticator as unknown as { credentials: unknown[] }).credentials });
      expect(await refuse(phished.assert(options))).toBe('SECOND_FACTOR_INVALID');
      // A copy of the key: its signature counter does not move on.
      const first = (await t.anonymous.post('/api/auth/passkey/options').expect(200)).body;
      await t.anonymous
        .post('/api/auth/passkey')
        .send({ response: authenticator.assert(first) })
        .expect(200);
      const cloned = (await t.anonymous.post('/api/auth/passkey/options').expect(200)).body;
      expect(await refuse(authenticator.assert(cloned, 0))).toBe('SECOND_FACTOR_INVALID');
      // Garbage of every shape.
      for (const junk of [
        {},
        { id: 'x' },
        { id: 'x', response: { clientDataJSON: '!!!' } },
        { id: 'x', response: { clientDataJSON: Buffer.from('{"challenge":5}').toString('base64url') } },
      ]) {
        expect(await refuse(junk)).toBe('SECOND_FACTOR_INVALID');
      }
      expect(await refuse('x', 400)).toBe('VALIDATION_FAILED');
      const named = await client.post('/api/me/factors/passkeys').send({ name: ' ', response: {} }).expect(400);
      expect(named.body.details.map((d: { field: string }) => d.field)).toEqual(['name']);
    });

    it('are renamed and removed by their owner only; removal is mailed and audited, and the last takes the recovery codes with it', async () => {
      const { email, client } = await person();
      await register(client, new SoftAuthenticator(TEST_SITE_ORIGIN), '仕事用');
      const id = (await client.get('/api/me/factors').expect(200)).body.passkeys[0].id;
      const other = await person();
      await other.client.patch(`/api/me/factors/passkeys/${id}`).send({ name: '乗っ取り' }).expect(404);
      await other.client.delete(`/api/me/factors/passkeys/${id}`).expect(404);
      expect((await client.patch(`/api/me/factors/passkeys/${id}`).send({ name: '仕事用 (MacBook)' }).expect(200)).body.name).toBe('仕事用 (MacBook)');
      await client.delete(`/api/me/factors/passkeys/${id}`).expect(204);
      expect((await client.get('/api/me/factors').expect(200)).body).toEqual({ passkeys: [], totp: null, recoveryCodes: null, required: false });
      const [mail] = await mails(email, 'account.factorRemoved');
      expect(mail.body).toContain('パスキー「仕事用 (MacBook)」');
      expect(await audit('user.passkey_removed', await userId(email))).toEqual([
        { hostId: shinagawa, changes: { name: { before: '仕事用 (MacBook)', after: null } } },
      ]);
      // With no factor left the password alone signs in again.
      await t.signIn(email, PASSWORD);
    });
  });

  describe('a host that requires a second factor of its organizers', () => {
    it('asks its organizers to enrol at their next sign-in, not its representatives, nor other hosts', async () => {
      const host = await createHost(t, '目黒区', 'Meguro City');
      const first = await person('organizer', host);
      const rep = await person('representative', host);
      const elsewhere = await person('organizer', shinagawa);
      expect((await first.client.get('/api/host/security').expect(200)).body).toEqual({ requireSecondFactor: false, organizersWithoutFactor: 1 });
      expect((await first.client.put('/api/host/security').send({ requireSecondFactor: 'yes' }).expect(400)).body.details[0].field).toBe('requireSecondFactor');
      expect((await first.client.put('/api/host/security').send({ requireSecondFactor: true }).expect(200)).body).toEqual({
        requireSecondFactor: true,
        organizersWithoutFactor: 1,
      });
      expect(await audit('host.security_changed', host)).toEqual([{ hostId: host, changes: { requireSecondFactor: { before: false, after: true } } }]);
      // The session it was turned on in goes on; the next sign-in asks.
      await first.client.get('/api/fairs').expect(200);

      const { body, client: enrolling } = await signInSteps(t, first.email, PASSWORD);
      expect(body).toMatchObject({ pending: 'enrol', methods: ['passkey', 'totp'], requiredBy: { id: host, name: '目黒区', nameEn: 'Meguro City' } });
      expect((await enrolling.get('/api/fairs').expect(401)).body.code).toBe('SIGN_IN_INCOMPLETE');
      expect((await enrolling.get('/api/me/factors').expect(200)).body.required).toBe(true);
      const setup: TotpSetup = (await enrolling.post('/api/me/factors/totp/setup').expect(200)).body;
      const res = await enrolling
        .post('/api/me/factors/totp')
        .send({ code: await totpCode(setup.secret) })
        .expect(201);
      expect(res.body.user).toMatchObject({ email: first.email, role: 'organizer', host: { id: host } });
      expect(res.body.recoveryCodes).toHaveLength(10);
      const organizer = clientAfter(t, res, body['csrfToken'] as string);
      await organizer.get('/api/fairs').expect(200);
      expect((await organizer.get('/api/host/security').expect(200)).body.organizersWithoutFactor).toBe(0);
      // The last factor may not go while the host requires one.
      expect((await organizer.delete('/api/me/factors/totp').expect(409)).body.code).toBe('FACTOR_REQUIRED');
      expect((await organizer.get('/api/me/factors').expect(200)).body.totp).not.toBeNull();

      // Its representatives and other hosts' organizers sign in as before.
      await t.signIn(rep.email, PASSWORD);
      await t.signIn(elsewhere.email, PASSWORD);
    });

    it('asks on a switch into that host too, and for the factor a person has', async () => {
      const strict = await createHost(t, '世田谷区');
      await t.db.query('UPDATE hosts SET require_second_factor = true WHERE id = $1', [strict]);
      const { email, client } = await person('representative', shinagawa);
      const { membershipId } = await addMember(t, { email, password: PASSWORD, role: 'organizer', hostId: strict });
      // The representative membership was used last, so the sign-in lands there without a step.
      const switched = await client.post('/api/auth/membership').send({ membershipId }).expect(200);
      expect(switched.body).toMatchObject({ pending: 'enrol', requiredBy: { id: strict } });
      expect((await client.get('/api/auth/me').expect(401)).body.code).toBe('SIGN_IN_INCOMPLETE');
      await client.post('/api/auth/sign-out').expect(204);
    });
  });

  describe('resets for a person who lost every factor', () => {
    it('by an organizer of a host they belong to (not another host), mailed and audited; the password alone signs in after', async () => {
      const { email, membershipId, client } = await person();
      await enrolTotp(client);
      const ota = await createHost(t, '大田区');
      const otaOrganizer = await person('organizer', ota);
      expect((await otaOrganizer.client.post(`/api/people/${membershipId}/reset-factors`).expect(404)).body.code).toBe('PERSON_NOT_FOUND');
      expect((await client.get('/api/me/factors').expect(200)).body.totp).not.toBeNull();

      const reset = await t.http.post(`/api/people/${membershipId}/reset-factors`).expect(200);
      expect(reset.body).toEqual({ passkeys: 0, totp: true, recoveryCodes: 10, sessionsEnded: 1 });
      await client.get('/api/auth/me').expect(401);
      const [mail] = await mails(email, 'account.factorsReset');
      expect(mail.body).toContain('品川区の主催者');
      expect(await audit('user.factors_reset', await userId(email))).toEqual([
        { hostId: shinagawa, changes: { passkeys: { before: 0, after: 0 }, totp: { before: true, after: false }, recoveryCodes: { before: 10, after: 0 } } },
      ]);
      await t.signIn(email, PASSWORD);
      expect((await t.http.get('/api/people').expect(200)).body.find((p: { id: string }) => p.id === membershipId).secondFactor).toBe(false);
    });

    it('by the operator, named by e-mail address', async () => {
      const { email, client } = await person();
      await enrolTotp(client);
      await addMember(t, { email: 'operator@install.example', password: 'operator password here', role: 'operator' });
      const operator = await t.signIn('operator@install.example', 'operator password here');
      expect((await operator.post('/api/operator/factor-resets').send({ email: 'nobody@nowhere.example' }).expect(404)).body.code).toBe('PERSON_NOT_FOUND');
      expect((await operator.post('/api/operator/factor-resets').send({ email: email.toUpperCase() }).expect(200)).body).toMatchObject({ totp: true });
      expect((await audit('user.factors_reset', await userId(email)))[0].hostId).toBeNull();
      await t.signIn(email, PASSWORD);
    });
  });

  it('builds the links in mails from the site address, never from the Host header', async () => {
    await t.anonymous.post('/api/auth/password-reset').set('Host', 'evil.example').send({ email: DEMO.yamakita.email }).expect(202);
    const [mail] = await t.db.query(`SELECT body FROM outbox_messages WHERE kind = 'password.reset' AND recipient = $1 ORDER BY created_at DESC LIMIT 1`, [
      DEMO.yamakita.email,
    ]);
    expect(mail.body).toContain(`${TEST_SITE_ORIGIN}/password-reset/`);
    expect(mail.body).not.toContain('evil.example');
  });
});
