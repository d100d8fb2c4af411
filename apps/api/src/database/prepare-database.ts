import { DataSource } from 'typeorm';
import type { SecretBox } from '../common/secret-box';
import { resealTotpSecrets } from '../accounts/factors/totp-secrets';
import { sealWebhookSecrets } from '../publishing/webhooks/webhook-secrets';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';
import { seedIfEmpty } from './seed/seed';
import { importOfficialList, OFFICIAL_LIST_SOURCE } from '../registry/official-list/official-list.importer';

/**
 * Any fixed number works; it only has to be the same in every process of this app. Two API
 * replicas starting together would otherwise both apply the same migration (or both seed).
 */
const STARTUP_LOCK = 4_207_561;

/**
 * Applies pending migrations, (optionally) the demo seed, and the official list of local governments
 * while holding a PostgreSQL advisory lock, so that any number of processes can start at once
 * against one database: the first does the work, the others wait and then find nothing to do.
 * With `secretBox` (the API's start; the restore and create-organizer commands have no key) the
 * webhooks' signing secrets are then brought under the current key (sealWebhookSecrets).
 */
export async function prepareDatabase(url: string, options: { seedDemo: boolean; secretBox?: SecretBox }): Promise<void> {
  const db = new DataSource({ ...dataSourceOptions(url), extra: { max: 2, connectionTimeoutMillis: 10_000 } });
  await db.initialize();
  try {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
      try {
        await db.runMigrations({ transaction: 'each' });
        // The seed first (it loads only into an empty registry), then the official list, which
        // matches the seed's municipalities by prefecture and name and adds every other one.
        if (options.seedDemo) await seedIfEmpty(db);
        const list = await importOfficialList(db);
        if (list.inserted || list.updated || list.matched || list.unlisted) {
          console.log(
            `Official list (${OFFICIAL_LIST_SOURCE}): ${list.inserted} added, ${list.matched} matched, ${list.updated} updated, ${list.unlisted} no longer listed`,
          );
        }
        if (list.skipped.length) console.warn(`Official list: not imported, name taken by a row with another code: ${list.skipped.join(', ')}`);
        if (options.secretBox) {
          const secrets = await sealWebhookSecrets(db, options.secretBox);
          if (secrets.sealed) console.log(`Webhook secrets: ${secrets.sealed} stored in plain text now encrypted`);
          if (secrets.resealed) console.log(`Webhook secrets: ${secrets.resealed} re-encrypted from APP_SECRET_PREVIOUS to APP_SECRET`);
          const totp = await resealTotpSecrets(db, options.secretBox);
          if (totp.resealed) console.log(`Authenticator-app secrets: ${totp.resealed} re-encrypted from APP_SECRET_PREVIOUS to APP_SECRET`);
          if (totp.unreadable)
            console.error(
              `Authenticator-app secrets: ${totp.unreadable} are encrypted with a key this app was not given; those people cannot use their app until it is (README, "Secrets")`,
            );
          if (secrets.unreadable) {
            console.error(
              `Webhook secrets: ${secrets.unreadable} are encrypted with a key this app was not given; their deliveries wait until APP_SECRET (or APP_SECRET_PREVIOUS) is that key (README, "Secrets")`,
            );
          }
        }
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]);
      }
    } finally {
      await runner.release();
    }
  } finally {
    await db.destroy();
  }
}

/** Names of migrations the code has that the database has not applied (empty: up to date). */
export async function pendingMigrations(db: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await db.query('SELECT name FROM migrations');
  const applied = new Set(rows.map((r) => r.name));
  return MIGRATIONS.map((m) => (m as unknown as { name: string }).name).filter((name) => !applied.has(name));
}
