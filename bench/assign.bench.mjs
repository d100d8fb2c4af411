// How good and how fast our booth-assignment solver is, against an exact model of the same problem
// solved by CBC (Debian's coinor-cbc). For each size, a seeded generator (libs/domain, through
// `assign --generate`) writes a fair of that many booths; our built CLI solves it (seed 1); the bench writes the problem as an integer linear
// program (CPLEX LP text) and gives CBC a time limit. Then CBC's answer goes back through our own
// evaluator (`assign --evaluate`): it must keep every hard rule and score exactly what CBC says —
// the check that the model and the documented objective agree. Nothing here asserts a time.
//
//   npm run bench -- assign [--cbc-seconds 240] [--sizes 20,50,100,200] [--cbc-threads 1]
//                           [--variant K] [--keep DIR] [--holdings both|none|only]
//
// --variant K generates other fairs of the same sizes (0, the default, gives the usual ones), so a
// change to the solver can be checked on more than one instance per size. --keep DIR keeps the
// instance files, our solutions, CBC's model, log and solution (as instance-N.json, ours-N.json,
// model-N.lp, cbc-N.log, cbc-solution-N.json) in DIR, so the solver can be tried again on them
// without waiting for CBC. --holdings: each size is solved as a fresh fair and (the "held" rows,
// files named N-held) as the same fair with booths already handed out greedily (`assign --generate
// N --holdings`), where the objective's move term counts: both (the default), none or only.
//
// gap = ours − CBC's best (≤ 0: we matched or beat CBC). The last line is always
// `assign worst-gap-vs-cbc=G time-200=Ts` (G the largest gap over the sizes, held rows included, T
// our solve time at 200 booths, fresh, in seconds).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const cliPath = join(root, 'dist/apps/api/assign.js');

// ---------------------------------------------------------------------------------------------
// The exact model (CPLEX LP format)
//
// x{a}_{b}  binary: application a on booth b (only pairs allowed by area, facilities and lock)
// u{a}      binary: a left out;  Σ_b x{a}_{b} + u{a} = 1
// capacity: Σ x of the applications on booth b on day d ≤ 1
// cost of x{a}_{b} = prime_repeat × prime(b) × prime_history(a) (+ preference_miss when a has
//   preferences and b is none of them: the miss indicator is x itself, as a holds one booth at most)
// y{p}_{d}  ≥ Σ x (category c, day d, in b1) + Σ x (category c, day d, in b2) − 1, for every
//   category c present on both sides; cost same_category_adjacent (y ≥ 0; at most one c can fire,
//   since a booth holds one application a day)
// g{p}_{d}_{k} ≤ Σ x (group k, day d, in b1), ≤ Σ x (group k, day d, in b2), 0 ≤ g ≤ 1;
//   cost −group_adjacent_bonus
// m{a}      binary, for each application with a current booth c: m{a} + x{a}_{c} ≥ 1 (m{a} = 1
//   when a may not stand on c at all); cost move (the weight; 50 when the file gives none, as
//   DEFAULT_MOVE_WEIGHT in types.ts): a move costs unless a stays where it is
// Locks as solve() treats them: in input order, a lock that fits and clashes with no earlier lock
// is fixed (x = 1, so never left out); any other locked application can only be left out.

function buildLp(inst) {
  const { booths, applications: apps, weights: W } = inst;
  const moveWeight = W.move ?? 50;
  const boothIndex = new Map(booths.map((b, i) => [b.id, i]));
  const fits = (a, b) => booths[b].area_m2 >= apps[a].min_area_m2 && apps[a].needs.every((f) => booths[b].facilities.includes(f));
  const lockTaken = new Set();
  const fixed = new Set();
  const allowed = apps.map((app, a) => {
    if (app.locked_booth === null) return booths.map((_, b) => b).filter((b) => fits(a, b));
    const b = boothIndex.get(app.locked_booth);
    if (b === undefined || !fits(a, b) || app.days.some((d) => lockTaken.has(`${b} ${d}`))) return [];
    for (const d of app.days) lockTaken.add(`${b} ${d}`);
    fixed.add(a);
    return [b];
  });
  const xName = (a, b) => `x${a}_${b}`;
  const names = new Map(); // variable name → [application id, booth id]
  const objective = [];
  const rows = [];
  const binaries = [];
  const bounds = [];
  const term = (coef, v) => `${coef < 0 ? '-' : '+'} ${Math.abs(coef)} ${v}`;
  const sum = (vars) => vars.map((v) => `+ ${v}`);
  const row = (name, terms, rhs) => rows.push(` ${name}: ${wrap(terms)} ${rhs}`);

  // on[b][d] = [{ a, v }]: who may stand on booth b on day d
  const on = booths.map(() => new Map(inst.days.map((d) => [d, []])));
  apps.forEach((app, a) => {
    const prefs = new Set(app.preferred_booths);
    for (const b of allowed[a]) {
      const v = xName(a, b);
      names.set(v, [app.id, booths[b].id]);
      binaries.push(v);
      const cost = W.prime_repeat * booths[b].prime * app.prime_history + (prefs.size > 0 && !prefs.has(booths[b].id) ? W.preference_miss : 0);
      if (cost !== 0) objective.push(term(cost, v));
      for (const d of new Set(app.days)) on[b].get(d).push({ a, v });
    }
    binaries.push(`u${a}`);
    if (W.unassigned !== 0) objective.push(term(W.unassigned, `u${a}`));
    const home = app.current_booth == null ? undefined : boothIndex.get(app.current_booth);
    if (home !== undefined && moveWeight !== 0) {
      binaries.push(`m${a}`);
      objective.push(term(moveWeight, `m${a}`));
      row(`mv${a}`, allowed[a].includes(home) ? [`+ m${a}`, `+ ${xName(a, home)}`] : [`+ m${a}`], allowed[a].includes(home) ? '>= 1' : '= 1');
    }
    row(`a${a}`, [...sum(allowed[a].map((b) => xName(a, b))), `+ u${a}`], '= 1');
    if (fixed.has(a)) row(`l${a}`, [`+ u${a}`], '= 0');
  });
  booths.forEach((_, b) => {
    for (const [d, list] of on[b]) if (list.length > 1) row(`c${b}_${inst.days.indexOf(d)}`, sum(list.map((e) => e.v)), '<= 1');
  });

  const seen = new Set();
  const pairs = [];
  for (const [p, q] of inst.adjacent) {
    const i = boothIndex.get(p);
    const j = boothIndex.get(q);
    if (i === j) continue;
    const key = i < j ? `${i} ${j}` : `${j} ${i}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push([Math.min(i, j), Math.max(i, j)]);
  }
  const groups = [...new Set(apps.map((a) => a.group).filter((g) => g !== null))];
  const categories = [...new Set(apps.map((a) => a.category))];
  pairs.forEach(([i, j], p) => {
    inst.days.forEach((d, di) => {
      const left = on[i].get(d);
      const right = on[j].get(d);
      if (W.same_category_adjacent !== 0) {
        const y = `y${p}_${di}`;
        let used = false;
        categories.forEach((c, ci) => {
          const l = left.filter((e) => apps[e.a].category === c).map((e) => e.v);
          const r = right.filter((e) => apps[e.a].category === c).map((e) => e.v);
          if (l.length === 0 || r.length === 0) return;
          used = true;
          row(`s${p}_${di}_${ci}`, [`+ ${y}`, ...l.map((v) => `- ${v}`), ...r.map((v) => `- ${v}`)], '>= -1');
        });
        if (used) objective.push(term(W.same_category_adjacent, y));
      }
      if (W.group_adjacent_bonus !== 0)
        groups.forEach((g, k) => {
          const l = left.filter((e) => apps[e.a].group === g).map((e) => e.v);
          const r = right.filter((e) => apps[e.a].group === g).map((e) => e.v);
          if (l.length === 0 || r.length === 0) return;
          const v = `g${p}_${di}_${k}`;
          row(`h${p}_${di}_${k}_l`, [`+ ${v}`, ...l.map((x) => `- ${x}`)], '<= 0');
          row(`h${p}_${di}_${k}_r`, [`+ ${v}`, ...r.map((x) => `- ${x}`)], '<= 0');
          bounds.push(` 0 <= ${v} <= 1`);
          objective.push(term(-W.group_adjacent_bonus, v));
        });
    });
  });

  const text = [
    '\\ booth assignment, generated by bench/assign.bench.mjs',
    'Minimize',
    ` obj: ${wrap(objective.length ? objective : ['+ 0 u0'])}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...bounds,
    'Binaries',
    ...chunks(binaries, 12).map((c) => ` ${c.join(' ')}`),
    'End',
    '',
  ].join('\n');
  return { text, names, binaries: binaries.length, rows: rows.length };
}

function chunks(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Terms joined over several short lines (LP readers dislike very long lines). */
function wrap(terms) {
  return chunks(terms, 10)
    .map((c) => c.join(' '))
    .join('\n   ');
}

// ---------------------------------------------------------------------------------------------
// Running things

function run(command, args, options = {}) {
  return new Promise((done, failed) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', failed);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

async function cli(args) {
  const res = await run(process.execPath, [cliPath, ...args]);
  if (res.code !== 0 && !(args.includes('--evaluate') && res.code === 2 && res.stdout))
    throw new Error(`assign ${args.join(' ')} exited with ${res.code}:\n${res.stderr}`);
  return res;
}

async function solveWithCbc(dir, inst, { seconds, threads, keep }) {
  const lp = buildLp(inst);
  const model = join(dir, 'model.lp');
  const solution = join(dir, 'sol.txt');
  await writeFile(model, lp.text);
  await rm(solution, { force: true }); // never read the previous size's answer
  const args = [model, '-timeMode', 'elapsed', '-sec', String(seconds), '-ratioGap', '0', '-allowableGap', '0'];
  if (threads > 1) args.push('-threads', String(threads));
  args.push('-solve', '-solu', solution);
  const started = performance.now();
  const res = await run('cbc', args, { cwd: dir });
  const wall = (performance.now() - started) / 1000;
  await writeFile(join(dir, 'cbc.log'), res.stdout + res.stderr);
  if (keep) {
    await copyFile(model, join(keep.dir, `model-${keep.n}.lp`));
    await copyFile(join(dir, 'cbc.log'), join(keep.dir, `cbc-${keep.n}.log`));
  }
  const log = res.stdout;
  const number = (re) => {
    const m = log.match(re);
    return m ? Number(m[1]) : null;
  };
  const result = (log.match(/^Result - (.*)$/m) ?? [])[1] ?? `cbc exited with ${res.code}`;
  const status = /optimal/i.test(result) ? 'optimal' : /time/i.test(result) ? 'time limit' : result.trim();
  let objective = number(/^Objective value:\s+(\S+)/m);
  const lowerBound = number(/^Lower bound:\s+(\S+)/m) ?? (status === 'optimal' ? objective : null);
  const wallSeconds = number(/^Time \(Wallclock seconds\):\s+(\S+)/m) ?? number(/\(Wallclock seconds\):\s+(\S+)/) ?? wall;
  const assignments = [];
  if (existsSync(solution)) {
    const lines = (await readFile(solution, 'utf8')).split('\n');
    if (/infeasible|no feasible/i.test(lines[0])) objective = null;
    for (const line of lines.slice(1)) {
      const m = line.match(/^\s*(?:\*\*\s*)?\d+\s+(\S+)\s+(\S+)/);
      if (!m || Number(m[2]) < 0.5 || !lp.names.has(m[1])) continue;
      const [application, booth] = lp.names.get(m[1]);
      assignments.push({ application, booth });
    }
  } else objective = null;
  return { status, objective, lowerBound, seconds: wallSeconds, assignments, binaries: lp.binaries, rows: lp.rows };
}

// ---------------------------------------------------------------------------------------------

export default async function assignBench(argv = []) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'cbc-seconds': { type: 'string', default: '240' },
      sizes: { type: 'string', default: '20,50,100,200' },
      'cbc-threads': { type: 'string', default: '1' },
      variant: { type: 'string', default: '0' },
      keep: { type: 'string' },
      holdings: { type: 'string', default: 'both' },
    },
  });
  const variant = Number(values.variant);
  // Each size as a fresh fair (nobody holds a booth yet) and, "held", with booths already handed out.
  const plans = { both: [false, true], none: [false], only: [true] }[values.holdings];
  if (!plans) throw new Error('--holdings must be both, none or only');
  if (!Number.isInteger(variant) || variant < 0) throw new Error('--variant must be a whole number ≥ 0');
  const keepDir = values.keep ? resolve(values.keep) : null;
  if (keepDir) await mkdir(keepDir, { recursive: true });
  const seconds = Number(values['cbc-seconds']);
  const threads = Number(values['cbc-threads']);
  const sizes = values.sizes.split(',').map(Number);
  if (!(seconds > 0)) throw new Error('--cbc-seconds must be a positive number');
  if (!Number.isInteger(threads) || threads < 1) throw new Error('--cbc-threads must be a whole number of at least 1');
  if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error('--sizes must be whole numbers of at least 2, e.g. 20,50');
  if (spawnSync('cbc', ['-quit'], { stdio: 'ignore' }).error) {
    console.error('cbc (the COIN-OR MILP solver) is not installed: apt-get install coinor-cbc');
    process.exit(1);
  }
  if (!existsSync(cliPath)) {
    console.error(`${cliPath} is missing: run "npm run build" first`);
    process.exit(1);
  }

  console.log(`cbc time limit ${seconds} s${threads > 1 ? `, ${threads} threads` : ''}; our solver: seed 1${variant ? `; fairs of variant ${variant}` : ''}`);
  const rows = [];
  let dishonest = false;
  const dir = await mkdtemp(join(tmpdir(), 'bussanten-assign-bench-'));
  try {
    for (const n of sizes)
      for (const held of plans) {
        // The generator lives in libs/domain (generate.ts, also behind the solver's pinned tests);
        // the bench is .mjs and reaches it through the built CLI, like the solver.
        const tag = held ? `${n}-held` : String(n);
        const inst = JSON.parse((await cli(['--generate', String(n), '--variant', String(variant), ...(held ? ['--holdings'] : [])])).stdout);
        const instanceFile = join(dir, `instance-${tag}.json`);
        await writeFile(instanceFile, JSON.stringify(inst, null, 1));

        // Ours (the CLI also validates the generated problem: exit code 2 otherwise).
        const ours = await cli([instanceFile, '--seed', '1', '--timing']);
        const oursResult = JSON.parse(ours.stdout);
        const ms = Number((ours.stderr.match(/^solve_ms=(\S+)$/m) ?? [])[1]);
        const oursFile = join(dir, `ours-${tag}.json`);
        await writeFile(oursFile, ours.stdout);
        if (keepDir) {
          await copyFile(instanceFile, join(keepDir, `instance-${tag}.json`));
          await copyFile(oursFile, join(keepDir, `ours-${tag}.json`));
        }
        const oursCheck = JSON.parse((await cli([instanceFile, '--evaluate', oursFile])).stdout);
        if (oursCheck.problems.length > 0) {
          console.error(`!!! size ${tag}: our solver broke hard rules: ${oursCheck.problems.join('; ')}`);
          dishonest = true;
        }

        // CBC, and its answer re-scored by our evaluator.
        process.stdout.write(`size ${tag}: ${inst.applications.length} applications, ours ${oursResult.objective.total} in ${ms.toFixed(0)} ms; cbc …`);
        const cbc = await solveWithCbc(dir, inst, { seconds, threads, keep: keepDir && { dir: keepDir, n: tag } });
        console.log(` ${cbc.status} ${cbc.objective ?? '-'} (bound ${cbc.lowerBound ?? '-'}) in ${cbc.seconds} s [${cbc.binaries} binaries, ${cbc.rows} rows]`);
        let cbcMoved = null;
        if (cbc.objective !== null) {
          const cbcFile = join(dir, `cbc-solution-${tag}.json`);
          await writeFile(cbcFile, JSON.stringify({ assignments: cbc.assignments }));
          if (keepDir) await copyFile(cbcFile, join(keepDir, `cbc-solution-${tag}.json`));
          const check = JSON.parse((await cli([instanceFile, '--evaluate', cbcFile])).stdout);
          cbcMoved = check.moved;
          if (check.problems.length > 0 || Math.abs(check.objective.total - cbc.objective) > 1e-6) {
            dishonest = true;
            console.error(
              `\n!!! size ${tag}: THE ILP DOES NOT MATCH THE OBJECTIVE: cbc says ${cbc.objective}, our evaluator says ` +
                `${check.objective.total} with ${check.problems.length} hard-rule problems ${JSON.stringify(check.problems.slice(0, 5))}\n`,
            );
          }
        }
        if (cbc.lowerBound !== null && oursResult.objective.total < cbc.lowerBound - 1e-6) {
          dishonest = true;
          console.error(`\n!!! size ${tag}: ours (${oursResult.objective.total}) is below cbc's lower bound (${cbc.lowerBound}): the ILP is too strict\n`);
        }
        rows.push({ n, held, apps: inst.applications.length, ours: oursResult.objective.total, ms, cbc, moved: oursCheck.moved, cbcMoved });
      }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const fmt = (v, digits = 0) => (v === null || v === undefined || Number.isNaN(v) ? '-' : Number(v).toFixed(digits));
  const header = ['booths', 'apps', 'ours', 'ours ms', 'cbc best', 'cbc bound', 'cbc status', 'cbc s', 'gap', 'ours vs bound', 'moved ours/cbc'];
  const table = rows.map((r) => {
    const gap = r.cbc.objective === null ? null : r.ours - r.cbc.objective;
    const vsBound = r.cbc.lowerBound === null ? '-' : `${(((r.ours - r.cbc.lowerBound) / Math.max(1, Math.abs(r.ours))) * 100).toFixed(2)}%`;
    const moved = r.held ? `${fmt(r.moved)}/${fmt(r.cbcMoved)}` : '-';
    const booths = r.held ? `${r.n} held` : r.n;
    return [
      booths,
      r.apps,
      fmt(r.ours),
      fmt(r.ms, 1),
      fmt(r.cbc.objective),
      fmt(r.cbc.lowerBound, 2),
      r.cbc.status,
      fmt(r.cbc.seconds, 1),
      fmt(gap),
      vsBound,
      moved,
    ].map(String);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  console.log();
  for (const line of [header, ...table]) console.log(line.map((c, i) => (i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log('gap = ours − cbc best (≤ 0: we matched or beat cbc); ours vs bound = (ours − cbc lower bound) / |ours|');
  if (plans.includes(true))
    console.log('held: the same fair with booths already handed out (greedily), each move off them costing the move weight; moved = how many each plan moves');

  if (dishonest) {
    console.error('\n!!! The honesty checks failed (see above): these numbers cannot be trusted.');
    process.exitCode = 1;
  }
  const gaps = rows.filter((r) => r.cbc.objective !== null).map((r) => r.ours - r.cbc.objective);
  const worst = gaps.length ? String(Number(Math.max(...gaps).toFixed(6))) : 'n/a';
  const at200 = rows.find((r) => r.n === 200 && !r.held);
  console.log(`assign worst-gap-vs-cbc=${worst} time-200=${at200 ? `${(at200.ms / 1000).toFixed(2)}s` : 'n/a'}`);
}
