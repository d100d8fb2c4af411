// npm run restore -- FILE [--yes] [--no-safety-backup]
// Replaces the whole database (DATABASE_URL, or the embedded one under DATA_DIR) with a backup made
// by `npm run backup`, in one transaction, and adds the guest photos saved beside it. Asks first,
// and first backs up what is there now.
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { archiveEntries, backupDatabase, backupFileName, restoreDatabase, serverInfo } from '../database/backup/backup';
import { photoArchiveEntries, photoArchiveFor, restorePhotos } from '../database/backup/photos-archive';
import { requireTool } from '../database/backup/pg-tools';
import { describeTarget, openBackupTarget } from '../database/backup/target';
import { loadConfig } from '../config/config';
import { prepareDatabase } from '../database/prepare-database';

async function confirmed(question: string, expected: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw new Error('restore replaces the whole database: run it in a terminal to confirm, or add --yes');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim() === expected;
  } finally {
    rl.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { yes: { type: 'boolean', default: false }, 'no-safety-backup': { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new Error('usage: npm run restore -- <backup file> [--yes] [--no-safety-backup]');
  const file = resolve(positionals[0] as string);
  const config = loadConfig();
  const target = await openBackupTarget(config);
  try {
    const server = await serverInfo(target.url);
    // Read the whole archive before anything is touched: a wrong or damaged file stops here.
    const entries = await archiveEntries(file, requireTool('pg_restore', server.major, server.version));
    const photoArchive = existsSync(photoArchiveFor(file)) ? photoArchiveFor(file) : null;
    if (photoArchive) await photoArchiveEntries(photoArchive);
    const where = describeTarget(target.url);
    if (!values.yes) {
      const ok = await confirmed(
        `This replaces every table of ${where} with ${file} (${entries} entries).\nType the database name (${server.database}) to continue: `,
        server.database,
      );
      if (!ok) throw new Error('not confirmed; nothing was changed');
    }
    if (!values['no-safety-backup']) {
      const safety = await backupDatabase(target.url, backupFileName(join(config.dataDir, 'backups'), new Date(), 'before-restore'));
      console.log(`What was there is kept in ${safety.file}`);
    }
    const done = await restoreDatabase(target.url, file);
    // A backup made before an upgrade gets this version's migrations now, not at the next start.
    await prepareDatabase(target.url, { seedDemo: false });
    console.log(`Restored ${done.entries} entries from ${file} into ${where} (PostgreSQL ${done.server.version}); migrations are current.`);
    if (photoArchive) console.log(`Added ${await restorePhotos(photoArchive, join(config.dataDir, 'photos'))} guest photo(s) from ${photoArchive}.`);
  } finally {
    await target.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`restore: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
