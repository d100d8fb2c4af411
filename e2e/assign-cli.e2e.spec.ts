import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The built CLI behind `npm run assign` (npm test builds first), run as a user would.
const root = resolve(__dirname, '..');
const cli = join(root, 'dist/apps/api/assign.js');
const example = join(root, 'docs/assign-example.json');

describe('npm run assign (the built CLI)', () => {
  // One folder for the files the tests write, removed afterwards.
  const dir = mkdtempSync(join(tmpdir(), 'assign-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
    expect(out.objective.total).toBe(
      out.objective.unassigned +
        out.objective.prime_repeat +
        out.objective.preference_miss +
        out.objective.same_category_adjacent -
        out.objective.group_adjacent_bonus +
        out.objective.move,
    );
  });

  it('refuses a malformed problem with readable problems on stderr and exit code 2', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ days: ['2025-12-05'], booths: [], adjacent: [['B1', 'B2']], applications: [], weights: {} }));
    const run = spawnSync(process.execPath, [cli, file], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('B1');
    expect(run.stdout).toBe('');
  });

  it('--timing also writes the time of solve() alone to stderr, and nothing else', () => {
    const run = spawnSync(process.execPath, [cli, example, '--timing'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^solve_ms=\d+(\.\d+)?\n$/);
    expect(JSON.parse(run.stdout).objective.total).toBe(1018);
  });

  it('--generate prints the seeded fair of N booths the bench uses, which the CLI then accepts', () => {
    const generate = (...extra: string[]) => execFileSync(process.execPath, [cli, '--generate', '20', ...extra], { encoding: 'utf8' });
    const fair = JSON.parse(generate());
    expect(fair.booths).toHaveLength(20);
    expect(fair.applications).toHaveLength(18);
    expect(generate('--variant', '0')).toBe(generate());
    expect(generate('--variant', '1')).not.toBe(generate());
    const file = join(dir, 'generated.json');
    writeFileSync(file, JSON.stringify(fair));
    // 5017 at seed 1: the bench's 20-booth result, also pinned in libs/domain (pinned-results.spec.ts).
    expect(JSON.parse(execFileSync(process.execPath, [cli, file], { encoding: 'utf8' })).objective.total).toBe(5017);
  });

  it('--generate --holdings prints the same fair with booths handed out; --evaluate counts and weighs who leaves them', () => {
    const run = (args: string[]) => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    const fair = JSON.parse(run(['--generate', '20']));
    const held = JSON.parse(run(['--generate', '20', '--holdings']));
    expect(held.booths).toEqual(fair.booths);
    expect(held.weights.move).toBe(50);
    const holdings = held.applications.flatMap((a: { id: string; current_booth: string | null }) =>
      a.current_booth ? [{ application: a.id, booth: a.current_booth }] : [],
    );
    expect(holdings.length).toBeGreaterThan(0);
    const instance = join(dir, 'held.json');
    const solution = join(dir, 'held-solution.json');
    writeFileSync(instance, JSON.stringify(held));
    const evaluate = (assignments: { application: string; booth: string }[]) => {
      writeFileSync(solution, JSON.stringify({ assignments }));
      return JSON.parse(run([instance, '--evaluate', solution]));
    };
    expect(evaluate(holdings)).toMatchObject({ problems: [], moved: 0, objective: { move: 0 } });
    // One holder left out: one move, weighed 50 (besides the 1000 of leaving it out).
    expect(evaluate(holdings.slice(1))).toMatchObject({ problems: [], moved: 1, objective: { move: 50 } });
    // The solver starts from the holdings and moves only where it gains: never worse than them.
    const solved = JSON.parse(run([instance]));
    expect(solved.objective.total).toBeLessThanOrEqual(evaluate(holdings).objective.total);
  });

  describe('--evaluate checks a given solution instead of solving', () => {
    const evaluate = (assignments: { application: string; booth: string }[]) => {
      const file = join(dir, 'solution.json');
      writeFileSync(file, JSON.stringify({ assignments }));
      const run = spawnSync(process.execPath, [cli, example, '--evaluate', file], { encoding: 'utf8' });
      return { status: run.status, out: JSON.parse(run.stdout) };
    };

    it('scores a valid solution (the optimum) with no problems and exit code 0', () => {
      const run = evaluate([
        { application: 'A001', booth: 'B002' },
        { application: 'A003', booth: 'B002' },
        { application: 'A004', booth: 'B004' },
        { application: 'A005', booth: 'B001' },
      ]);
      expect(run.status).toBe(0);
      expect(run.out).toEqual({
        problems: [],
        objective: { total: 1018, unassigned: 1000, prime_repeat: 18, preference_miss: 0, same_category_adjacent: 0, group_adjacent_bonus: 0, move: 0 },
        moved: 0,
      });
    });

    it('lists every broken hard rule of an invalid solution, still scores it, and exits with 2', () => {
      const run = evaluate([
        { application: 'A001', booth: 'B001' },
        { application: 'A005', booth: 'B001' }, // both on B001 on 2025-12-06
        { application: 'A002', booth: 'B003' }, // no freezer there
        { application: 'A003', booth: 'B004' }, // locked to B002; B004 has no fridge
        { application: 'A004', booth: 'B002' }, // it needs 8 m² and water: 6 m², none
      ]);
      expect(run.status).toBe(2);
      expect(run.out.problems).toEqual([
        'B001 holds both A001 and A005 on 2025-12-06',
        'A002 needs freezer, which B003 lacks',
        'A003 needs fridge, which B004 lacks',
        'A003 is locked to B002 but got B004',
        'A004 needs 8 m² but B002 has 6 m²',
        'A004 needs water, which B002 lacks',
      ]);
      // Worked out by hand: prime 2 × (3×2 + 3×1); A001 and A004 miss their preferences; tokaido
      // A002 (B003) and A003 (B004) stand side by side on 2025-12-07.
      expect(run.out.objective).toEqual({
        total: 24,
        unassigned: 0,
        prime_repeat: 18,
        preference_miss: 10,
        same_category_adjacent: 0,
        group_adjacent_bonus: 4,
        move: 0,
      });
    });

    it('refuses a file that is not a solution with exit code 2', () => {
      const run = spawnSync(process.execPath, [cli, example, '--evaluate', example], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('is not a solution');
      expect(run.stdout).toBe('');
    });
  });
});
