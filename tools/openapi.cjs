// The API contract without a build, a server or a database (README, "The API contract"):
//   node tools/openapi.cjs schemas           regenerates apps/api/src/common/openapi/contract-schemas.json
//                                            from libs/contracts (npm run openapi:schemas)
//   node tools/openapi.cjs document <file>   writes the OpenAPI document /api/openapi.json serves
//   node tools/openapi.cjs lint              writes it to tmp/openapi.json and runs Redocly CLI's lint
//                                            on it with redocly.yaml (npm run lint:openapi)
// The API's TypeScript is loaded through tools/ts-require.cjs, the app is built by Nest in preview
// mode (modules and routes, no providers run: nothing connects to PostgreSQL).
require('./ts-require.cjs');
const { spawnSync } = require('node:child_process');
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

const ROOT = join(__dirname, '..');

async function writeDocument(file) {
  const { openApiDocumentWithoutServer } = require('../apps/api/src/common/openapi/document-without-server.ts');
  const out = resolve(file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(await openApiDocumentWithoutServer(), null, 2) + '\n');
  return out;
}

async function main([command, file]) {
  if (command === 'schemas') {
    const { CONTRACT_SCHEMAS_FILE, generateContractSchemas } = require('../apps/api/src/common/openapi/contract-schemas.ts');
    writeFileSync(CONTRACT_SCHEMAS_FILE, JSON.stringify(generateContractSchemas(), null, 2) + '\n');
    console.log(`wrote ${CONTRACT_SCHEMAS_FILE}`);
  } else if (command === 'document' && file) {
    console.log(`wrote ${await writeDocument(file)}`);
  } else if (command === 'lint') {
    const out = await writeDocument(join(ROOT, 'tmp', 'openapi.json'));
    // Redocly CLI asks the network for nothing here: no usage data (also off in redocly.yaml), no update notice.
    const lint = spawnSync(process.execPath, [require.resolve('@redocly/cli/bin/cli.js'), 'lint', out, '--config', join(ROOT, 'redocly.yaml')], {
      stdio: 'inherit',
      cwd: ROOT,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
    });
    process.exitCode = lint.status ?? 1;
  } else {
    console.error('usage: node tools/openapi.cjs schemas | document <file> | lint');
    process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
