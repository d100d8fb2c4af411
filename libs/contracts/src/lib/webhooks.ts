/**
 * Request and response shapes of /api/webhooks.
 *
 * A webhook receives a POST for each event of its host, with the body as JSON and these headers:
 *   Content-Type: application/json
 *   X-Bussanten-Event: the event name ('ping', or the publishing events)
 *   X-Bussanten-Delivery: the delivery id (the same on every retry: receivers can drop duplicates)
 *   X-Bussanten-Timestamp: unix seconds of this attempt
 *   X-Bussanten-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>", keyed by the secret (its UTF-8 text)>
 * Any 2xx answer counts as delivered; anything else (redirects included: they are never followed),
 * or no answer within 10 s, is retried after 10 s × 2^n (at most 1 h), and the 8th failure gives up.
 *
 * Only public addresses receive webhooks: a URL whose host is, or resolves to, a loopback, private,
 * link-local, CGNAT, multicast, unspecified or reserved address is refused when it is registered
 * (400, rule 'privateAddress', meta.reason one of WebhookAddressReason) and again at every delivery
 * (outcome 'addressBlocked'), unless the install sets WEBHOOK_ALLOW_PRIVATE=true.
 */
export type WebhookDeliveryState = 'pending' | 'delivered' | 'failed';

/** Why an address may not receive webhooks: details[].meta.reason of a 400 with rule 'privateAddress'. */
export type WebhookAddressReason = 'loopback' | 'private' | 'linkLocal' | 'cgnat' | 'multicast' | 'unspecified' | 'reserved';

export const WEBHOOK_ADDRESS_REASONS: readonly WebhookAddressReason[] = ['loopback', 'private', 'linkLocal', 'cgnat', 'multicast', 'unspecified', 'reserved'];

/**
 * How the latest attempt of a delivery went, in terms an organizer can act on (never the socket's own
 * error): the receiver took it (2xx), answered something else (its status in httpStatus, a redirect
 * included), could not be reached (no such name, connection refused or reset, TLS failure), did not
 * answer in time, or its address is one webhooks may not be sent to.
 */
export type WebhookDeliveryOutcome = 'delivered' | 'receiverRefused' | 'unreachable' | 'timedOut' | 'addressBlocked';

export const WEBHOOK_DELIVERY_OUTCOMES: readonly WebhookDeliveryOutcome[] = ['delivered', 'receiverRefused', 'unreachable', 'timedOut', 'addressBlocked'];

/** POST /api/webhooks */
export interface WebhookInput {
  /** http:// or https://, at most 2000 characters, to a public address. */
  url: string;
}

/** The answer to POST /api/webhooks: the only time the secret is shown. */
export interface CreatedWebhook {
  id: string;
  url: string;
  /** 32 random bytes, base64url. */
  secret: string;
}

export interface WebhookDeliverySummary {
  id: string;
  event: string;
  state: WebhookDeliveryState;
  attempts: number;
  /** How the latest attempt went; null before the first one. */
  outcome: WebhookDeliveryOutcome | null;
  /** The receiver's HTTP status when outcome is 'receiverRefused' (or 'delivered'); otherwise null. */
  httpStatus: number | null;
  createdAt: string;
  /** When the next attempt is due (pending only). */
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
}

/** An item of GET /api/webhooks: never the secret. */
export interface Webhook {
  id: string;
  url: string;
  createdAt: string;
  /** The newest delivery to this webhook, or null before the first event. */
  lastDelivery: WebhookDeliverySummary | null;
}

/** The answer to POST /api/webhooks/:id/test (202). */
export interface WebhookTestQueued {
  deliveryId: string;
}
