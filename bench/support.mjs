// Shared by the benchmarks: start the built app on a throw-away embedded database, and measure
// request throughput with a fixed number of concurrent clients for a fixed number of requests.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../tools/with-postgres.mjs';

const root = resolve(import.meta.dirname, '..');

export async function startApp() {
  const main = join(root, 'dist/apps/api/main.js');
  if (!existsSync(main)) throw new Error('run "npm run build" first');
  const dataDir = await mkdtemp(join(tmpdir(), 'bussanten-bench-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: 'true' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/api/ready`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in (the demo accounts) and returns the headers that carry the session. */
export async function signIn(url, email, password) {
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} answered ${res.status}`);
  return { Cookie: res.headers.getSetCookie()[0].split(';')[0] };
}

/** Requests per second for `total` GETs of `path` with `concurrency` clients (bounded in count). */
export async function throughput(url, path, { total = 2000, concurrency = 16, headers = {} } = {}) {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next += 1;
      const res = await fetch(url + path, { headers });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return total / ((performance.now() - started) / 1000);
}

/**
 * A small seeded PRNG (mulberry32), the same as libs/domain's solver uses (benches are .mjs and
 * cannot import the TypeScript), so generated inputs repeat exactly for a seed.
 */
export function mulberry32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Hop-by-hop or per-response headers: node:http writes its own.
const OWN_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** One GET with these headers, as a bare server would answer it again: status, headers (as sent, less the per-response ones), exact bytes. */
export function capture(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers: { Connection: 'close', ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const kept = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          if (!OWN_HEADERS.has(res.rawHeaders[i].toLowerCase())) kept.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        }
        resolve({ status: res.statusCode, headers: kept, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}
