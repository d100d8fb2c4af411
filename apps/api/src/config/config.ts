import { resolve } from 'node:path';

/** Everything the API reads from the environment, validated once at boot. */
export interface AppConfig {
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded one is started under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** Load the demo data (2023 fair, 品川区's partners) into an empty database. */
  seedDemo: boolean;
  /** Directory of the built web UI; served at / when it exists. */
  webDist: string | null;
  /**
   * Express "trust proxy": how many reverse proxies (TLS terminators) stand in front. Needed so
   * that the session cookie is Secure over https and rate limits see the client's address.
   */
  trustProxy: number;
}

export class ConfigError extends Error {}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function flag(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = env['DATABASE_URL']?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    port: integer('PORT', env['PORT'], 3000, 0, 65535),
    host: env['HOST']?.trim() || '0.0.0.0',
    databaseUrl,
    dataDir: resolve(cwd, env['DATA_DIR']?.trim() || '.data'),
    seedDemo: flag('SEED_DEMO', env['SEED_DEMO'], true),
    webDist: env['WEB_DIST']?.trim() ? resolve(cwd, env['WEB_DIST'].trim()) : null,
    trustProxy: integer('TRUST_PROXY', env['TRUST_PROXY'], 0, 0, 10),
  };
}
