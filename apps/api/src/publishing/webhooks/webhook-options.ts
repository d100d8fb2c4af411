import type { SecretBox } from '../../common/secret-box';
import { ConfigError } from '../../config/config';
import { systemResolver, type HostResolver } from './webhook-address';

/** How webhook deliveries are sent; main.ts turns the worker on, tests pass their own (short) timings. */
export interface WebhookOptions {
  /** Run the delivery worker in this process. Off unless asked for: main.ts does, tests opt in. */
  deliver: boolean;
  /** Pause between polls of webhook_deliveries when nothing is due (WEBHOOK_POLL_MS). */
  pollMs: number;
  /** Attempts (the first one included) before a delivery is marked failed and left alone. */
  maxAttempts: number;
  /** Backoff after the n-th failure is retryBaseMs × 2^(n-1), at most retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** One POST (connect, send, answer) gives up after this long; so does the DNS lookup before it. */
  timeoutMs: number;
  /**
   * WEBHOOK_ALLOW_PRIVATE: let webhooks go to loopback, private, link-local, CGNAT and reserved
   * addresses (tests, intranet installs). Off by default: only public addresses receive them.
   */
  allowPrivate: boolean;
  /** How a webhook's host name becomes addresses: the system resolver; tests give their own. */
  resolveHost: HostResolver;
  /** Seals and opens the signing secrets (key from APP_SECRET); null: adding or delivering webhooks fails. */
  secretBox: SecretBox | null;
}

export const WEBHOOK_OPTIONS = Symbol('WEBHOOK_OPTIONS');

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  deliver: false,
  pollMs: 5_000,
  maxAttempts: 8,
  retryBaseMs: 10_000,
  retryMaxMs: 3_600_000,
  timeoutMs: 10_000,
  allowPrivate: false,
  resolveHost: systemResolver,
  secretBox: null,
};

/** The defaults with the given options on top; an option given as undefined keeps its default. */
export function webhookOptions(given: Partial<WebhookOptions> = {}): WebhookOptions {
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_WEBHOOK_OPTIONS, ...defined };
}

/** WEBHOOK_POLL_MS (100 … 600000, default 5000), read by main.ts; named like MAIL_POLL_MS. */
export function webhookPollMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['WEBHOOK_POLL_MS']?.trim();
  if (!raw) return DEFAULT_WEBHOOK_OPTIONS.pollMs;
  if (!/^\d+$/.test(raw) || Number(raw) < 100 || Number(raw) > 600_000) {
    throw new ConfigError(`WEBHOOK_POLL_MS must be a whole number from 100 to 600000, got "${raw}"`);
  }
  return Number(raw);
}

/** WEBHOOK_ALLOW_PRIVATE (true/false, default false), read by main.ts. */
export function webhookAllowPrivateFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env['WEBHOOK_ALLOW_PRIVATE']?.trim().toLowerCase();
  if (!raw) return false;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`WEBHOOK_ALLOW_PRIVATE must be true or false, got "${env['WEBHOOK_ALLOW_PRIVATE']}"`);
}
