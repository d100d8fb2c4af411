// How close the public schedule comes to the cheapest possible server. autocannon loads the JSON
// feed and the HTML page of the seeded fair, and the index of fairs (/f), on the built app, then the
// same paths on a bare node:http server (in a worker thread of this process, so it has an event loop
// of its own, like the app) that answers the very bytes and headers the app sent. ratio = ours / bare
// requests per second.
//
//   npm run bench -- public-schedule [--seconds 10] [--connections 10] [--json PATH] [--html PATH] [--index PATH]
//
// The last line is always `public-schedule ratio=R` (the JSON feed's ratio, two decimals).
import autocannon from 'autocannon';
import { Worker } from 'node:worker_threads';
import { capture, startApp } from './support.mjs';

const SLUG = 'koryu-toshi-2023';

function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const value = args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
  if (value === undefined || value === '') throw new Error(`--${name} needs a value`);
  return value;
}

function positive(name, fallback) {
  const n = Number(option(name, String(fallback)));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1`);
  return n;
}

// The bare server: a map lookup and one write per request, nothing else.
const BARE_SERVER = `
const { createServer } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const answers = new Map(workerData.map(([path, a]) => [path, { ...a, body: Buffer.from(a.body) }]));
const server = createServer((req, res) => {
  const a = answers.get(req.url);
  if (!a) { res.writeHead(404).end(); return; }
  res.writeHead(a.status, a.headers.flat());
  res.end(a.body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', () => server.close(() => process.exit(0)));
`;

async function startBare(answers) {
  const worker = new Worker(BARE_SERVER, { eval: true, workerData: [...answers] });
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

/** autocannon for `seconds` with `connections` keep-alive clients; requests/s (mean) and p99 latency in ms. */
async function measure(url, { seconds, connections }) {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  const bad = result.errors + result.timeouts + result.non2xx;
  if (bad > 0) throw new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const line = (label, m) => `  ${label.padEnd(5)} ${m.rps.toFixed(0).padStart(7)} req/s   p99 ${String(m.p99).padStart(4)} ms`;

export default async function publicSchedule() {
  const seconds = positive('seconds', 10);
  const connections = positive('connections', 10);
  const routes = {
    json: option('json', `/api/public/fairs/${SLUG}`),
    html: option('html', `/f/${SLUG}`),
    index: option('index', '/f'),
  };
  const settings = { seconds, connections };
  console.log(`${connections} connections, ${seconds} s per measurement`);
  const results = {};
  const skipped = {};
  const app = await startApp();
  let bare = null;
  try {
    const answers = new Map();
    for (const [name, path] of Object.entries(routes)) {
      const answer = await capture(app.url + path);
      if (answer.status === 200) answers.set(path, answer);
      else if (name === 'json') throw new Error(`GET ${path} answered ${answer.status} (is the seeded fair released?)`);
      else skipped[name] = `GET ${path} answered ${answer.status}`;
    }
    bare = await startBare(answers);
    for (const [name, path] of Object.entries(routes)) {
      if (skipped[name]) {
        console.log(`${skipped[name]}: not measured`);
        continue;
      }
      const { body, headers } = answers.get(path);
      const type = headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '?';
      console.log(`GET ${path}  (${body.length} bytes, ${type})`);
      await measure(app.url + path, { seconds: Math.min(2, seconds), connections }); // warm up (JIT, caches, pool)
      const ours = await measure(app.url + path, settings);
      console.log(line('ours', ours));
      await measure(bare.url + path, { seconds: Math.min(2, seconds), connections });
      const base = await measure(bare.url + path, settings);
      console.log(line('bare', base));
      results[name] = ours.rps / base.rps;
    }
  } finally {
    await bare?.stop();
    await app.stop();
  }
  const ratio = (name) => (skipped[name] ? `n/a (${skipped[name]})` : results[name].toFixed(2));
  console.log(`public-schedule html ratio=${ratio('html')}`);
  console.log(`public-schedule index ratio=${ratio('index')}`);
  console.log(`public-schedule ratio=${results.json.toFixed(2)}`);
}
