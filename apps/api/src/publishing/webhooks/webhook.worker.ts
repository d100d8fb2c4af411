import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { postJson, signatureOf, webhookUrlProblem } from './webhook-http';
import { WEBHOOK_OPTIONS, type WebhookOptions } from './webhook-options';
import { WebhooksRepository, type ClaimedDelivery } from './webhooks.repository';

/** Deliveries claimed per transaction. */
export const BATCH_SIZE = 10;

/** How long a claimed delivery is left to its worker: far more than a batch of 10 POSTs of at most 10 s each. */
const LEASE_MS = 10 * 60_000;

/**
 * Sends webhook deliveries, like OutboxWorker sends mail: every pollMs it claims due rows (FOR UPDATE
 * SKIP LOCKED plus a lease, so any number of API processes can share one database and none sends a
 * row another holds), POSTs them one by one, and marks each delivered on a 2xx, or counts the failure
 * and backs off (retryBaseMs × 2^n, at most retryMaxMs); the maxAttempts-th failure marks it failed.
 * A URL that is not http(s) fails at once, without retries.
 *
 * At-least-once: a delivery is marked delivered only after the receiver answered 2xx, so a crash in
 * between sends it again after the lease; X-Bussanten-Delivery stays the same so receivers can
 * drop the duplicate. Runs only when the app is started with `webhooks: { deliver: true }`.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions,
    private readonly deliveries: WebhooksRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.deliver || this.stopped) return;
    this.schedule(0);
  }

  /** Stops polling and lets the batch being sent finish (its unsent rows are handed back). */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.inFlight;
  }

  /** Claims one batch and sends it; returns how many it claimed. The timer calls it; tests may too. */
  async deliverBatch(): Promise<number> {
    const claimed = await this.deliveries.claimDue(BATCH_SIZE, LEASE_MS);
    for (const [i, delivery] of claimed.entries()) {
      if (this.stopped) {
        // Shutting down: the rest need not wait out their lease to be sent by whoever runs next.
        await this.deliveries.release(claimed.slice(i).map((d) => d.id));
        break;
      }
      await this.send(delivery);
    }
    return claimed.length;
  }

  private async send(delivery: ClaimedDelivery): Promise<void> {
    const backoff = { baseMs: this.options.retryBaseMs, maxMs: this.options.retryMaxMs, maxAttempts: this.options.maxAttempts };
    const problem = webhookUrlProblem(delivery.url);
    if (problem) {
      // Checked when the webhook was created; a row written by other means is refused, not retried.
      await this.deliveries.markAttemptFailed(delivery.id, `refused: ${problem}`, backoff, true);
      return;
    }
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    let error: string;
    try {
      const { status } = await postJson(
        delivery.url,
        {
          'Content-Type': 'application/json',
          'X-Bussanten-Event': delivery.event,
          'X-Bussanten-Delivery': delivery.id,
          'X-Bussanten-Timestamp': String(timestamp),
          'X-Bussanten-Signature': signatureOf(delivery.secret, timestamp, body),
        },
        body,
        this.options.timeoutMs,
      );
      if (status >= 200 && status < 300) {
        await this.deliveries.markDelivered(delivery.id);
        return;
      }
      // Only the status: the answer's body stays unread (see webhookUrlProblem on SSRF).
      error = `HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}`;
    } catch (e) {
      error = e instanceof Error ? e.message || e.name : String(e);
    }
    await this.deliveries.markAttemptFailed(delivery.id, error, backoff);
    const last = delivery.attempts + 1 >= this.options.maxAttempts;
    this.logger.warn(`webhook delivery ${delivery.id} (${delivery.event}): attempt ${delivery.attempts + 1} failed (${error})${last ? '; giving up' : ''}`);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.inFlight = this.poll().finally(() => {
        this.inFlight = null;
      });
    }, delayMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    let full = false;
    try {
      full = (await this.deliverBatch()) === BATCH_SIZE;
    } catch (e) {
      this.logger.warn(`webhook poll failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.schedule(full ? 0 : this.options.pollMs);
  }
}
