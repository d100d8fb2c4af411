// npm run assign -- instance.json [--seed N]
// Solves a booth-assignment problem (the JSON format documented in
// libs/domain/src/lib/booth-assignment/types.ts) and prints the solution as JSON on stdout.
// Problems with the file go to stderr with exit code 2, so scripts can tell them from a solution.
import { readFileSync } from 'node:fs';
import { instanceProblems, solve, type BoothAssignmentInstance } from '@bussanten/domain';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1;
const file = args.find((a, i) => !a.startsWith('--') && (seedAt < 0 || i !== seedAt + 1));
if (!file || !Number.isInteger(seed)) fail('usage: npm run assign -- instance.json [--seed N]');

let json: unknown;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
const problems = instanceProblems(json);
if (problems.length) fail(`${file} is not a valid problem:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
process.stdout.write(`${JSON.stringify(solve(json as BoothAssignmentInstance, { seed }), null, 2)}\n`);
