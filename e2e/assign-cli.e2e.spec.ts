import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The built CLI behind `npm run assign` (npm test builds first), run as a user would.
const root = resolve(__dirname, '..');
const cli = join(root, 'dist/apps/api/assign.js');

describe('npm run assign (the built CLI)', () => {
  it('solves the documented example to its optimum: the lock kept, the left-out one explained', () => {
    const out = JSON.parse(execFileSync(process.execPath, [cli, join(root, 'docs/assign-example.json')], { encoding: 'utf8' }));
    const booth = Object.fromEntries(out.assignments.map((a: { application: string; booth: string }) => [a.application, a.booth]));
    expect(booth['A003']).toBe('B002'); // locked
    expect(booth).toMatchObject({ A001: 'B002', A004: 'B004', A005: 'B001' });
    // Only B001 has a freezer. Seafood A002 there would stand next to seafood A001 on two days
    // (2 × 20), more than meat A005 costs there (prime 3 × history 1 × 2): the optimum, worked out
    // by hand, is 1000 (A002 left out) + 8 + 4 + 6 = 1018.
    expect(out.unassigned).toEqual([{ application: 'A002', reason: expect.stringContaining('A005') }]);
    expect(out.objective.total).toBe(1018);
    expect(out.objective.total).toBe(out.objective.unassigned + out.objective.prime_repeat + out.objective.preference_miss + out.objective.same_category_adjacent - out.objective.group_adjacent_bonus);
  });

  it('refuses a malformed problem with readable problems on stderr and exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assign-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ days: ['2025-12-05'], booths: [], adjacent: [['B1', 'B2']], applications: [], weights: {} }));
    const run = spawnSync(process.execPath, [cli, file], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('B1');
    expect(run.stdout).toBe('');
  });
});
