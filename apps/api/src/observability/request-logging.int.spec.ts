import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
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
