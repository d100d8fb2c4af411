import { metaOf, type ApiErrorDetail, type WebhookDeliveryOutcome } from '@bussanten/contracts';
import { MAX_WEBHOOK_URL_LENGTH, ruleMessage, webhookUrlRule } from '@bussanten/domain';
import { ApiError, isApiError } from '../../api/client';
import type { WebhookDeliverySummary } from '../api/publishing';
import type { MessageKey } from '../../i18n/dictionaries';

/** As the API allows: longer addresses are refused. */
export const WEBHOOK_URL_MAX_LENGTH = MAX_WEBHOOK_URL_LENGTH;

/**
 * The typed address as the API takes it (trimmed), or the problem with it: blank, too long, or
 * breaking the shared webhookUrlRule (not an absolute http(s) URL, or carrying user:password@: it
 * would travel to proxies and into logs), which the API checks too. The browser says 'isUrl' for any
 * address that is not http(s) and 'credentials' for user:password@, each with its own message.
 */
export function checkWebhookUrl(text: string): { url: string; problems: ApiErrorDetail[] } {
  const url = text.trim();
  const problem = (rule: string, message: string): { url: string; problems: ApiErrorDetail[] } => ({ url, problems: [{ field: 'url', rule, message }] });
  if (url === '') return problem('required', 'url is required');
  if (url.length > WEBHOOK_URL_MAX_LENGTH) return problem('maxLength', `url must be at most ${WEBHOOK_URL_MAX_LENGTH} characters`);
  const broken = webhookUrlRule.check(url);
  if (broken !== null) return problem(broken === 'credentials' ? 'credentials' : 'isUrl', ruleMessage(webhookUrlRule, 'url', broken));
  return { url, problems: [] };
}

/** The add form as typed. */
export interface WebhookFormValues {
  url: string;
}

export const EMPTY_WEBHOOK_FORM: WebhookFormValues = { url: '' };

/** The add form's own checks (validate*Form, as useRecordForm takes them). */
export const validateWebhookForm = (values: WebhookFormValues): ApiErrorDetail[] => checkWebhookUrl(values.url).problems;

/** Plain http:// works, but the body (the whole public schedule) travels unencrypted. */
export function isPlainHttp(url: string): boolean {
  return /^http:\/\//i.test(url.trim());
}

const STATE_KEYS: Record<WebhookDeliverySummary['state'], MessageKey> = {
  pending: 'webhooks.delivery.pending',
  delivered: 'webhooks.delivery.delivered',
  failed: 'webhooks.delivery.failed',
};

/** What each failure category says (never the socket's own error: the API does not send it). */
const OUTCOME_KEYS: Record<Exclude<WebhookDeliveryOutcome, 'delivered'>, MessageKey> = {
  receiverRefused: 'webhooks.outcome.receiverRefused',
  unreachable: 'webhooks.outcome.unreachable',
  timedOut: 'webhooks.outcome.timedOut',
  addressBlocked: 'webhooks.outcome.addressBlocked',
};

export interface DeliveryFacts {
  /** 送信済み / 送信待ち / 失敗. */
  stateKey: MessageKey;
  /** What `at` is: when it arrived or gave up, or when the next try is due. */
  atKey: MessageKey;
  at: string;
  /** How the latest failed attempt went (pending or failed deliveries), with the receiver's status; null otherwise. */
  failure: { key: MessageKey; status: number | null } | null;
  attempts: number;
  /** 'ping' (a test) or a publishing event's name. */
  event: string;
}

/**
 * What to say about the last delivery: its state, the time that state was reached (delivered, given
 * up) or the next try is due (pending), and how the latest attempt failed when it did.
 */
export function deliveryFacts(d: WebhookDeliverySummary | null): DeliveryFacts | null {
  if (!d) return null;
  const stateKey = STATE_KEYS[d.state] ?? 'webhooks.delivery.unknown';
  const pending = d.state !== 'delivered' && d.state !== 'failed';
  const at = (d.state === 'delivered' ? d.deliveredAt : d.state === 'failed' ? d.failedAt : d.nextAttemptAt) ?? d.createdAt;
  const failureKey = d.state !== 'delivered' && d.outcome && d.outcome !== 'delivered' ? OUTCOME_KEYS[d.outcome] : undefined;
  const failure = failureKey ? { key: failureKey, status: d.httpStatus } : null;
  return { stateKey, atKey: pending ? 'webhooks.delivery.nextAt' : 'webhooks.delivery.at', at, failure, attempts: d.attempts, event: d.event };
}

/**
 * The API refuses an internal address with rule 'privateAddress' and the kind in meta.reason; the
 * messages are per kind ('rule.privateAddress.loopback' …), so the rule is made specific here before
 * the form shows it. Any other error is returned as it is.
 */
export function withAddressReason(error: unknown): unknown {
  if (!isApiError(error) || !error.body) return error;
  const { body } = error;
  const details = body.details.map((d) => {
    const reason = metaOf(d, 'privateAddress')?.reason;
    return reason ? { ...d, rule: `privateAddress.${reason}` } : d;
  });
  return new ApiError(error.reason, error.status, { ...body, details }, error.message);
}
