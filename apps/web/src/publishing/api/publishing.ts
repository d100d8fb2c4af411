import type { CreatedWebhook, PublishInput, ReleaseChange, ReleaseSummary, Webhook } from '@bussanten/contracts';

export type { CreatedWebhook, Webhook, WebhookDeliveryState, WebhookDeliverySummary } from '@bussanten/contracts';
import { isApiError, request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

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
