import request from 'supertest';
import type { Server } from 'node:http';
import type { SessionInfo } from '@bussanten/contracts';
import { addMember, clientFor, createHost, DEMO, municipalityId, startTestApp, type Client, type TestApp } from '../../test/test-app';

const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

describe('sessions: idle timeout, the sessions page, sign out everywhere else', () => {
  let t: TestApp;
  let server: Server;

  /** Signs in with a browser's User-Agent (and, behind the proxy this app trusts, a client address). */
  async function signIn(email: string, password: string, userAgent = CHROME_WINDOWS, address = '203.0.113.7'): Promise<Client & { token: string }> {
    const res = await request(server)
      .post('/api/auth/sign-in')
      .set('User-Agent', userAgent)
      .set('X-Forwarded-For', address)
      .send({ email, password })
      .expect(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    return Object.assign(clientFor(server, { cookie, csrfToken: res.body.csrfToken }), { token: cookie.split('=')[1] });
  }

  const sessionIdOf = async (client: Client): Promise<string> => {
    const list: SessionInfo[] = (await client.get('/api/me/sessions').expect(200)).body;
    return list.find((s) => s.current)!.id;
  };
  const lastSeen = async (id: string): Promise<Date> => (await t.db.query('SELECT last_seen_at FROM sessions WHERE id = $1', [id]))[0].last_seen_at;
  const seenAgo = (id: string, interval: string) => t.db.query(`UPDATE sessions SET last_seen_at = now() - $2::interval WHERE id = $1`, [id, interval]);

  beforeAll(async () => {
    // One proxy in front, as behind nginx: the address is the client's from X-Forwarded-For.
    t = await startTestApp({ trustProxy: 1 });
    server = t.app.getHttpServer() as Server;
  });
  afterAll(() => t.close());

  describe('idle timeout (SESSION_IDLE_MINUTES, 120 by default)', () => {
    it('refuses a session unused for longer than the idle limit, and only that one', async () => {
      const idle = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const busy = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const id = await sessionIdOf(idle);
      await seenAgo(id, '121 minutes');
      const refused = await idle.get('/api/auth/me');
      expect([refused.status, refused.body.code]).toEqual([401, 'UNAUTHENTICATED']);
      await busy.get('/api/auth/me').expect(200);
      // Once idle, the session stays refused: a refused request does not revive it.
      await idle.get('/api/auth/me').expect(401);
    });

    it('keeps a session used within the limit, and counts the limit again from that use', async () => {
      const client = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const id = await sessionIdOf(client);
      await seenAgo(id, '119 minutes');
      await client.get('/api/auth/me').expect(200);
      expect(Date.now() - (await lastSeen(id)).getTime()).toBeLessThan(10_000);
      await client.get('/api/auth/me').expect(200);
    });

    it('writes last_seen_at at most once a minute, not on every request', async () => {
      const client = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const id = await sessionIdOf(client);
      await seenAgo(id, '30 seconds');
      const before = await lastSeen(id);
      await client.get('/api/auth/me').expect(200);
      await client.get('/api/me/sessions').expect(200);
      expect((await lastSeen(id)).getTime()).toBe(before.getTime());
      await seenAgo(id, '2 minutes');
      await client.get('/api/auth/me').expect(200);
      expect(Date.now() - (await lastSeen(id)).getTime()).toBeLessThan(10_000);
    });

    it('keeps the absolute limit, however busy the session', async () => {
      const client = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const id = await sessionIdOf(client);
      await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE id = $1`, [id]);
      await client.get('/api/auth/me').expect(401);
    });

    it('clears ended sessions (idle or expired) away at the next sign-in, with their addresses', async () => {
      const idle = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const expired = await signIn(DEMO.miyako.email, DEMO.miyako.password);
      const [idleId, expiredId] = [await sessionIdOf(idle), await sessionIdOf(expired)];
      await seenAgo(idleId, '121 minutes');
      await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiredId]);
      await signIn(DEMO.organizer.email, DEMO.organizer.password);
      expect(await t.db.query('SELECT id FROM sessions WHERE id = ANY($1)', [[idleId, expiredId]])).toEqual([]);
    });

    it('follows SESSION_IDLE_MINUTES', async () => {
      const short = await startTestApp({ sameDatabaseAs: t, sessionIdleMinutes: 5 });
      try {
        const client = await short.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
        const [row] = await t.db.query(`SELECT id FROM sessions ORDER BY created_at DESC LIMIT 1`);
        await seenAgo(row.id, '4 minutes');
        await client.get('/api/auth/me').expect(200);
        await seenAgo(row.id, '6 minutes');
        await client.get('/api/auth/me').expect(401);
      } finally {
        await short.close();
      }
    });
  });

  describe('GET /api/me/sessions', () => {
    it("lists the caller's live sessions with browser, address and times, marks the current one, and shows no token", async () => {
      await t.db.query(`DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [DEMO.organizer.email]);
      const laptop = await signIn(DEMO.organizer.email, DEMO.organizer.password, CHROME_WINDOWS, '203.0.113.7');
      const phone = await signIn(DEMO.organizer.email, DEMO.organizer.password, SAFARI_IPHONE, '198.51.100.23');
      const gone = await signIn(DEMO.organizer.email, DEMO.organizer.password);
      await seenAgo(await sessionIdOf(gone), '3 hours');
      await signIn(DEMO.miyako.email, DEMO.miyako.password); // someone else's
      const res = await laptop.get('/api/me/sessions').expect(200);
      const list: SessionInfo[] = res.body;
      expect(list).toHaveLength(2);
      const current = list.find((s) => s.current)!;
      const other = list.find((s) => !s.current)!;
      expect(current).toMatchObject({
        browser: 'Chrome',
        os: 'Windows',
        address: '203.0.113.7',
        role: 'organizer',
        hostName: '品川区',
        municipalityName: null,
      });
      expect(other).toMatchObject({ browser: 'Safari', os: 'iOS', address: '198.51.100.23', current: false });
      expect(Object.keys(current).sort()).toEqual([
        'address',
        'browser',
        'current',
        'hostName',
        'id',
        'lastSeenAt',
        'municipalityName',
        'os',
        'role',
        'signedInAt',
      ]);
      expect(new Date(current.signedInAt).getTime()).toBeLessThanOrEqual(new Date(current.lastSeenAt).getTime() + 1000);
      // The id is not the cookie's token (nor its hash).
      const body = JSON.stringify(res.body);
      expect(body).not.toContain(laptop.token);
      expect(body).not.toContain(phone.token);
      const hashes: { token_hash: string }[] = await t.db.query('SELECT token_hash FROM sessions');
      for (const { token_hash } of hashes) expect(body).not.toContain(token_hash);
      expect((await phone.get('/api/me/sessions').expect(200)).body.find((s: SessionInfo) => s.current).id).toBe(other.id);
    });

    it("lists the person's sessions of every membership, and a revoked membership's sessions no more while the others stay", async () => {
      const ota = await createHost(t, '大田区', 'Ota City');
      await addMember(t, { email: 'organizer@ota.example', password: 'ota organizer password', role: 'organizer', hostId: ota });
      const { membershipId: atOta } = await addMember(t, {
        email: DEMO.miyako.email,
        password: DEMO.miyako.password,
        role: 'representative',
        hostId: ota,
        municipalityId: await municipalityId(t, '宮古市'),
      });
      const otaOrganizer = await signIn('organizer@ota.example', 'ota organizer password');
      await t.db.query(`DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [DEMO.miyako.email]);
      const inShinagawa = await signIn(DEMO.miyako.email, DEMO.miyako.password);
      const inOta = await signIn(DEMO.miyako.email, DEMO.miyako.password, SAFARI_IPHONE);
      await inOta.post('/api/auth/membership').send({ membershipId: atOta }).expect(200);
      const both: SessionInfo[] = (await inShinagawa.get('/api/me/sessions').expect(200)).body;
      expect(both.map((s) => s.hostName).sort()).toEqual(['品川区', '大田区']);

      // 大田区 revokes its membership: the session acting within it ends at the next request; the 品川区 one stays.
      await otaOrganizer.post(`/api/people/${atOta}/disable`).expect(200);
      await inOta.get('/api/auth/me').expect(401);
      await inShinagawa.get('/api/my/applications').expect(200);
      const left: SessionInfo[] = (await inShinagawa.get('/api/me/sessions').expect(200)).body;
      expect(left.map((s) => [s.hostName, s.current])).toEqual([['品川区', true]]);
      await otaOrganizer.post(`/api/people/${atOta}/enable`).expect(200);
    });
  });

  describe('ending sessions', () => {
    it('ends one of my other sessions by its id', async () => {
      const mine = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const other = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const otherId = await sessionIdOf(other);
      await mine.delete(`/api/me/sessions/${otherId}`).expect(204);
      await other.get('/api/auth/me').expect(401);
      await mine.get('/api/auth/me').expect(200);
      const again = await mine.delete(`/api/me/sessions/${otherId}`);
      expect([again.status, again.body.code]).toEqual([404, 'SESSION_NOT_FOUND']);
    });

    it("answers 404 for another person's session, and leaves it alone", async () => {
      const mine = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const theirs = await signIn(DEMO.miyako.email, DEMO.miyako.password);
      const res = await mine.delete(`/api/me/sessions/${await sessionIdOf(theirs)}`);
      expect([res.status, res.body.code]).toEqual([404, 'SESSION_NOT_FOUND']);
      await theirs.get('/api/auth/me').expect(200);
      await mine.delete('/api/me/sessions/not-a-uuid').expect(404);
    });

    it('ending the current session signs out and clears the cookie', async () => {
      const mine = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const res = await mine.delete(`/api/me/sessions/${await sessionIdOf(mine)}`).expect(204);
      expect(String(res.headers['set-cookie'])).toMatch(/bussanten_session=;/);
      await mine.get('/api/auth/me').expect(401);
    });

    it("signs out everywhere else: every other session of mine ends, this one and other people's stay", async () => {
      await t.db.query(`DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [DEMO.yamakita.email]);
      const here = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const laptop = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const phone = await signIn(DEMO.yamakita.email, DEMO.yamakita.password, SAFARI_IPHONE);
      const someoneElse = await signIn(DEMO.miyako.email, DEMO.miyako.password);
      const res = await here.post('/api/me/sessions/sign-out-others').expect(200);
      expect(res.body).toEqual({ ended: 2 });
      await laptop.get('/api/auth/me').expect(401);
      await phone.get('/api/auth/me').expect(401);
      await here.get('/api/auth/me').expect(200);
      await someoneElse.get('/api/auth/me').expect(200);
      const list: SessionInfo[] = (await here.get('/api/me/sessions').expect(200)).body;
      expect(list.map((s) => s.current)).toEqual([true]);
    });

    it('needs the CSRF header like every write', async () => {
      const here = await signIn(DEMO.yamakita.email, DEMO.yamakita.password);
      const cookie = `bussanten_session=${here.token}`;
      const res = await request(server).post('/api/me/sessions/sign-out-others').set('Cookie', cookie);
      expect([res.status, res.body.code]).toEqual([403, 'CSRF_FAILED']);
    });
  });
});
