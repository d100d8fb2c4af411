import { resolve } from 'node:path';
import type { LevelWithSilent } from 'pino';
import { DEFAULT_MAIL_FROM } from '../mail/mail-options';
import { smtpSecurityProblem } from '../mail/smtp-security';
import { LOG_LEVELS } from '../observability/logger';
import { DEFAULT_SESSION_IDLE_MINUTES, SESSION_HOURS } from '../accounts/session-cookie';

/** Everything the API reads from the environment, validated once at boot. */
export interface AppConfig {
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded one is started under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /**
   * Load the demo data (2023 fair, 品川区's partners, accounts with published passwords) into an
   * empty database. SEED_DEMO; by default on outside production (see demoByDefault).
   */
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
  /**
   * SMTP_ALLOW_INSECURE: send SMTP_URL's credentials over smtp:// even when the relay offers no
   * STARTTLS. Off: credentials go only over TLS (see mail/smtp-security.ts).
   */
  smtpAllowInsecure: boolean;
  /** From header of outgoing mail. */
  mailFrom: string;
  /** How often each API process polls the outbox for due messages. */
  mailPollMs: number;
  /** Sending attempts before a message is marked failed. */
  mailMaxAttempts: number;
  /** Lowest level of the JSON log lines on stdout. */
  logLevel: LevelWithSilent;
  /** METRICS_TOKEN: the bearer token a Prometheus scraper sends for /api/metrics; null: /api/metrics is off (404). */
  metricsToken: string | null;
  /**
   * SESSION_IDLE_MINUTES: a session unused this long is refused (signed out); the absolute limit of
   * SESSION_HOURS after sign-in applies besides. Default 120.
   */
  sessionIdleMinutes: number;
  /** PUBLIC_URL as an origin (https://bussanten.example.jp, no trailing slash); null when unset. */
  publicUrl: string | null;
  /**
   * The site's own origin: PUBLIC_URL, else http://localhost:PORT (required in production). Links in
   * mails point there and passkeys are bound to its host name; a request's Host header never decides.
   */
  siteOrigin: string;
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

/**
 * Demo data and its accounts (passwords published in the source code) are on by default only
 * outside production: a first `npm start` (on the embedded database, or on an external one chosen
 * with DATABASE_URL, which the README presents as the same two commands) shows the seeded 2023
 * fair. NODE_ENV=production (the Docker image sets it) turns the default off; SEED_DEMO=true still
 * turns it on anywhere. It only ever fills an empty database.
 */
export function demoByDefault(env: NodeJS.ProcessEnv): boolean {
  return !isProduction(env);
}

export function isProduction(env: NodeJS.ProcessEnv): boolean {
  return env['NODE_ENV']?.trim().toLowerCase() === 'production';
}

/** Never echoes the value: an SMTP URL carries the relay's password. */
function smtpUrl(raw: string | undefined, allowInsecure: boolean): string | null {
  const url = raw?.trim();
  if (!url) return null;
  if (!/^smtps?:\/\//i.test(url)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  try {
    if (!new URL(url).hostname) throw new Error('no host');
  } catch {
    throw new ConfigError('SMTP_URL must be a URL like smtp://user:password@host:587 (the value is not shown: it may hold a password)');
  }
  const problem = smtpSecurityProblem(url, allowInsecure);
  if (problem) throw new ConfigError(problem);
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

/**
 * A secret for a header: at least 24 visible ASCII characters (e.g. `openssl rand -hex 32`), so that
 * it cannot be guessed and fits `Authorization: Bearer …` as it is. Never echoed in the error.
 */
function metricsToken(raw: string | undefined): string | null {
  const token = raw?.trim();
  if (!token) return null;
  if (token.length < 24 || !/^[\x21-\x7e]+$/.test(token)) {
    throw new ConfigError(
      'METRICS_TOKEN must be at least 24 visible ASCII characters without spaces, e.g. from `openssl rand -hex 32` (the value is not shown: it is a secret)',
    );
  }
  return token;
}

/**
 * PUBLIC_URL is the scheme and host (and port) of the public site and nothing else: the app answers
 * at the root of its host (/f/…, /api/…), so a path would make every link it builds wrong, and a
 * query, fragment or credentials have no place in a link printed on a poster. Returns the origin.
 */
export function publicUrl(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const shown = value.includes('@') ? '(not shown: it holds an @)' : `"${value}"`;
  const refuse = (why: string) => new ConfigError(`PUBLIC_URL must be the public site's address, like https://bussanten.example.jp (${why}), got ${shown}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('an absolute http:// or https:// URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse('http:// or https://');
  if (!url.hostname) throw refuse('with a host name');
  if (url.username || url.password) throw refuse('no user name or password');
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(value)) throw refuse('scheme and host only: no path, query or fragment');
  return url.origin;
}

/** The host name of PUBLIC_URL (validated at boot), e.g. for the domain part of iCal UIDs; null when unset. */
export function publicUrlHost(env: NodeJS.ProcessEnv = process.env): string | null {
  const origin = publicUrl(env['PUBLIC_URL']);
  return origin ? new URL(origin).hostname : null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = env['DATABASE_URL']?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const smtpAllowInsecure = flag('SMTP_ALLOW_INSECURE', env['SMTP_ALLOW_INSECURE'], false);
  const port = integer('PORT', env['PORT'], 3000, 0, 65535);
  const origin = publicUrl(env['PUBLIC_URL']);
  if (!origin && isProduction(env)) {
    throw new ConfigError(
      'PUBLIC_URL must be set when NODE_ENV=production, e.g. https://bussanten.example.jp: links in mails (invitations, password resets) and passkeys use it, never the Host header of a request',
    );
  }
  return {
    port,
    host: env['HOST']?.trim() || '0.0.0.0',
    databaseUrl,
    dataDir: resolve(cwd, env['DATA_DIR']?.trim() || '.data'),
    seedDemo: flag('SEED_DEMO', env['SEED_DEMO'], demoByDefault(env)),
    webDist: env['WEB_DIST']?.trim() ? resolve(cwd, env['WEB_DIST'].trim()) : null,
    trustProxy: integer('TRUST_PROXY', env['TRUST_PROXY'], 0, 0, 10),
    smtpUrl: smtpUrl(env['SMTP_URL'], smtpAllowInsecure),
    smtpAllowInsecure,
    mailFrom: mailFrom(env['MAIL_FROM']),
    mailPollMs: integer('MAIL_POLL_MS', env['MAIL_POLL_MS'], 5_000, 100, 600_000),
    mailMaxAttempts: integer('MAIL_MAX_ATTEMPTS', env['MAIL_MAX_ATTEMPTS'], 8, 1, 100),
    logLevel: logLevel(env['LOG_LEVEL']),
    metricsToken: metricsToken(env['METRICS_TOKEN']),
    publicUrl: origin,
    siteOrigin: origin ?? `http://localhost:${port}`,
    sessionIdleMinutes: integer('SESSION_IDLE_MINUTES', env['SESSION_IDLE_MINUTES'], DEFAULT_SESSION_IDLE_MINUTES, 5, SESSION_HOURS * 60),
  };
}
