// Lighthouse 12.2.3 (mobile, its default form factor and throttling) on the public pages of the built
// app: /f/:slug, /en/f/:slug and the index /f. The baseline is a bare node:http server answering the
// very bytes and headers the app sent for each page and for the same-origin files it loads (the
// page's script), audited the same way in the same run: ratio = ours / bare score per category, so
// a slow or busy machine shows as a low baseline rather than as a fault of the pages.
//
//   npm run bench -- lighthouse [--runs 1] [--chromium /usr/bin/chromium]
//
// Not part of CI. The last line is always `lighthouse min=S` (the lowest of the 12 scores, 0–100).
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createServer } from 'node:http';
import { capture, startApp } from './support.mjs';

const SLUG = 'koryu-toshi-2023';
const PAGES = [`/f/${SLUG}`, `/en/f/${SLUG}`, '/f'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function option(args, name, fallback) {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const value = args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
  if (value === undefined || value === '') throw new Error(`--${name} needs a value`);
  return value;
}

/** The page and every same-origin file it names by src= (scripts, images), as the app answered them. */
async function captureAll(base) {
  const answers = new Map();
  for (const path of PAGES) {
    const page = await capture(base + path);
    if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status} (is the seeded fair released? run "npm run build" first)`);
    answers.set(path, page);
    for (const [, src] of page.body.toString('utf8').matchAll(/\ssrc="(\/[^"]*)"/g)) {
      if (!answers.has(src)) answers.set(src, await capture(base + src));
    }
    // /robots.txt counts for SEO.
    if (!answers.has('/robots.txt')) answers.set('/robots.txt', await capture(`${base}/robots.txt`));
  }
  return answers;
}

function startBare(answers) {
  const server = createServer((req, res) => {
    const a = answers.get(req.url);
    if (!a) return void res.writeHead(404).end();
    res.writeHead(a.status, a.headers.flat());
    res.end(a.body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((r) => server.close(r)) })),
  );
}

/** The weighted audits that did not pass, as 'category: audit id', so a score below 100 says why. */
function failing(lhr) {
  return CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => `${c}: ${r.id}`),
  );
}

/** Lighthouse's four category scores (0–100) for one URL, the median of `runs` runs each, and what failed. */
async function audit(url, port, runs) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
  const failed = new Set();
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    for (const c of CATEGORIES) scores[c].push(Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    if (result) for (const f of failing(result.lhr)) failed.add(f);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])), failed: [...failed] };
}

const row = (label, s) => `  ${label.padEnd(5)} ${CATEGORIES.map((c) => `${c} ${String(s[c]).padStart(3)}`).join('   ')}`;

export default async function lighthouseBench(args) {
  const runs = Number(option(args, 'runs', '1'));
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1');
  const chromePath = option(args, 'chromium', '/usr/bin/chromium');
  const app = await startApp();
  let bare = null;
  let chrome = null;
  const lowest = [];
  try {
    bare = await startBare(await captureAll(app.url));
    chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    for (const path of PAGES) {
      console.log(`GET ${path}`);
      const ours = await audit(app.url + path, chrome.port, runs);
      const base = await audit(bare.url + path, chrome.port, runs);
      console.log(row('ours', ours));
      if (ours.failed.length) console.log(`        not passed: ${ours.failed.join(', ')}`);
      console.log(row('bare', base));
      console.log(`  ratio ${CATEGORIES.map((c) => `${c} ${(ours[c] / Math.max(base[c], 1)).toFixed(2)}`).join('   ')}`);
      lowest.push(...CATEGORIES.map((c) => ours[c]));
    }
  } finally {
    chrome?.kill();
    await bare?.stop();
    await app.stop();
  }
  console.log(`lighthouse min=${Math.min(...lowest)}`);
}
