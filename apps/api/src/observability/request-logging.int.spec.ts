import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { startTestApp } from '../../test/test-app';
import { createLogger, NestPinoLogger } from './logger';
import { requestLogging } from './request-logging';
import { currentRequestId } from './request-context';

/** Log lines written while handling requests, parsed. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger('info', sink) };
}

describe('request ids and JSON log lines', () => {
  it('gives every request an id, answers it in X-Request-Id, and puts it on every line written while handling it', async () => {
    const { lines, logger } = capture();
    const nest = new NestPinoLogger(logger);
    const app = express();
    app.use(requestLogging(logger));
    app.get('/work', (_req, res) => {
      nest.warn('something odd', 'Work');
      setTimeout(() => res.json({ id: currentRequestId() }), 5); // still known after an await
    });
    const res = await request(app).get('/work?q=宮古').expect(200);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.id).toBe(id);
    await new Promise((r) => setTimeout(r, 20));
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', context: 'Work', msg: 'something odd', requestId: id }),
      expect.objectContaining({ level: 'info', msg: 'request', method: 'GET', path: '/work', status: 200, requestId: id }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('宮古'); // no query strings in logs
    // Each line has the id once (no duplicate keys from the context and the line).
    expect(lines.every((l) => Object.keys(l).filter((k) => k === 'requestId').length === 1)).toBe(true);
  });

  it.each([
    ['a proxy’s id is kept', 'proxy-id-12345', 'proxy-id-12345'],
    ['a too short one is replaced', 'x', null],
    ['one with odd characters is replaced', 'abc def <script>', null],
  ])('%s', async (_name, sent, kept) => {
    const { logger } = capture();
    const app = express();
    app.use(requestLogging(logger));
    app.get('/', (_req, res) => res.end());
    const res = await request(app).get('/').set('X-Request-Id', sent);
    if (kept) expect(res.headers['x-request-id']).toBe(kept);
    else expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes Nest messages outside requests without an id, and start-up chatter only at debug', () => {
    const { lines, logger } = capture();
    const nest = new NestPinoLogger(logger);
    nest.log('Mapped {/api/x, GET} route', 'RouterExplorer');
    nest.error(new Error('boom'), 'Errors');
    expect(lines).toEqual([expect.objectContaining({ level: 'error', context: 'Errors', msg: expect.stringContaining('Error: boom') })]);
    expect(lines[0]).not.toHaveProperty('requestId');
  });
});

describe('tokens in the request log of the real app', () => {
  it('writes every token route, API and UI, as its pattern, whatever the answer', async () => {
    const lines: Record<string, unknown>[] = [];
    const webDist = await mkdtemp(join(tmpdir(), 'bussanten-web-'));
    await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Bussanten</title>');
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const t = await startTestApp({ log: sink, webDist });
    try {
      const invited = await t.http.post('/api/people/invitations').send({ email: 'new-staff@shinagawa.example', role: 'organizer' }).expect(201);
      const token = String(invited.body.link).split('/').pop() as string;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // The API's token routes, from the router, so a new one is covered too.
      type Layer = { route?: { path: string; methods: Record<string, boolean> } };
      const router = (t.app.getHttpAdapter().getInstance() as unknown as { router: { stack: Layer[] } }).router.stack;
      const tokenRoutes = router.flatMap((l) =>
        l.route?.path.includes(':token') ? Object.keys(l.route.methods).map((m) => [m, l.route?.path as string]) : [],
      );
      expect(tokenRoutes.map(([m, p]) => `${m.toUpperCase()} ${p}`).sort()).toEqual([
        'GET /api/invitations/:token',
        'POST /api/auth/password-reset/:token',
        'POST /api/invitations/:token/accept',
      ]);
      const sent: [string, number][] = [];
      const send = async (method: 'get' | 'post', path: string, body?: string | object, type?: string) => {
        const req = t.anonymous[method](path);
        const res = await (type ? req.set('Content-Type', type) : req).send(body);
        sent.push([`${method.toUpperCase()} ${path.replace(token, ':token')}`, res.status]);
      };
      await send('get', `/invitations/${token}`); // the link in the mail: the UI's page (SPA fallback)
      await send('get', `/api/invitations/${token}`);
      await send('post', `/api/invitations/${token}/accept`, '{"password": ', 'application/json'); // refused before routing
      await send('post', `/api/invitations/${token}/accept`, {}); // refused by validation
      await send('get', `/API/Invitations/${token}`); // not /api to the UI's fallback, which answers the shell
      await send('get', `/api/invitations/${token}/unknown`); // no route at all
      await send('post', `/api/invitations/${token}/accept`, { password: 'a long new password for staff', displayName: '品川 新人' });
      await send('get', `/api/invitations/${token}`); // used: 404
      expect(sent.map(([, status]) => status)).toEqual([200, 200, 400, 400, 200, 404, 200, 404]);
      // A password-reset link: the UI page, the API before routing, and the route itself.
      await t.anonymous.post('/api/auth/password-reset').send({ email: 'organizer@shinagawa.example' }).expect(202);
      const [mail] = await t.db.query(`SELECT body FROM outbox_messages WHERE kind = 'password.reset' ORDER BY created_at DESC LIMIT 1`);
      const reset = /\/password-reset\/([A-Za-z0-9_-]{43})/.exec(mail.body)?.[1] as string;
      await t.anonymous.get(`/password-reset/${reset}`).expect(200);
      await t.anonymous.post(`/api/auth/password-reset/${reset}`).set('Content-Type', 'application/json').send('{"password": ').expect(400);
      await t.anonymous.post(`/api/auth/password-reset/${reset}`).send({ password: 'short' }).expect(400);
      await new Promise((r) => setTimeout(r, 50));
      expect(JSON.stringify(lines)).not.toContain(reset);
      expect(lines.filter((l) => l['msg'] === 'request' && /password-reset\//.test(String(l['path']))).map((l) => `${l['method']} ${l['path']}`)).toEqual([
        'GET /password-reset/:token',
        'POST /api/auth/password-reset/:token',
        'POST /api/auth/password-reset/:token',
      ]);
      await new Promise((r) => setTimeout(r, 50));
      const requests = lines.filter((l) => l['msg'] === 'request');
      expect(JSON.stringify(lines)).not.toContain(token);
      expect(requests.filter((l) => /^\/(api\/)?invitations\//i.test(String(l['path']))).map((l) => `${l['method']} ${l['path']}`)).toEqual([
        'GET /invitations/:token',
        'GET /api/invitations/:token',
        'POST /api/invitations/:token/accept',
        'POST /api/invitations/:token/accept',
        'GET /API/Invitations/:token',
        'GET /api/invitations/:token/unknown',
        'POST /api/invitations/:token/accept',
        'GET /api/invitations/:token',
      ]);
    } finally {
      await t.close();
      await rm(webDist, { recursive: true, force: true });
    }
  });
});
