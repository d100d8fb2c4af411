import { resolve } from 'node:path';
import type { LevelWithSilent } from 'pino';
import { DEFAULT_MAIL_FROM } from '../mail/mail-options';
import { LOG_LEVELS } from '../observability/logger';

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
  /** SMTP relay for the mail outbox (smtp:// or smtps://, credentials in the URL); null: messages wait in the outbox unsent. */
  smtpUrl: string | null;
  /** From header of outgoing mail. */
  mailFrom: string;
  /** How often each API process polls the outbox for due messages. */
  mailPollMs: number;
  /** Sending attempts before a message is marked failed. */
  mailMaxAttempts: number;
  /** Lowest level of the JSON log lines on stdout. */
  logLevel: LevelWithSilent;
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

/** Never echoes the value: an SMTP URL carries the relay's password. */
function smtpUrl(raw: string | undefined): string | null {
  const url = raw?.trim();
  if (!url) return null;
  if (!/^smtps?:\/\//i.test(url)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  try {
    if (!new URL(url).hostname) throw new Error('no host');
  } catch {
    throw new ConfigError('SMTP_URL must be a URL like smtp://user:password@host:587 (the value is not shown: it may hold a password)');
  }
  return url;
}

function mailFrom(raw: string | undefined): string {
  const from = raw?.trim();
  if (!from) return DEFAULT_MAIL_FROM;
  if (!/^[^\r\n]*@[^\r\n]*$/.test(from)) throw new ConfigError(`MAIL_FROM must be an address like "Bussanten <no-reply@example.jp>", got "${from}"`);
  return from;
}

function logLevel(raw: string | undefined): LevelWithSilent {
  const level = raw?.trim().toLowerCase();
  if (!level) return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level as LevelWithSilent;
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
    smtpUrl: smtpUrl(env['SMTP_URL']),
    mailFrom: mailFrom(env['MAIL_FROM']),
    mailPollMs: integer('MAIL_POLL_MS', env['MAIL_POLL_MS'], 5_000, 100, 600_000),
    mailMaxAttempts: integer('MAIL_MAX_ATTEMPTS', env['MAIL_MAX_ATTEMPTS'], 8, 1, 100),
    logLevel: logLevel(env['LOG_LEVEL']),
  };
}
