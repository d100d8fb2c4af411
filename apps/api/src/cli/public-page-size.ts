// Run after the build (npm run build): reports what a visitor's phone downloads for the public fair
// page. The page is rendered on the server with its CSS inline and no JavaScript at all (its CSP
// forbids scripts), so the public "bundle" is this HTML and nothing of the admin app.
import { gzipSync } from 'node:zlib';
import { fair2023 } from '../publishing/page/fair-fixture';
import { renderFairPage } from '../publishing/page/fair-page';

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
for (const lang of ['ja', 'en'] as const) {
  const page = Buffer.from(renderFairPage(fair2023(), lang, new Date('2023-02-19T05:00:00Z'), { baseUrl: 'https://example.jp' }));
  console.log(`public page (${lang}, the 2023 fair): ${kb(page.length)}, ${kb(gzipSync(page).length)} gzip; JavaScript: 0 B`);
}
