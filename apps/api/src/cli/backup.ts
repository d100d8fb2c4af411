// npm run backup [-- --out FILE]
// A pg_dump (custom format) of the whole database: DATABASE_URL, or the embedded PostgreSQL under
// DATA_DIR, whether `npm start` is running or not. Written to DATA_DIR/backups/ unless --out says,
// with the guest photos (DATA_DIR/photos) beside it as ….photos.tar.gz.
import 'reflect-metadata';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, backupFileName } from '../database/backup/backup';
import { archivePhotos, photoArchiveFor } from '../database/backup/photos-archive';
import { describeTarget, openBackupTarget } from '../database/backup/target';
import { loadConfig } from '../config/config';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const config = loadConfig();
  const file = values.out ? resolve(values.out) : backupFileName(join(config.dataDir, 'backups'), new Date());
  const target = await openBackupTarget(config);
  try {
    const started = Date.now();
    const done = await backupDatabase(target.url, file);
    const kb = Math.max(1, Math.round(done.bytes / 1024));
    console.log(`Backed up ${describeTarget(target.url)} (PostgreSQL ${done.server.version}) with pg_dump ${done.tool.version}`);
    // After the dump: every photo it points at exists now (a replaced photo's file is removed only after its row moved on).
    const photos = await archivePhotos(join(config.dataDir, 'photos'), photoArchiveFor(file));
    console.log(
      `to ${done.file} (${kb} kB, ${((Date.now() - started) / 1000).toFixed(1)} s)${photos ? `, and ${photos} guest photo(s) to ${photoArchiveFor(file)}` : ''}.`,
    );
    console.log(`Restore with: npm run restore -- ${done.file}`);
  } finally {
    await target.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`backup: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
