import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { COMPRESS_MIN_BYTES, etagOf, preferredCoding, publicBody, sendPublic, type PublicBody, type PublicCoding } from './public-body';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** sendPublic on a fake request and response: what it wrote. */
async function send(body: PublicBody, headers: Record<string, string> = {}, extra: Record<string, string | null> = {}): Promise<Answer> {
  const answer: Answer = { status: 0, headers: {}, body: Buffer.alloc(0) };
  const removed: string[] = [];
  const res = {
    writeHead(status: number, h: Record<string, string>) {
      answer.status = status;
      answer.headers = Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
      return res;
    },
    end(bytes?: Buffer) {
      if (bytes) answer.body = bytes;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  await sendPublic({ headers: lowerCased(headers) } as unknown as IncomingMessage, res as unknown as ServerResponse, body, extra);
  return answer;
}

const lowerCased = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

const decoded = (a: Answer): Buffer =>
  a.headers['content-encoding'] === 'br' ? brotliDecompressSync(a.body) : a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body) : a.body;

const PAGE = `<!doctype html><html lang="ja"><body>${Array.from({ length: 400 }, (_, i) => `<li>ブース A${i} 出展者 ${i % 37}</li>`).join('')}</body></html>`;
const HTML = 'text/html; charset=utf-8';

describe('preferredCoding (Accept-Encoding, RFC 9110 12.5.3)', () => {
  it.each<[string | undefined, PublicCoding]>([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br', 'br'],
    ['BR', 'br'],
    ['x-gzip', 'gzip'],
    ['deflate', 'identity'],
    ['identity', 'identity'],
    ['br;q=0, gzip', 'gzip'],
    ['br; q=0.0, gzip;q=0.2', 'gzip'],
    ['br;q=0.8, gzip;q=0.9', 'gzip'],
    ['gzip;q=1.0, br;q=1', 'br'],
    ['gzip;q=0.5, identity', 'identity'],
    ['identity;q=0, gzip;q=0.1', 'gzip'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['*;q=0', 'identity'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['br;q=banana, gzip', 'gzip'],
    ['br;q=2, gzip;q=0.001', 'gzip'],
    [' , ;, br ;q=0.5 ', 'br'],
  ])('%j → %s', (header, coding) => {
    expect(preferredCoding(header)).toBe(coding);
  });
});

describe('sendPublic', () => {
  it('sends one body as br, gzip or plain by Accept-Encoding: the same bytes once decoded, each with its length, ETag and Vary', async () => {
    const body = publicBody(PAGE, HTML);
    const answers = {
      br: await send(body, { 'Accept-Encoding': 'gzip, deflate, br' }),
      gzip: await send(body, { 'Accept-Encoding': 'br;q=0, gzip' }),
      identity: await send(body, { 'Accept-Encoding': 'identity' }),
      none: await send(body),
    };
    for (const [coding, a] of Object.entries(answers)) {
      expect({ coding, status: a.status, same: decoded(a).equals(body.bytes) }).toEqual({ coding, status: 200, same: true });
      expect(a.headers).toMatchObject({
        vary: 'Accept-Encoding',
        'content-length': String(a.body.length),
        'content-type': HTML,
        'cache-control': expect.any(String),
      });
    }
    expect(answers.br.headers).toMatchObject({ 'content-encoding': 'br', etag: body.etag.replace(/"$/, '-br"') });
    expect(answers.gzip.headers).toMatchObject({ 'content-encoding': 'gzip', etag: body.etag.replace(/"$/, '-gz"') });
    for (const a of [answers.identity, answers.none]) {
      expect(a.headers['content-encoding']).toBeUndefined();
      expect([a.headers.etag, a.body]).toEqual([body.etag, body.bytes]);
    }
    expect(answers.br.body.length).toBeLessThan(answers.gzip.body.length);
    expect(answers.gzip.body.length).toBeLessThan(body.bytes.length / 4);
    // The three ETags differ, and each encoding is made once: the second br answer sends the very same buffer.
    expect(new Set([answers.br, answers.gzip, answers.none].map((a) => a.headers.etag)).size).toBe(3);
    expect((await send(body, { 'Accept-Encoding': 'br' })).body).toBe(answers.br.body);
  });

  it('makes each encoding once however many requests want it before it is ready', async () => {
    const body = publicBody(PAGE, HTML);
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(body, { 'Accept-Encoding': 'br' })));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(Buffer.isBuffer(body.encoded?.br)).toBe(true);
    expect(body.encoded?.gzip).toBeUndefined(); // never asked for: never made
  });

  it('answers 304 to the ETag of any encoding, with the ETag and Vary of the encoding this request would get', async () => {
    const body = publicBody(PAGE, HTML);
    for (const held of ['identity', 'gzip', 'br'] as const) {
      for (const [accept, wants] of [
        ['br, gzip', 'br'],
        ['gzip', 'gzip'],
        ['identity', 'identity'],
      ] as const) {
        for (const tag of [etagOf(body, held), `W/${etagOf(body, held)}`, `"other", ${etagOf(body, held)}`]) {
          const a = await send(body, { 'Accept-Encoding': accept, 'If-None-Match': tag });
          expect({ tag, accept, status: a.status, etag: a.headers.etag, vary: a.headers.vary, length: a.body.length }).toEqual({
            tag,
            accept,
            status: 304,
            etag: etagOf(body, wants),
            vary: 'Accept-Encoding',
            length: 0,
          });
          expect(a.headers['content-encoding']).toBeUndefined();
        }
      }
    }
    expect((await send(body, { 'Accept-Encoding': 'br', 'If-None-Match': '"other", "other-br"' })).status).toBe(200);
  });

  it('sends small bodies and images as they are, without Vary', async () => {
    const small = publicBody('x'.repeat(COMPRESS_MIN_BYTES - 1), 'text/plain; charset=utf-8');
    const png = publicBody(Buffer.alloc(4096, 7), 'image/png');
    for (const body of [small, png]) {
      const a = await send(body, { 'Accept-Encoding': 'gzip, br' });
      expect([a.status, a.headers['content-encoding'], a.headers.vary, a.headers.etag, a.body]).toEqual([200, undefined, undefined, body.etag, body.bytes]);
      expect((await send(body, { 'Accept-Encoding': 'br', 'If-None-Match': body.etag })).status).toBe(304);
      expect((await send(body, { 'Accept-Encoding': 'br', 'If-None-Match': etagOf({ ...body, compressible: true }, 'br') })).status).toBe(200);
    }
    for (const type of [
      'application/json; charset=utf-8',
      'text/calendar; charset=utf-8',
      'text/csv; charset=utf-8',
      'image/svg+xml; charset=utf-8',
      'text/javascript; charset=utf-8',
    ]) {
      expect({ type, compressible: publicBody(PAGE, type).compressible }).toEqual({ type, compressible: true });
    }
  });

  it('keeps the extra headers on every encoding: replaced, added, or removed (null)', async () => {
    const body = publicBody(PAGE, 'application/json; charset=utf-8');
    const extra = { 'Access-Control-Allow-Origin': '*', 'Content-Security-Policy': "default-src 'none'", 'X-Frame-Options': null };
    for (const accept of ['br', 'gzip', 'identity']) {
      const a = await send(body, { 'Accept-Encoding': accept }, extra);
      expect(a.headers).toMatchObject({ 'access-control-allow-origin': '*', 'content-security-policy': "default-src 'none'", vary: 'Accept-Encoding' });
      expect(a.headers['x-frame-options']).toBeUndefined();
      expect(decoded(a).equals(body.bytes)).toBe(true);
    }
  });
});
