// Two API processes on one PostgreSQL under a fair day's mix: 95% public reads (the seeded fair's
// page, JSON feeds, iCal, CSV, QR code, the listings) and 5% organizer writes (a booth edited, a
// guest added and removed), from one autocannon run whose connections alternate between the two
// processes. The baseline, measured in the same run with the same connections, is the read part of
// the mix alone: ratio = mixed req/s ÷ reads-only req/s, i.e. what the writes cost everyone. The
// clients are a closed loop (each connection waits for its answer before it asks again), so a slow
// write also keeps its connection from reading: the ratio holds the writes' latency as well as
// their CPU and database cost.
// The processes come from e2e/support/cluster.mjs (embedded PostgreSQL, SMTP sink, N built apps),
// spawned and driven over stdin like e2e/processes.e2e.spec.ts does.
//
//   npm run bench -- mixed-load [--seconds 30] [--connections 20] [--baseline-seconds 10]
//
// --connections is per process. Every answer that is not 2xx, every socket error and every timeout
// counts as an error, in the warm-up, the baseline and the mixed run alike; a healthy run has none.
// The last line is always `mixed-load errors=E p99=Pms` (P: the mixed run's p99 over both processes,
// 2xx answers, whole ms); the exit code is 1 when E > 0.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { mulberry32 } from './support.mjs';

const root = resolve(import.meta.dirname, '..');
const SLUG = 'koryu-toshi-2023';
const ORGANIZER = { email: 'organizer@shinagawa.example', password: 'demo-seaside-fair' };
// One public name for both processes, as behind a load balancer: the pages' base URL (og:url, QR
// codes) and so their cache keys are the same on both.
const HOST = 'fair.bussanten.test';
const CYCLE = 60; // requests per connection before its sequence repeats: 57 reads, 3 writes

// ---------------------------------------------------------------------------------------------
// The cluster child process

async function startCluster(count) {
  // Own process group: a Ctrl-C in the terminal reaches only this process, which then shuts the
  // cluster down through its stdin (a cluster killed by the signal would leave PostgreSQL running).
  const child = spawn(process.execPath, [join(root, 'e2e/support/cluster.mjs'), String(count)], { stdio: ['pipe', 'pipe', 'inherit'], detached: true });
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  const waiting = [];
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => waiting.shift()?.resolve(JSON.parse(line)));
  exited.then(({ code, signal }) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`the cluster exited (code ${code}, signal ${signal})`));
  });
  const next = () => new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.stdin.end();
    const timer = setTimeout(() => {
      console.error('the cluster did not exit within 60 s of its stdin closing; killing it');
      child.kill('SIGKILL');
    }, 60_000);
    await exited;
    clearTimeout(timer);
  };
  let first;
  try {
    let timer;
    first = await Promise.race([
      next(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('the cluster was not ready within 180 s')), 180_000))),
    ]).finally(() => clearTimeout(timer));
  } catch (e) {
    await close();
    throw e;
  }
  return {
    apps: first.apps,
    /** One command, one answer line (cluster.mjs answers in order). */
    send(command) {
      const answer = next();
      child.stdin.write(`${JSON.stringify(command)}\n`);
      return answer;
    },
    close,
  };
}

// ---------------------------------------------------------------------------------------------
// Setting up: the organizer's session, the fair, its booths

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
  if (!expect.includes(res.status)) throw new Error(`${method} ${path} on ${base} answered ${res.status}: ${text.slice(0, 300)}`);
  return { status: res.status, headers: res.headers, json: () => JSON.parse(text) };
}

async function signIn(base) {
  const res = await api(base, 'POST', '/api/auth/sign-in', { body: ORGANIZER });
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrfToken: res.json().csrfToken };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The seeded fair is published by the seed; if not (an older seed), publish it and wait until both processes serve it. */
async function ensureReleased(apps, session, fairId) {
  const released = async (base) => (await api(base, 'GET', `/api/public/fairs/${SLUG}`, { expect: [200, 404] })).status === 200;
  if ((await Promise.all(apps.map(released))).every(Boolean)) return;
  console.log(`${SLUG} has no release: publishing one through the organizer API`);
  await api(apps[0], 'POST', `/api/fairs/${fairId}/releases`, { session, body: { note: 'bench/mixed-load' }, expect: [201] });
  for (let i = 0; i < 50 && !(await Promise.all(apps.map(released))).every(Boolean); i++) await sleep(100);
}

// ---------------------------------------------------------------------------------------------
// The mix

/** [route label, weight in a cycle, paths (taken in turn)]: what visitors open during a fair, page views first. */
function readRoutes(days) {
  return [
    ['GET /f/:slug', 20, [`/f/${SLUG}`]],
    ['GET /api/public/fairs/:slug', 14, [`/api/public/fairs/${SLUG}`]],
    ['GET /en/f/:slug', 6, [`/en/f/${SLUG}`]],
    ['GET …/days/:date', 6, days.map((d) => `/api/public/fairs/${SLUG}/days/${d}`)],
    ['GET …/calendar.ics', 4, [`/api/public/fairs/${SLUG}/calendar.ics`]],
    ['GET …/exhibitors.csv', 2, [`/api/public/fairs/${SLUG}/exhibitors.csv`]],
    ['GET /api/public/fairs', 2, ['/api/public/fairs']],
    ['GET /f', 2, ['/f']],
    ['GET /f/:slug/qr.svg', 1, [`/f/${SLUG}/qr.svg`]],
  ];
}

const BOOTH_FIELDS = ['code', 'x', 'y', 'width', 'depth', 'powerWatts', 'fridge', 'freezer', 'water', 'cookingAllowed', 'tags', 'prime'];
const NO_SUCH_GUEST = '00000000-0000-4000-8000-000000000000';

/**
 * The sequence every connection repeats: 57 reads in a fixed shuffled order and, spread evenly
 * among them, 3 writes. Writes never conflict: a booth edit changes only its power (never where it
 * stands, so no overlap check can refuse it), and each connection deletes the guest it added
 * (autocannon's per-connection context carries the id from the POST to the DELETE).
 * `seen(label, status)` is called for every answer.
 */
function sequence({ days, fairId, booths, session, withWrites, seen }) {
  const reads = [];
  for (const [label, weight, paths] of readRoutes(days)) {
    for (let i = 0; i < weight; i++) reads.push({ label, path: paths[i % paths.length] });
  }
  const rng = mulberry32(8);
  for (let i = reads.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [reads[i], reads[j]] = [reads[j], reads[i]];
  }
  const organizer = { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
  let edits = 0;
  let guests = 0;
  const writes = [
    {
      label: 'PUT /api/fairs/:id/booths/:boothId',
      method: 'PUT',
      headers: organizer,
      setupRequest: (req) => {
        const n = edits++;
        const booth = booths[n % booths.length];
        const body = Object.fromEntries(BOOTH_FIELDS.map((f) => [f, booth[f]]));
        body.powerWatts = booth.powerWatts + 100 * (Math.floor(n / booths.length) % 2); // up 100 W, then back
        return { ...req, path: `/api/fairs/${fairId}/booths/${booth.id}`, body: JSON.stringify(body) };
      },
    },
    {
      label: 'POST /api/guests',
      method: 'POST',
      headers: organizer,
      setupRequest: (req) => {
        const n = ++guests;
        const body = {
          name: `負荷試験ゲスト ${n}`,
          nameEn: `Load test guest ${n}`,
          kind: 'other',
          ownerMunicipalityId: null,
          profile: 'bench/mixed-load',
          profileEn: null,
          contact: null,
        };
        return { ...req, path: '/api/guests', body: JSON.stringify(body) };
      },
      onResponse: (status, body, context) => {
        context.guestId = status === 201 ? JSON.parse(body).id : undefined;
      },
    },
    {
      label: 'DELETE /api/guests/:id',
      method: 'DELETE',
      headers: organizer,
      // Without an id (the POST failed) it still asks, for a guest that is not there: a 404, an error.
      setupRequest: (req, context) => ({ ...req, path: `/api/guests/${context.guestId ?? NO_SUCH_GUEST}` }),
    },
  ];
  const steps = reads.map((r) => ({ ...r, method: 'GET' }));
  if (withWrites) writes.forEach((w, i) => steps.splice(Math.round(((i + 1) * CYCLE) / writes.length) - 1, 0, w));
  // Each answer names its route through onResponse, which autocannon calls just before it emits the
  // answer's 'response' event (same tick, same connection; one request in flight per connection).
  return steps.map(({ label, onResponse, ...request }) => ({
    ...request,
    onResponse: (status, body, context) => {
      onResponse?.(status, body, context);
      seen(label, status);
    },
  }));
}

// ---------------------------------------------------------------------------------------------
// Measuring

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

let running = null; // the autocannon run in progress, for Ctrl-C
let interrupted = false;

/** One autocannon run over both processes (connections alternate between the URLs). */
async function load(apps, { seconds, connections, setup, withWrites }) {
  const routes = new Map(); // label → { times: [], statuses: Map, perApp: [] }
  let answered = null;
  const seen = (label, status) => {
    answered = { label, status };
  };
  const requests = sequence({ ...setup, withWrites, seen });
  const ports = apps.map((a) => String(new URL(a).port));
  const instance = autocannon({
    url: apps,
    connections: connections * apps.length,
    duration: seconds,
    pipelining: 1,
    headers: { host: HOST },
    requests,
  });
  running = instance;
  instance.on('response', (client, statusCode, _bytes, responseTime) => {
    const { label } = answered ?? { label: '?' };
    answered = null;
    let r = routes.get(label);
    if (!r) routes.set(label, (r = { times: [], statuses: new Map(), perApp: apps.map(() => 0) }));
    r.times.push(responseTime);
    r.statuses.set(statusCode, (r.statuses.get(statusCode) ?? 0) + 1);
    r.perApp[ports.indexOf(String(client.opts.port))] += 1;
  });
  const result = await instance;
  running = null;
  return { result, routes };
}

const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '-').padStart(7);

function report(name, { result, routes }, apps) {
  const seconds = result.duration;
  const errors = result.errors + result.non2xx; // errors include timeouts
  console.log(
    `${name}: ${result.requests.average.toFixed(0)} req/s (${result.requests.total} in ${seconds.toFixed(1)} s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${errors} (${result.non2xx} non-2xx, ${result.errors - result.timeouts} socket errors, ${result.timeouts} timeouts)`,
  );
  console.log(
    `  ${'route'.padEnd(38)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  ${'non-2xx'.padStart(7)}  ${apps.map((_, i) => `proc ${i}`.padStart(7)).join(' ')}`,
  );
  const classes = { read: { n: 0, bad: 0, times: [] }, write: { n: 0, bad: 0, times: [] } };
  const isRead = (label) => label.startsWith('GET');
  // Reads first, then writes; the busiest routes first.
  const rows = [...routes.entries()].sort(([a, ra], [b, rb]) => (isRead(a) === isRead(b) ? rb.times.length - ra.times.length : isRead(a) ? -1 : 1));
  for (const [label, r] of rows) {
    const sorted = Float64Array.from(r.times).sort();
    const bad = [...r.statuses].filter(([s]) => s < 200 || s > 299);
    const badCount = bad.reduce((s, [, n]) => s + n, 0);
    const c = classes[isRead(label) ? 'read' : 'write'];
    c.n += r.times.length;
    c.bad += badCount;
    for (const t of r.times) c.times.push(t);
    const badText = badCount ? `${badCount} (${bad.map(([s, n]) => `${s}×${n}`).join(', ')})` : '0';
    console.log(
      `  ${label.padEnd(38)} ${(r.times.length / seconds).toFixed(0).padStart(7)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 99))}  ${badText.padStart(7)}  ${r.perApp.map((n) => String(n).padStart(7)).join(' ')}`,
    );
  }
  for (const [c, v] of Object.entries(classes)) {
    if (!v.n) continue;
    const sorted = Float64Array.from(v.times).sort();
    console.log(
      `  ${`all ${c}s (${((100 * v.n) / (classes.read.n + classes.write.n)).toFixed(1)}%)`.padEnd(38)} ${(v.n / seconds).toFixed(0).padStart(7)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 99))}  ${String(v.bad).padStart(7)}`,
    );
  }
  return { errors, rps: result.requests.average, readRps: classes.read.n / seconds, p99: result.latency.p99 };
}

// ---------------------------------------------------------------------------------------------

export default async function mixedLoad(args = []) {
  const { values } = parseArgs({
    args,
    options: { seconds: { type: 'string', default: '30' }, connections: { type: 'string', default: '20' }, 'baseline-seconds': { type: 'string' } },
    strict: true,
  });
  const whole = (name, v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1`);
    return n;
  };
  const seconds = whole('seconds', values.seconds);
  const connections = whole('connections', values.connections);
  const baselineSeconds = whole('baseline-seconds', values['baseline-seconds'] ?? String(Math.min(10, seconds)));
  if (!existsSync(join(root, 'dist/apps/api/main.js'))) throw new Error('run "npm run build" first');

  // Ctrl-C: stop the load, shut the cluster down, exit 130; a second Ctrl-C exits at once (the
  // cluster then sees its stdin close and shuts itself down).
  const onSigint = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    running?.stop();
  };
  process.on('SIGINT', onSigint);
  console.log(`2 API processes, one PostgreSQL; ${connections} connections per process; mixed ${seconds} s, reads-only baseline ${baselineSeconds} s`);
  const cluster = await startCluster(2);
  let errors = 0;
  let mixed;
  try {
    const { apps } = cluster;
    const session = await signIn(apps[0]); // one organizer session, valid on both processes
    const fair = (await api(apps[1], 'GET', '/api/fairs', { session })).json().find((f) => f.slug === SLUG);
    if (!fair) throw new Error(`no fair ${SLUG}: was the demo seeded?`);
    await ensureReleased(apps, session, fair.id);
    const days = (await api(apps[0], 'GET', `/api/public/fairs/${SLUG}`)).json().days.map((d) => d.date);
    const booths = (await api(apps[1], 'GET', `/api/fairs/${fair.id}/booths`, { session })).json().booths;
    if (!booths.length) throw new Error(`${SLUG} has no booths to edit`);
    const setup = { days, fairId: fair.id, booths, session };
    if (interrupted) return;
    // Every request of the mix, once on each process, before any load: a wrong path fails here, plainly.
    for (const base of apps) {
      const context = {};
      for (const r of sequence({ ...setup, withWrites: true, seen: () => undefined })) {
        const req = r.setupRequest ? r.setupRequest({ ...r }, context) : r;
        const res = await api(base, req.method, req.path, {
          session: r.method === 'GET' ? undefined : session,
          body: req.body && JSON.parse(req.body),
          expect: [200, 201, 204],
        });
        r.onResponse(res.status, res.status === 201 ? JSON.stringify(res.json()) : '', context);
      }
    }

    const warm = await load(apps, { seconds: Math.min(3, seconds), connections, setup, withWrites: true }); // JIT, caches, pools
    errors += warm.result.errors + warm.result.non2xx;
    if (warm.result.errors + warm.result.non2xx) console.log(`warm-up: ${warm.result.errors} socket errors or timeouts, ${warm.result.non2xx} non-2xx answers`);
    if (interrupted) return;
    const baseline = report('reads only (baseline)', await load(apps, { seconds: baselineSeconds, connections, setup, withWrites: false }), apps);
    errors += baseline.errors;
    if (interrupted) return;
    mixed = report('mixed, 95% reads + 5% writes', await load(apps, { seconds, connections, setup, withWrites: true }), apps);
    errors += mixed.errors;
    if (interrupted) return;
    console.log(
      `ratio mixed / reads-only: all requests ${(mixed.rps / baseline.rps).toFixed(2)}, reads ${(mixed.readRps / baseline.readRps).toFixed(2)}; p99 ${mixed.p99} ms against ${baseline.p99} ms`,
    );
  } finally {
    await cluster.close();
    process.off('SIGINT', onSigint);
  }
  if (interrupted) {
    console.error('mixed-load: interrupted');
    process.exitCode = 130;
    return;
  }
  if (errors > 0) process.exitCode = 1;
  console.log(`mixed-load errors=${errors} p99=${mixed.p99}ms`);
}
