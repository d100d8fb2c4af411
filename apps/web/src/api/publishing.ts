import type { PublishInput, ReleaseChange, ReleaseSummary } from '@bussanten/contracts';
import { isApiError, request } from './client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/**
 * The webhooks' shapes, as apps/api/src/publishing/webhooks/webhook.types.ts declares them (not yet
 * in libs/contracts). Each webhook gets a POST per event, signed: X-Bussanten-Timestamp (unix
 * seconds) and X-Bussanten-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">.
 */
export type WebhookDeliveryState = 'pending' | 'delivered' | 'failed';

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

/** The answer to POST /api/webhooks: the only time the secret is shown. */
export interface CreatedWebhook {
  id: string;
  url: string;
  secret: string;
}

/**
 * A write whose success carries no JSON (202 Accepted, or 200 with an empty body): the shared client
 * calls that an invalid response, but here it is the expected answer.
 */
async function withoutBody(send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (e) {
    if (isApiError(e) && e.reason === 'invalidResponse' && e.status >= 200 && e.status < 300) return;
    throw e;
  }
}

/** The public addresses of a released fair: pages, feeds and QR codes (all served without a session). */
export function publicLinks(slug: string) {
  const s = id(slug);
  return {
    pageJa: `/f/${s}`,
    pageEn: `/en/f/${s}`,
    ical: `/api/public/fairs/${s}/calendar.ics`,
    json: `/api/public/fairs/${s}`,
    csv: `/api/public/fairs/${s}/exhibitors.csv`,
    qrSvg: `/f/${s}/qr.svg`,
    qrPng: `/f/${s}/qr.png`,
  };
}

/** Releases of a fair's public schedule, and the host's webhooks that hear about them. */
export const publishingApi = {
  releases: (fairId: string, o: Signal = {}) => request<ReleaseSummary[]>('GET', `/fairs/${id(fairId)}/releases`, { signal: o.signal }),
  preview: (fairId: string, o: Signal = {}) => request<ReleaseChange[]>('GET', `/fairs/${id(fairId)}/releases/preview`, { signal: o.signal }),
  publish: (fairId: string, body: PublishInput) => request<ReleaseSummary>('POST', `/fairs/${id(fairId)}/releases`, { body }),

  webhooks: (o: Signal = {}) => request<Webhook[]>('GET', '/webhooks', { signal: o.signal }),
  createWebhook: (url: string) => request<CreatedWebhook>('POST', '/webhooks', { body: { url } }),
  deleteWebhook: (webhookId: string) => withoutBody(() => request<void>('DELETE', `/webhooks/${id(webhookId)}`)),
  testWebhook: (webhookId: string) => withoutBody(() => request<unknown>('POST', `/webhooks/${id(webhookId)}/test`)),
};
