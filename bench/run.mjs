// npm run bench            → every benchmark in this folder
// npm run bench -- NAME    → only bench/NAME.bench.mjs
// npm run bench -- NAME --option value …  → the arguments after NAME reach that benchmark's function
// Each benchmark measures its subject against a baseline in the same run and prints ratios, so the
// numbers mean the same on a slow or a busy machine. Nothing here asserts a time.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv[2];
const all = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .map((f) => f.replace(/\.bench\.mjs$/, ''));
const names = wanted ? all.filter((n) => n === wanted) : all;
if (names.length === 0) {
  console.error(`No benchmark named "${wanted}". Available: ${all.join(', ')}`);
  process.exit(2);
}
for (const name of names) {
  console.log(`\n## ${name}`);
  const { default: bench } = await import(join(here, `${name}.bench.mjs`));
  await bench(process.argv.slice(3));
}
