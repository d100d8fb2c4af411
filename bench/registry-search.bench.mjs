// How much slower a registry search is than the cheapest database round trip (/api/ready).
import { startApp, throughput } from './support.mjs';

export default async function registrySearch() {
  const app = await startApp();
  try {
    await throughput(app.url, '/api/ready', { total: 300 }); // warm up
    const baseline = await throughput(app.url, '/api/ready');
    const cases = {
      'list, first page': '/api/municipalities',
      'search みやこ': `/api/municipalities?q=${encodeURIComponent('みやこ')}`,
      'search ﾐﾔｺ + sort by year': `/api/municipalities?q=${encodeURIComponent('ﾐﾔｺ')}&sort=-year`,
      'filter disaster_aid': '/api/municipalities?agreementKind=disaster_aid&pageSize=50',
    };
    console.log(`baseline GET /api/ready: ${baseline.toFixed(0)} req/s`);
    for (const [name, path] of Object.entries(cases)) {
      const rps = await throughput(app.url, path);
      console.log(`${name.padEnd(28)} ${rps.toFixed(0).padStart(6)} req/s  ratio to baseline ${(rps / baseline).toFixed(2)}`);
    }
  } finally {
    await app.stop();
  }
}
