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
 */
export type WebhookDeliveryState = 'pending' | 'delivered' | 'failed';

/** POST /api/webhooks */
export interface WebhookInput {
  /** http:// or https://, at most 2000 characters. */
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
  lastError: string | null;
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
