// A fair of the size issue 22 measures (libs/domain generateBigFair: 320 booths, 300 applications,
// 10 days), on the built app: the fair is generated from 300 municipalities of the registry API (the
// built app loads the official list at boot), imported (POST /api/fairs/import) and published as the
// demo organizer. Then two measurements, each against a baseline in the same run:
//
// gzip-ratio: autocannon on its public page /f/<slug> with Accept-Encoding: gzip, against a bare
//   node:http server (a worker thread, so it has an event loop of its own, like the app) answering
//   the very bytes and headers the app sent for that request. ours ÷ bare requests per second: what
//   the app costs beyond writing the compressed bytes (made once per body: public-body.ts).
// stall: the p99 latency of public reads of another fair (the seeded fair's JSON feed and page,
//   alternately, sent at a steady --rate per second whether or not earlier ones were answered, as
//   visitors arrive) while the big fair's booth proposal runs back to back (POST
//   /api/fairs/:id/assignment-proposal, one after another, as the organizer), divided by their p99
//   without proposals. A proposal on the request's thread holds every read of its process.
//
//   npm run bench -- big-fair [--seconds 10] [--connections 10] [--rate 200]
//
// generateBigFair is the domain's own, loaded from its TypeScript through tools/ts-require.cjs
// (as the time-zone tests load it), so the bench and the tests measure the same fair.
// The last line is always `big-fair gzip-ratio=R stall=S` (two decimals; goals R ≥ 0.6, S ≤ 2).
import autocannon from 'autocannon';
import { Agent, get as httpGet } from 'node:http';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { capture, startApp } from './support.mjs';

const require = createRequire(import.meta.url);
require('../tools/ts-require.cjs');
const { generateBigFair } = require('../libs/domain/src/lib/big-fair.ts');

const SLUG = 'big-fair-bench';
const OTHER = 'koryu-toshi-2023'; // the seeded fair, published by the seed
const ORGANIZER = { email: 'organizer@shinagawa.example', password: 'demo-seaside-fair' };

async function api(base, method, path, { session, body, expect = [200] } = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!expect.includes(res.status)) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

async function signIn(base) {
  const res = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ORGANIZER) });
  if (!res.ok) throw new Error(`sign-in answered ${res.status}`);
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrfToken: (await res.json()).csrfToken };
}

/** 300 municipalities (not prefectures) of the registry, prefecture by prefecture, as the big fair's test takes them. */
async function municipalities(base, session, count) {
  const found = [];
  for (let prefectureCode = 1; prefectureCode <= 47 && found.length < count; prefectureCode++) {
    for (let page = 1; found.length < count; page++) {
      const { items, total } = await api(base, 'GET', `/api/municipalities?prefectureCode=${prefectureCode}&pageSize=100&page=${page}`, { session });
      for (const m of items) if (m.kind !== 'prefecture' && found.length < count) found.push({ prefectureCode: m.prefectureCode, name: m.name });
      if (page * 100 >= total) break;
    }
  }
  if (found.length < count) throw new Error(`the registry has only ${found.length} municipalities: is the official list loaded?`);
  return found;
}

// The bare server: one prepared answer, one write per request, nothing else.
const BARE_SERVER = `
const { createServer } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const body = Buffer.from(workerData.body);
const headers = workerData.headers.flat();
const server = createServer((req, res) => {
  res.writeHead(workerData.status, headers);
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', () => server.close(() => process.exit(0)));
`;

async function startBare(answer) {
  const worker = new Worker(BARE_SERVER, { eval: true, workerData: answer });
  const port = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((r) => worker.once('exit', r));
      worker.postMessage('stop');
      await exited;
    },
  };
}

/**
 * autocannon with keep-alive clients: requests/s (mean) and p99 latency in ms, from every answer's
 * own time (fractions of a ms: autocannon's summary rounds to whole ms, too coarse for a p99 of 1 ms).
 */
async function measure(options) {
  const times = [];
  const instance = autocannon({ pipelining: 1, ...options });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  const bad = result.errors + result.timeouts + result.non2xx;
  if (bad > 0) throw new Error(`${options.url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`);
  const sorted = Float64Array.from(times).sort();
  return { rps: result.requests.average, p99: sorted[Math.max(0, Math.ceil(0.99 * sorted.length) - 1)] };
}

/**
 * Public reads at a steady rate, each sent on time whether or not the earlier ones were answered
 * (an open loop, as visitors arrive: a closed loop such as autocannon's stops asking while the
 * server stalls, and so hides the stall from its percentiles). Keep-alive sockets, as many as
 * needed; the paths taken in turn. The latency of each read from its sending to its last byte.
 */
async function probe(base, paths, { seconds, rate }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const times = [];
  const pending = new Set();
  let errors = 0;
  const get = (path) => {
    const sent = performance.now();
    const answered = new Promise((resolve) => {
      httpGet(base + path, { agent, headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) errors++;
          times.push(performance.now() - sent);
          resolve();
        });
      }).on('error', () => {
        errors++;
        resolve();
      });
    });
    pending.add(answered);
    answered.then(() => pending.delete(answered));
  };
  const interval = 1000 / rate;
  const start = performance.now();
  let sentCount = 0;
  await new Promise((resolve) => {
    const tick = () => {
      const elapsed = performance.now() - start;
      while (sentCount * interval <= elapsed && sentCount * interval < seconds * 1000) get(paths[sentCount++ % paths.length]);
      if (sentCount * interval >= seconds * 1000) return resolve();
      setTimeout(tick, Math.max(0, sentCount * interval - (performance.now() - start)));
    };
    tick();
  });
  await Promise.all(pending);
  agent.destroy();
  if (errors > 0) throw new Error(`${errors} of ${sentCount} public reads failed or were not 200`);
  const sorted = Float64Array.from(times).sort();
  return { count: sorted.length, p50: sorted[Math.ceil(0.5 * sorted.length) - 1], p99: sorted[Math.ceil(0.99 * sorted.length) - 1] };
}

const probeLine = (label, m) =>
  `  ${label.padEnd(44)} ${String(m.count).padStart(7)} reads    p50 ${m.p50.toFixed(1).padStart(7)} ms   p99 ${m.p99.toFixed(1).padStart(7)} ms`;

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const line = (label, m) => `  ${label.padEnd(44)} ${m.rps.toFixed(0).padStart(7)} req/s   p99 ${m.p99.toFixed(1).padStart(7)} ms`;

export default async function bigFair(args = []) {
  const { values } = parseArgs({
    args,
    options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, rate: { type: 'string', default: '200' } },
    strict: true,
  });
  const whole = (name) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1`);
    return n;
  };
  const seconds = whole('seconds');
  const connections = whole('connections');
  const rate = whole('rate');
  console.log(`${seconds} s per measurement; the page with ${connections} connections, the reads at ${rate} per second`);
  const app = await startApp();
  let bare = null;
  let gzipRatio;
  let stall;
  try {
    const session = await signIn(app.url);
    const started = performance.now();
    const doc = generateBigFair({ slug: SLUG, title: '大規模物産展ベンチ', municipalities: await municipalities(app.url, session, 300) });
    const fair = await api(app.url, 'POST', '/api/fairs/import', { session, body: doc, expect: [201] });
    await api(app.url, 'POST', `/api/fairs/${fair.id}/releases`, { session, body: { note: 'bench/big-fair' }, expect: [201] });
    const placed = doc.fair.applications.filter((a) => a.assignments.length > 0).length;
    console.log(
      `generated, imported and published ${SLUG} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${doc.fair.booths.length} booths, ${doc.fair.applications.length} applications (${placed} placed), ${doc.fair.days.length} days`,
    );

    // (1) The page, compressed: the app against a bare server sending the same bytes.
    const page = `/f/${SLUG}`;
    const sizes = {};
    for (const [name, accept] of [
      ['plain', 'identity'],
      ['gzip', 'gzip'],
      ['br', 'br'],
    ]) {
      const a = await capture(app.url + page, { 'Accept-Encoding': accept });
      if (a.status !== 200) throw new Error(`GET ${page} (${accept}) answered ${a.status}`);
      sizes[name] = a.body.length;
    }
    console.log(`GET ${page}: ${kB(sizes.plain)} plain, ${kB(sizes.gzip)} gzip, ${kB(sizes.br)} br`);
    const gzipped = await capture(app.url + page, { 'Accept-Encoding': 'gzip' });
    bare = await startBare(gzipped);
    const load = (url, s) => measure({ url: url + page, duration: s, connections, headers: { 'accept-encoding': 'gzip' } });
    await load(app.url, Math.min(2, seconds)); // warm up (JIT, caches, pool)
    const ours = await load(app.url, seconds);
    console.log(line('ours, Accept-Encoding: gzip', ours));
    await load(bare.url, Math.min(2, seconds));
    const base = await load(bare.url, seconds);
    console.log(line('bare, the same bytes', base));
    gzipRatio = ours.rps / base.rps;

    // (2) Public reads of another fair, without and during back-to-back proposals of the big fair.
    const reads = [`/api/public/fairs/${OTHER}`, `/f/${OTHER}`];
    const probing = { seconds, rate };
    await probe(app.url, reads, { seconds: Math.min(2, seconds), rate }); // warm up
    const quiet = await probe(app.url, reads, probing);
    console.log(probeLine(`reads of ${OTHER}, no proposals`, quiet));
    let proposing = true;
    const proposals = [];
    const loop = (async () => {
      while (proposing) {
        const t0 = performance.now();
        await api(app.url, 'POST', `/api/fairs/${fair.id}/assignment-proposal`, { session, body: { seed: 1 } });
        proposals.push(performance.now() - t0);
      }
    })();
    await new Promise((r) => setTimeout(r, 200)); // the first proposal is under way
    const busy = await probe(app.url, reads, probing);
    proposing = false;
    await loop;
    const mean = proposals.reduce((sum, t) => sum + t, 0) / proposals.length;
    console.log(probeLine(`reads of ${OTHER}, during proposals`, busy));
    console.log(`  ${proposals.length} proposals of ${SLUG} back to back, ${(mean / 1000).toFixed(2)} s each on average`);
    stall = busy.p99 / quiet.p99;
  } finally {
    await bare?.stop();
    await app.stop();
  }
  console.log(`big-fair gzip-ratio=${gzipRatio.toFixed(2)} stall=${stall.toFixed(2)}`);
}
