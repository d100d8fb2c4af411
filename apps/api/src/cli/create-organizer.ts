// npm run create-organizer -- --email you@city.example --name "品川 花子" [--host 品川区] [--host-en "Shinagawa City"]
// npm run create-operator -- --email you@example.jp --name "運用 太郎"   (the same program with --operator)
// The password comes from ORGANIZER_PASSWORD or is asked for (not echoed); an address that has an
// account already keeps its password and gains the membership. Uses DATABASE_URL, or the embedded
// PostgreSQL under DATA_DIR: the one `npm start` runs, else started for the moment.
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { DataSource } from 'typeorm';
import { parseArgs } from 'node:util';
import { createOperator, createOrganizer, hasAccount } from '../accounts/create-organizer';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from '../database/data-source-options';
import { runningEmbeddedPostgres, startEmbeddedPostgres } from '../database/embedded-postgres';
import { prepareDatabase } from '../database/prepare-database';

function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('no terminal to ask for the password: set ORGANIZER_PASSWORD');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let asked = false;
  output._writeToOutput = (s: string) => {
    if (!asked) {
      asked = true;
      output.output.write(s);
    }
  };
  return new Promise((resolve) => rl.question(question, (answer) => (rl.close(), process.stdout.write('\n'), resolve(answer))));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      host: { type: 'string', default: '品川区' },
      'host-en': { type: 'string' },
      operator: { type: 'boolean', default: false },
    },
  });
  if (!values.email || !values.name) {
    throw new Error(
      'usage: npm run create-organizer -- --email <address> --name <display name> [--host 品川区], or npm run create-operator -- --email <address> --name <display name>',
    );
  }
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : ((await runningEmbeddedPostgres(config.dataDir)) ?? (await startEmbeddedPostgres(config.dataDir)));
  const url = config.databaseUrl ?? (embedded?.url as string);
  const db = new DataSource(dataSourceOptions(url));
  try {
    // Under the start-up lock, like the API processes: a fresh install may be starting right now.
    await prepareDatabase(url, { seedDemo: false });
    await db.initialize();
    const existing = await hasAccount(db, values.email);
    const password = existing ? null : process.env['ORGANIZER_PASSWORD'] || (await askHidden('Password (12+ characters): '));
    const person = { email: values.email, displayName: values.name, password };
    if (values.operator) {
      await createOperator(db, person);
      console.log(`${values.email} is the operator${existing ? ' (added to the existing account)' : ''}. Sign in at /sign-in.`);
    } else {
      await createOrganizer(db, { ...person, hostName: values.host ?? '品川区', hostNameEn: values['host-en'] ?? null });
      console.log(`${values.email} is an organizer of ${values.host}${existing ? ' (added to the existing account)' : ''}. Sign in at /sign-in.`);
    }
  } finally {
    if (db.isInitialized) await db.destroy();
    await embedded?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`create-organizer: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
