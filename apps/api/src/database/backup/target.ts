import type { AppConfig } from '../../config/config';
import { EmbeddedDatabase, openEmbeddedPostgres } from '../embedded-postgres';

/** The database the backup tools work on: DATABASE_URL, or the embedded server under DATA_DIR (running or not). */
export async function openBackupTarget(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): Promise<EmbeddedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  return openEmbeddedPostgres(config.dataDir);
}

/** host:port/database, for messages: never the password. */
export function describeTarget(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}
