// How much slower a registry search is than the cheapest database round trip (/api/ready), on the
// full official list of local governments (1,788 municipalities, as `npm start` loads it). The last
// line is the goal: the unfiltered first page at a ratio of at least 0.5.
import { signIn, startApp, throughput } from './support.mjs';

export default async function registrySearch() {
  const app = await startApp();
  try {
    // The registry is the organizers': the demo organizer of 品川区 asks.
    const headers = await signIn(app.url, 'organizer@shinagawa.example', 'demo-seaside-fair');
    await throughput(app.url, '/api/ready', { total: 300 }); // warm up
    await throughput(app.url, '/api/municipalities', { total: 300, headers });
    const baseline = await throughput(app.url, '/api/ready');
    const cases = {
      'list, first page': '/api/municipalities',
      'list, page 50': '/api/municipalities?page=50',
      'partners only': '/api/municipalities?partners=true',
      'search みやこ': `/api/municipalities?q=${encodeURIComponent('みやこ')}`,
      'search ﾐﾔｺ + sort by year': `/api/municipalities?q=${encodeURIComponent('ﾐﾔｺ')}&sort=-year`,
      'filter disaster_aid': '/api/municipalities?agreementKind=disaster_aid&pageSize=50',
    };
    const total = await (
      await fetch(`${app.url}/api/municipalities?pageSize=1`, { headers })
    )
      .json()
      .then((p) => p.total)
      .catch(() => null);
    console.log(`baseline GET /api/ready: ${baseline.toFixed(0)} req/s${total ? `  (registry: ${total} municipalities)` : ''}`);
    const ratios = {};
    for (const [name, path] of Object.entries(cases)) {
      const rps = await throughput(app.url, path, { headers });
      ratios[name] = rps / baseline;
      console.log(`${name.padEnd(28)} ${rps.toFixed(0).padStart(6)} req/s  ratio to baseline ${(rps / baseline).toFixed(2)}`);
    }
    console.log(`registry-search first-page ratio=${ratios['list, first page'].toFixed(2)} (goal >= 0.5)`);
  } finally {
    await app.stop();
  }
}
