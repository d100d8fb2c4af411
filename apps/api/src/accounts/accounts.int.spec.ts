import { DEMO, municipalityId, startTestApp, type TestApp } from '../../test/test-app';

describe('accounts: sign-in, sessions, invitations (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const linkToken = (link: string) => link.split('/invitations/')[1];

  describe('sign-in', () => {
    it('signs in with an httpOnly SameSite=Lax cookie and tells who is signed in', async () => {
      const res = await t.anonymous.post('/api/auth/sign-in').send({ email: 'ORGANIZER@shinagawa.example ', password: DEMO.organizer.password }).expect(200);
      expect(res.body).toMatchObject({ role: 'organizer', host: { name: '品川区' }, municipality: null });
      expect(res.body.csrfToken).toEqual(expect.any(String));
      const cookie = (res.headers['set-cookie'] as unknown as string[])[0];
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(JSON.stringify(res.body)).not.toContain('password');
    });

    it('refuses a wrong password and an unknown address alike', async () => {
      const wrong = await t.anonymous.post('/api/auth/sign-in').send({ email: DEMO.yamakita.email, password: 'not the password at all' }).expect(401);
      const unknown = await t.anonymous.post('/api/auth/sign-in').send({ email: 'nobody@example.jp', password: 'not the password at all' }).expect(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      // The same answer but for each request's own id: nothing tells an unknown address apart.
      expect({ ...unknown.body, requestId: null }).toEqual({ ...wrong.body, requestId: null });
    });

    it('refuses the 6th attempt from one address for one account without checking it, even with the right password', async () => {
      const email = DEMO.miyako.email;
      for (let i = 0; i < 5; i++) {
        await t.anonymous
          .post('/api/auth/sign-in')
          .send({ email, password: `wrong guess number ${i}` })
          .expect(401);
      }
      const sixth = await t.anonymous.post('/api/auth/sign-in').send({ email, password: DEMO.miyako.password }).expect(429);
      expect(sixth.body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
      // Once those failures have left the 15-minute window the address may try again.
      await t.db.query(`UPDATE sign_in_failures SET at = at - interval '16 minutes' WHERE email = $1`, [email]);
      await t.anonymous.post('/api/auth/sign-in').send({ email, password: DEMO.miyako.password }).expect(200);
    });

    it('requires the CSRF header on cookie-authenticated writes', async () => {
      const organizer = await t.signIn(DEMO.organizer.email, DEMO.organizer.password);
      const me = await organizer.get('/api/auth/me').expect(200);
      const cookieOnly = await t.anonymous
        .post('/api/municipalities')
        .set('Cookie', (await organizer.get('/api/auth/me')).request.getHeader('Cookie') as string)
        .send({ name: '偽町', reading: 'にせまち', prefectureCode: 1, kind: 'town' })
        .expect(403);
      expect(cookieOnly.body.code).toBe('CSRF_FAILED');
      expect(me.body.email).toBe(DEMO.organizer.email);
      expect((await t.db.query(`SELECT 1 FROM municipalities WHERE name = '偽町'`)).length).toBe(0);
    });

    it('signs out: the session stops working', async () => {
      const c = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      await c.post('/api/auth/sign-out').expect(204);
      await c.get('/api/auth/me').expect(401);
    });

    it('changing the password signs out the other sessions and keeps this one', async () => {
      const here = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const elsewhere = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const weak = await here.post('/api/auth/password').send({ currentPassword: DEMO.yamakita.password, newPassword: 'password1234' }).expect(400);
      expect(weak.body).toMatchObject({
        code: 'WEAK_PASSWORD',
        details: [
          expect.objectContaining({
            field: 'newPassword',
            rule: 'weak',
            meta: expect.objectContaining({ score: expect.any(Number), warning: expect.any(String) }),
          }),
        ],
      });
      await here.post('/api/auth/password').send({ currentPassword: DEMO.yamakita.password, newPassword: 'ocha to mikan no machi' }).expect(204);
      await elsewhere.get('/api/auth/me').expect(401);
      await here.get('/api/auth/me').expect(200);
      await here.post('/api/auth/password').send({ currentPassword: 'ocha to mikan no machi', newPassword: DEMO.yamakita.password }).expect(204);
    });
  });

  describe('invitations', () => {
    it('an organizer invites 宮古市 staff, who set a password and see only 宮古市', async () => {
      const miyako = await municipalityId(t, '宮古市');
      const inv = await t.http
        .post('/api/people/invitations')
        .send({ email: 'staff@miyako.example', role: 'representative', municipalityId: miyako })
        .expect(201);
      // No SMTP server in this app: the answer says the mail stays in the outbox, so the UI asks the organizer to pass the link on.
      expect(inv.body).toMatchObject({ status: 'pending', municipality: { name: '宮古市' }, link: expect.stringContaining('/invitations/'), mailed: false });
      const token = linkToken(inv.body.link);
      const [message] = await t.db.query(`SELECT subject, body FROM outbox_messages WHERE recipient = 'staff@miyako.example'`);
      expect(message.body).toContain(inv.body.link);

      const preview = await t.anonymous.get(`/api/invitations/${token}`).expect(200);
      expect(preview.body).toMatchObject({ email: 'staff@miyako.example', hostName: '品川区', municipalityName: '宮古市', role: 'representative' });

      const users = async () => (await t.db.query('SELECT count(*)::int AS n FROM users'))[0].n;
      const before = await users();
      const weak = await t.anonymous.post(`/api/invitations/${token}/accept`).send({ password: 'short', displayName: '宮古 花子' }).expect(400);
      expect(weak.body).toMatchObject({ code: 'WEAK_PASSWORD', details: [expect.objectContaining({ field: 'password' })] });
      expect(await users()).toBe(before);

      const accepted = await t.anonymous
        .post(`/api/invitations/${token}/accept`)
        .send({ password: 'sanma no shioyaki 2023', displayName: '宮古 花子' })
        .expect(200);
      expect(accepted.body).toMatchObject({ role: 'representative', municipality: { name: '宮古市' } });
      await t.anonymous.post(`/api/invitations/${token}/accept`).send({ password: 'sanma no shioyaki 2023', displayName: 'again' }).expect(404);

      const rep = await t.signIn('staff@miyako.example', 'sanma no shioyaki 2023');
      const own = await rep.get('/api/me/municipality').expect(200);
      expect(own.body).toMatchObject({ name: '宮古市', population: 44905 });
      const other = await rep.get(`/api/municipalities/${await municipalityId(t, '山北町')}`).expect(403);
      expect(JSON.stringify(other.body)).not.toContain('山北町');
      await rep.get('/api/municipalities').expect(403);
      await rep.get('/api/agreements').expect(403);
    });

    it('refuses an organizer invitation that names a municipality, and a representative without one', async () => {
      await t.http.post('/api/people/invitations').send({ email: 'a@example.jp', role: 'representative' }).expect(400);
      const id = await municipalityId(t, '宮古市');
      await t.http.post('/api/people/invitations').send({ email: 'b@example.jp', role: 'organizer', municipalityId: id }).expect(400);
      const taken = await t.http.post('/api/people/invitations').send({ email: DEMO.organizer.email, role: 'organizer' }).expect(409);
      expect(taken.body.code).toBe('ALREADY_MEMBER');
    });

    it('re-sending replaces the link; an expired link stops working', async () => {
      const first = await t.http.post('/api/people/invitations').send({ email: 'second@shinagawa.example', role: 'organizer' }).expect(201);
      const again = await t.http.post(`/api/people/invitations/${first.body.id}/resend`).expect(200);
      expect(again.body.link).not.toBe(first.body.link);
      expect([first.body.mailed, again.body.mailed]).toEqual([false, false]);
      const listed = await t.http.get('/api/people/invitations').expect(200);
      expect(listed.body.some((i: object) => 'link' in i || 'mailed' in i)).toBe(false);
      await t.anonymous.get(`/api/invitations/${linkToken(first.body.link)}`).expect(404);
      await t.anonymous.get(`/api/invitations/${linkToken(again.body.link)}`).expect(200);
      await t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [first.body.id]);
      const expired = await t.anonymous.get(`/api/invitations/${linkToken(again.body.link)}`).expect(404);
      expect(expired.body.code).toBe('INVITATION_INVALID');
      const list = await t.http.get('/api/people/invitations').expect(200);
      expect(list.body.find((i: { id: string }) => i.id === first.body.id).status).toBe('expired');
    });
  });

  describe('people', () => {
    it('disabling a representative signs them out at once; enabling lets them back in', async () => {
      const rep = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const people = await t.http.get('/api/people').expect(200);
      const yamakita = people.body.find((p: { email: string }) => p.email === DEMO.yamakita.email);
      expect(yamakita).toMatchObject({ role: 'representative', municipality: { name: '山北町' }, disabled: false });
      await t.http.post(`/api/people/${yamakita.id}/disable`).expect(200);
      await rep.get('/api/me/municipality').expect(401);
      const refused = await t.anonymous.post('/api/auth/sign-in').send({ email: DEMO.yamakita.email, password: DEMO.yamakita.password }).expect(403);
      expect(refused.body.code).toBe('NO_MEMBERSHIP');
      await t.http.post(`/api/people/${yamakita.id}/enable`).expect(200);
      await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    });

    it('an organizer cannot disable themselves', async () => {
      const me = await t.http.get('/api/auth/me').expect(200);
      await t.http.post(`/api/people/${me.body.membershipId}/disable`).expect(403);
    });
  });

  describe('audit log', () => {
    it('shows the invitation and the registry edits with the actor, never passwords or tokens', async () => {
      const id = await municipalityId(t, '富岡町');
      await t.http.patch(`/api/municipalities/${id}`).send({ population: 11200 }).expect(200);
      const log = await t.http.get('/api/audit').query({ pageSize: 100 }).expect(200);
      const edit = log.body.items.find((e: { action: string; entityId: string }) => e.action === 'municipality.updated' && e.entityId === id);
      expect(edit).toMatchObject({
        actor: { email: DEMO.organizer.email },
        entityType: 'municipality',
        changes: { population: { before: 11114, after: 11200 } },
      });
      expect(edit.requestId).toEqual(expect.any(String));
      const actions = log.body.items.map((e: { action: string }) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining(['invitation.created', 'invitation.accepted', 'invitation.resent', 'membership.disabled', 'user.password_changed']),
      );
      const text = JSON.stringify(log.body);
      expect(text).not.toMatch(/password_hash|passwordHash|\$argon2|token/i);
      const filtered = await t.http.get('/api/audit').query({ action: 'membership.disabled' }).expect(200);
      expect(filtered.body.items.length).toBeGreaterThan(0);
      expect(filtered.body.items.every((e: { action: string }) => e.action === 'membership.disabled')).toBe(true);
    });
  });
});
