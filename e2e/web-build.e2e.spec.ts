import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// The production build of the UI (`npm run build`, which npm test runs first) as it is served at /:
// no source maps, neither as .map files nor as references to them.
const web = resolve(__dirname, '..', 'dist/apps/web');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('the production build of the web UI', () => {
  const files = filesUnder(web).map((f) => relative(web, f));

  it('is there, with its scripts', () => {
    expect(files).toContain('index.html');
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0);
  });

  it('holds no source map and points at none', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const referring = files.filter((f) => /\.(js|mjs|css)$/.test(f) && /[#@] sourceMappingURL=/.test(readFileSync(join(web, f), 'utf8')));
    expect(referring).toEqual([]);
  });
});
