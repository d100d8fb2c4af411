import type { ApiErrorDetail } from '@bussanten/contracts';
import type { WebhookDeliverySummary } from '../../api/publishing';
import type { MessageKey } from '../../i18n/dictionaries';

/** As the API allows: longer addresses are refused. */
export const WEBHOOK_URL_MAX_LENGTH = 2000;

/**
 * The typed address as the API takes it (trimmed), or the problem with it: blank, not an absolute
 * http(s) URL, too long, or carrying user:password@ (it would travel to proxies and into logs).
 * The same checks as the API's, so most mistakes are caught before a request.
 */
export function checkWebhookUrl(text: string): { url: string; problems: ApiErrorDetail[] } {
  const url = text.trim();
  const problem = (rule: string, message: string): { url: string; problems: ApiErrorDetail[] } => ({ url, problems: [{ field: 'url', rule, message }] });
  if (url === '') return problem('required', 'url is required');
  if (url.length > WEBHOOK_URL_MAX_LENGTH) return problem('maxLength', `url must be at most ${WEBHOOK_URL_MAX_LENGTH} characters`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return problem('isUrl', 'url must be an absolute http:// or https:// URL');
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return problem('isUrl', 'url must start with http:// or https://');
  if (parsed.username || parsed.password) return problem('credentials', 'url must not contain a user name or password');
  return { url, problems: [] };
}

/** Plain http:// works, but the body (the whole public schedule) travels unencrypted. */
export function isPlainHttp(url: string): boolean {
  return /^http:\/\//i.test(url.trim());
}

const STATE_KEYS: Record<WebhookDeliverySummary['state'], MessageKey> = {
  pending: 'webhooks.delivery.pending',
  delivered: 'webhooks.delivery.delivered',
  failed: 'webhooks.delivery.failed',
};

export interface DeliveryFacts {
  /** 送信済み / 送信待ち / 失敗. */
  stateKey: MessageKey;
  /** What `at` is: when it arrived or gave up, or when the next try is due. */
  atKey: MessageKey;
  at: string;
  error: string | null;
  attempts: number;
  /** 'ping' (a test) or a publishing event's name. */
  event: string;
}

/**
 * What to say about the last delivery: its state, the time that state was reached (delivered, given
 * up) or the next try is due (pending), and the last error when there was one.
 */
export function deliveryFacts(d: WebhookDeliverySummary | null): DeliveryFacts | null {
  if (!d) return null;
  const stateKey = STATE_KEYS[d.state] ?? 'webhooks.delivery.unknown';
  const pending = d.state !== 'delivered' && d.state !== 'failed';
  const at = (d.state === 'delivered' ? d.deliveredAt : d.state === 'failed' ? d.failedAt : d.nextAttemptAt) ?? d.createdAt;
  return { stateKey, atKey: pending ? 'webhooks.delivery.nextAt' : 'webhooks.delivery.at', at, error: d.lastError, attempts: d.attempts, event: d.event };
}
