// npm run assign -- instance.json [--seed N] [--timing]
// npm run assign -- instance.json --evaluate solution.json
// npm run assign -- --generate N [--variant K] [--holdings]
// Solves a booth-assignment problem (the JSON format documented in
// libs/domain/src/lib/booth-assignment/types.ts) and prints the solution as JSON on stdout.
// --timing also writes one line `solve_ms=<float>` (the time of solve() alone) to stderr.
// --evaluate solves nothing: it checks a given solution (`{ "assignments": [{ "application",
// "booth" }] }`, e.g. another solver's, or this command's own output) against the hard rules and
// prints `{ "problems": [...], "objective": {...}, "moved": n }` (n: applications taken off their
// current_booth, which the objective's move term weighs), with exit code 2 when there are problems.
// --generate prints a seeded synthetic problem of N booths (the fairs `npm run bench -- assign` and
// the solver's pinned tests use; --variant K, default 0, gives other fairs of the same size);
// --holdings gives the same fair with booths already handed out greedily (current_booth) and the
// move weight, the bench's variant "with holdings".
// Problems with the files go to stderr with exit code 2, so scripts can tell them from a solution.
import { readFileSync } from 'node:fs';
import {
  evaluate,
  generateAssignmentInstance,
  hardRuleViolations,
  instanceProblems,
  movedCount,
  solve,
  type BoothAssignment,
  withGreedyHoldings,
  type BoothAssignmentInstance,
} from '@bussanten/domain';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
}

/** The assignments of a solution file, or undefined when it does not have that shape. */
function assignmentsOf(json: unknown): BoothAssignment[] | undefined {
  const list = typeof json === 'object' && json !== null ? (json as { assignments?: unknown }).assignments : undefined;
  if (!Array.isArray(list)) return undefined;
  const ok = list.every((a) => typeof a === 'object' && a !== null && typeof a.application === 'string' && typeof a.booth === 'string');
  return ok ? list.map(({ application, booth }) => ({ application, booth })) : undefined;
}

const args = process.argv.slice(2);
const USAGE =
  'usage: npm run assign -- instance.json [--seed N] [--timing]\n       npm run assign -- instance.json --evaluate solution.json\n' +
  '       npm run assign -- --generate N [--variant K] [--holdings]';

const generateAt = args.indexOf('--generate');
if (generateAt >= 0) printGenerated();
else solveOrEvaluate();

function printGenerated(): void {
  const variantAt = args.indexOf('--variant');
  const booths = Number(args[generateAt + 1]);
  const variant = variantAt >= 0 ? Number(args[variantAt + 1]) : 0;
  if (!Number.isInteger(booths) || booths < 1 || !Number.isInteger(variant) || variant < 0) fail(USAGE);
  const fair = generateAssignmentInstance(booths, variant);
  process.stdout.write(`${JSON.stringify(args.includes('--holdings') ? withGreedyHoldings(fair) : fair, null, 2)}\n`);
}

function solveOrEvaluate(): void {
  const seedAt = args.indexOf('--seed');
  const evaluateAt = args.indexOf('--evaluate');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1;
  const solutionFile = evaluateAt >= 0 ? args[evaluateAt + 1] : undefined;
  const optionValues = new Set([seedAt, evaluateAt].filter((i) => i >= 0).map((i) => i + 1));
  const file = args.find((a, i) => !a.startsWith('--') && !optionValues.has(i));
  if (!file || !Number.isInteger(seed) || (evaluateAt >= 0 && (!solutionFile || solutionFile.startsWith('--')))) fail(USAGE);

  const json = readJson(file);
  const problems = instanceProblems(json);
  if (problems.length) fail(`${file} is not a valid problem:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const instance = json as BoothAssignmentInstance;

  if (solutionFile) {
    const assignments = assignmentsOf(readJson(solutionFile));
    if (!assignments) fail(`${solutionFile} is not a solution: it needs { "assignments": [{ "application": "…", "booth": "…" }] }`);
    const violations = hardRuleViolations(instance, assignments);
    process.stdout.write(
      `${JSON.stringify({ problems: violations, objective: evaluate(instance, assignments), moved: movedCount(instance, assignments) }, null, 2)}\n`,
    );
    if (violations.length) process.exitCode = 2;
  } else {
    const started = performance.now();
    const result = solve(instance, { seed });
    const ms = performance.now() - started;
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (args.includes('--timing')) process.stderr.write(`solve_ms=${ms.toFixed(3)}\n`);
  }
}
