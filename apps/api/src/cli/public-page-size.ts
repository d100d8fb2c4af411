// Run after the build (npm run build): reports what a visitor's phone downloads for the public fair
// page. The page is rendered on the server with its CSS inline; its only JavaScript is the app's own
// small deferred script (search, filters, map zoom; publishing/page/script/find.ts), which the page
// does not need to be complete. Nothing of the admin app is ever loaded by it.
import { gzipSync } from 'node:zlib';
import { fair2023 } from '../publishing/page/fair-fixture';
import { renderFairPage } from '../publishing/page/fair-page';
import { FindScript } from '../publishing/page/find-script';

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const script = FindScript.fromDisk();
const js = script.body ? `${kb(script.body.bytes.length)}, ${kb(gzipSync(script.body.bytes).length)} gzip, deferred` : 'none built';
for (const lang of ['ja', 'en'] as const) {
  const page = Buffer.from(renderFairPage(fair2023(), lang, new Date('2023-02-19T05:00:00Z'), { baseUrl: 'https://example.jp', scriptSrc: script.path }));
  console.log(`public page (${lang}, the 2023 fair): ${kb(page.length)}, ${kb(gzipSync(page).length)} gzip; JavaScript: ${js}`);
}
