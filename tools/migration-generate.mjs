// npm run migration:generate -- <Name>
// Applies the checked-in migrations to a database (DATABASE_URL, or a throw-away embedded one) and
// asks TypeORM for the SQL that would bring it in line with the entities. Read the file it writes.
import { run, withPostgres } from './with-postgres.mjs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}
const cli = ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'node_modules/typeorm/cli.js'];
const ds = ['-d', 'apps/api/src/database/data-source.ts'];
const env = { TS_NODE_PROJECT: 'apps/api/tsconfig.app.json', TS_NODE_TRANSPILE_ONLY: 'true' };

await withPostgres(async (url) => {
  await run('node', [...cli, 'migration:run', ...ds], { ...env, DATABASE_URL: url });
  await run('node', [...cli, 'migration:generate', `apps/api/src/database/migrations/${name}`, ...ds, '--pretty'], { ...env, DATABASE_URL: url });
});
