import { generateBigFair } from '@bussanten/domain';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../../test/test-app';

// The public bodies of the generated big fair (issue 22: a 400 kB page), sent as brotli, gzip or
// plain by the request's Accept-Encoding (public-body.ts), on the fast path before Express and on
// Express's routes alike. Raw node:http requests, so that the bytes are seen as they were sent.
const SLUG = 'big-fair-2027';
const HOST = 'bussan.example';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const decoded = (a: Raw): Buffer =>
  a.headers['content-encoding'] === 'br' ? brotliDecompressSync(a.body) : a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body) : a.body;

describe('compressed public bodies (the generated big fair)', () => {
  let t: TestApp;
  let port: number;
  let days: string[];

  const raw = (path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> =>
    new Promise((resolve, reject) => {
      request({ host: '127.0.0.1', port, path, method, headers: { Host: HOST, ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });

  beforeAll(async () => {
    t = await startTestApp({ officialList: true });
    // Generated once for this file, as the big fair's own test does (fairs/transfer/big-fair.int.spec.ts).
    const municipalities: { prefectureCode: number; name: string }[] = await t.db.query(
      `SELECT prefecture_code AS "prefectureCode", name FROM municipalities WHERE kind <> 'prefecture' ORDER BY prefecture_code, reading, name LIMIT 300`,
    );
    const doc = generateBigFair({ slug: SLUG, title: '大規模物産展テスト', municipalities });
    days = doc.fair.days.map((d) => d.date);
    const fair = await t.http.post('/api/fairs/import').send(doc).expect(201);
    await t.http.post(`/api/fairs/${fair.body.id}/releases`).send({ note: 'compressed bodies' }).expect(201);
    const server = t.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  const ACCEPTS: [string | null, string | undefined][] = [
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', undefined],
    [null, undefined],
  ];
  const hot = [`/api/public/fairs/${SLUG}`, `/f/${SLUG}`, `/en/f/${SLUG}`];
  // Express's routes: the widget, a day's feed, the files, and the trailing-slash twins of the feed and the page (not the fast path).
  const regular = () => [
    `/embed/f/${SLUG}`,
    `/api/public/fairs/${SLUG}/days/${days[3]}`,
    `/api/public/fairs/${SLUG}/calendar.ics`,
    `/api/public/fairs/${SLUG}/exhibitors.csv`,
    `/api/public/fairs/${SLUG}/`,
    `/f/${SLUG}/`,
  ];

  async function answersOf(path: string): Promise<Map<string | null, Raw>> {
    const answers = new Map<string | null, Raw>();
    for (const [accept] of ACCEPTS) answers.set(accept, await raw(path, accept === null ? {} : { 'Accept-Encoding': accept }));
    return answers;
  }

  function expectSameBytes(path: string, answers: Map<string | null, Raw>): void {
    const plain = answers.get(null) as Raw;
    expect([path, plain.status, plain.body.length > 1024]).toEqual([path, 200, true]);
    for (const [accept, coding] of ACCEPTS) {
      const a = answers.get(accept) as Raw;
      const etag = String(plain.headers.etag).replace(/"$/, coding === 'br' ? '-br"' : coding === 'gzip' ? '-gz"' : '"');
      expect({ path, accept, status: a.status, same: decoded(a).equals(plain.body) }).toEqual({ path, accept, status: 200, same: true });
      expect({ path, accept, ...a.headers }).toMatchObject({
        path,
        accept,
        'content-length': String(a.body.length),
        vary: 'Accept-Encoding',
        etag,
        'cache-control': expect.stringMatching(/^public, max-age=60/),
      });
      expect({ path, accept, encoding: a.headers['content-encoding'] }).toEqual({ path, accept, encoding: coding });
      if (coding) expect(a.body.length).toBeLessThan(plain.body.length / 3);
    }
  }

  it('sends the feed and both pages on the fast path as br, gzip or plain: the same bytes once decoded, each with its length and ETag, Vary on all', async () => {
    const sizes: Record<string, number[]> = {};
    for (const path of hot) {
      const answers = await answersOf(path);
      expectSameBytes(path, answers);
      for (const a of answers.values()) expect(a.headers['x-request-id']).toBeUndefined(); // the fast path: Express never saw them
      sizes[path] = [null, 'gzip', 'br'].map((accept) => (answers.get(accept) as Raw).body.length);
    }
    // The Japanese page: about 270 kB here (the API's sources run without the page's script), some 400 kB built; brotli is the smaller encoding.
    const [plain, gzip, br] = sizes[`/f/${SLUG}`];
    expect(plain).toBeGreaterThan(200_000);
    expect(br).toBeLessThan(gzip);
  });

  it("sends Express's public routes the same way", async () => {
    for (const path of regular()) {
      const answers = await answersOf(path);
      expectSameBytes(path, answers);
      for (const a of answers.values()) expect(a.headers['x-request-id']).toEqual(expect.any(String));
    }
  });

  it('answers 304 to the ETag of any encoding, with the ETag of the one asked for, on both paths', async () => {
    for (const path of [...hot, ...regular()]) {
      const tags = await Promise.all(['br', 'gzip', 'identity'].map(async (accept) => String((await raw(path, { 'Accept-Encoding': accept })).headers.etag)));
      for (const held of tags) {
        for (const [accept, tag] of [
          ['br', tags[0]],
          ['gzip', tags[1]],
          ['identity', tags[2]],
        ]) {
          const a = await raw(path, { 'Accept-Encoding': accept, 'If-None-Match': held });
          expect({ path, held, accept, status: a.status, etag: a.headers.etag, vary: a.headers.vary, bytes: a.body.length }).toEqual({
            path,
            held,
            accept,
            status: 304,
            etag: tag,
            vary: 'Accept-Encoding',
            bytes: 0,
          });
        }
      }
    }
  });

  it('keeps the feeds open to other sites (CORS) in every encoding, 200 and 304', async () => {
    for (const path of [`/api/public/fairs/${SLUG}`, `/api/public/fairs/${SLUG}/`, `/api/public/fairs/${SLUG}/exhibitors.csv`]) {
      for (const accept of ['br', 'gzip', 'identity']) {
        const ok = await raw(path, { 'Accept-Encoding': accept, Origin: 'https://other.example' });
        const notModified = await raw(path, { 'Accept-Encoding': accept, Origin: 'https://other.example', 'If-None-Match': String(ok.headers.etag) });
        for (const a of [ok, notModified]) {
          expect({ path, accept, ...a.headers }).toMatchObject({
            path,
            accept,
            'access-control-allow-origin': '*',
            'access-control-expose-headers': expect.stringMatching(/^ETag/),
            'cross-origin-resource-policy': 'cross-origin',
          });
        }
        expect([ok.status, notModified.status]).toEqual([200, 304]);
      }
    }
  });

  it('answers HEAD with the headers GET sends in each encoding, and no body', async () => {
    for (const path of [`/f/${SLUG}`, `/api/public/fairs/${SLUG}`, `/embed/f/${SLUG}`]) {
      for (const accept of ['br', 'gzip', 'identity']) {
        const get = await raw(path, { 'Accept-Encoding': accept });
        const head = await raw(path, { 'Accept-Encoding': accept }, 'HEAD');
        const pick = (a: Raw) => [a.status, a.headers['content-encoding'], a.headers['content-length'], a.headers.etag, a.headers.vary];
        expect({ path, accept, head: pick(head), bytes: head.body.length }).toEqual({ path, accept, head: pick(get), bytes: 0 });
      }
    }
  });
});
