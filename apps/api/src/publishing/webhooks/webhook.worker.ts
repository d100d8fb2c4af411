import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { isLastAttempt, PollingWorker, retryBackoff, type RetryBackoff } from '../../common/polling/polling-worker';
import { SecretBoxError } from '../../common/secret-box';
import { checkHost } from './webhook-address';
import { DeliveryFailure, postJson, signatureOf, webhookUrlProblem } from './webhook-http';
import { WEBHOOK_OPTIONS, type WebhookOptions } from './webhook-options';
import { secretContext } from './webhook-secrets';
import { WebhooksRepository, type AttemptFailure, type ClaimedDelivery } from './webhooks.repository';

/** Deliveries claimed per transaction. */
export const BATCH_SIZE = 10;

/** How long a claimed delivery is left to its worker: far more than a batch of 10 POSTs of at most 10 s each. */
const LEASE_MS = 10 * 60_000;

/**
 * Sends webhook deliveries, like OutboxWorker sends mail, on the same PollingWorker (common/polling):
 * every pollMs it claims due rows (FOR UPDATE SKIP LOCKED plus a lease, so any number of API
 * processes can share one database and none sends a row another holds), POSTs them one by one, and marks each delivered on a 2xx, or counts the failure
 * and backs off (retryBaseMs × 2^n, at most retryMaxMs); the maxAttempts-th failure marks it failed.
 * A URL that is not http(s), or names a refused address itself, fails at once, without retries.
 *
 * Each attempt first resolves the host and checks every address (checkHost: no loopback, private,
 * link-local, CGNAT, multicast, unspecified or reserved ones unless WEBHOOK_ALLOW_PRIVATE), then
 * connects to those very addresses (no second DNS query to rebind), and follows no redirect. The
 * organizer sees the outcome as a category (WebhookDeliveryOutcome); the cause goes to the log and
 * to last_error, for operators.
 *
 * At-least-once: a delivery is marked delivered only after the receiver answered 2xx, so a crash in
 * between sends it again after the lease; X-Bussanten-Delivery stays the same so receivers can
 * drop the duplicate. Runs only when the app is started with `webhooks: { deliver: true }`.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private readonly poller: PollingWorker<ClaimedDelivery>;

  constructor(
    @Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions,
    private readonly deliveries: WebhooksRepository,
  ) {
    this.poller = new PollingWorker({
      name: 'webhook',
      logger: this.logger,
      queue: deliveries,
      deliver: (delivery) => this.send(delivery),
      batchSize: BATCH_SIZE,
      leaseMs: LEASE_MS,
      pollMs: options.pollMs,
    });
  }

  onApplicationBootstrap(): void {
    if (!this.options.deliver) return;
    this.poller.start();
  }

  /** Stops polling and lets the batch being sent finish (its unsent rows are handed back). */
  async onModuleDestroy(): Promise<void> {
    await this.poller.stop();
  }

  /** Claims one batch and sends it; returns how many it claimed. The timer calls it; tests may too. */
  async deliverBatch(): Promise<number> {
    return this.poller.runRound();
  }

  private async send(delivery: ClaimedDelivery): Promise<void> {
    const backoff = retryBackoff(this.options);
    const secret = this.secretOf(delivery);
    if (secret === null) return; // left to its lease: retried once the app has the right key
    const problem = webhookUrlProblem(delivery.url);
    if (problem) {
      // Checked when the webhook was created; a row written by other means is refused, not retried.
      await this.fail(delivery, { outcome: 'addressBlocked', httpStatus: null, detail: `refused: ${problem}` }, backoff, true);
      return;
    }
    const { resolveHost, allowPrivate, timeoutMs } = this.options;
    const check = await checkHost(new URL(delivery.url).hostname, { resolve: resolveHost, allowPrivate, timeoutMs });
    if (check.kind === 'blocked') {
      // An address in the URL never changes: no retries. A name may point elsewhere later: retried.
      await this.fail(
        delivery,
        { outcome: 'addressBlocked', httpStatus: null, detail: `refused: the host ${check.literal ? 'is' : 'resolves to'} a ${check.reason} address` },
        backoff,
        check.literal,
      );
      return;
    }
    if (check.kind === 'unresolved') {
      await this.fail(delivery, { outcome: check.timedOut ? 'timedOut' : 'unreachable', httpStatus: null, detail: check.detail }, backoff);
      return;
    }
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    let failure: AttemptFailure;
    try {
      const { status } = await postJson(
        delivery.url,
        {
          'Content-Type': 'application/json',
          'X-Bussanten-Event': delivery.event,
          'X-Bussanten-Delivery': delivery.id,
          'X-Bussanten-Timestamp': String(timestamp),
          'X-Bussanten-Signature': signatureOf(secret, timestamp, body),
        },
        body,
        timeoutMs,
        { addresses: check.addresses, allowPrivate },
      );
      if (status >= 200 && status < 300) {
        await this.deliveries.markDelivered(delivery.id, status);
        return;
      }
      // Only the status: the answer's body stays unread, so a webhook cannot be used to read what answers.
      failure = {
        outcome: 'receiverRefused',
        httpStatus: status,
        detail: `HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}`,
      };
    } catch (e) {
      failure =
        e instanceof DeliveryFailure
          ? { outcome: e.outcome, httpStatus: null, detail: e.message }
          : { outcome: 'unreachable', httpStatus: null, detail: e instanceof Error ? e.message || e.name : String(e) };
    }
    await this.fail(delivery, failure, backoff);
  }

  private async fail(delivery: ClaimedDelivery, failure: AttemptFailure, backoff: RetryBackoff, permanent = false): Promise<void> {
    await this.deliveries.markAttemptFailed(delivery.id, failure, backoff, permanent);
    const last = permanent || isLastAttempt(delivery.attempts, backoff);
    // Ids and the cause only: never the URL (its query may hold the receiver's token) or the secret.
    this.logger.warn(
      `webhook delivery ${delivery.id} (${delivery.event}, webhook ${delivery.webhookId}): attempt ${delivery.attempts + 1} ${failure.outcome} (${failure.detail})${last ? '; giving up' : ''}`,
    );
  }

  /**
   * The webhook's signing secret, opened with the app's key; null (and an error in the log) when it
   * does not open, i.e. APP_SECRET is not the key it was sealed with: the delivery stays pending
   * rather than fail for the receiver's sake, and goes out once the right key is configured.
   */
  private secretOf(delivery: ClaimedDelivery): string | null {
    if (delivery.secretEncrypted === null) return delivery.secret;
    try {
      if (!this.options.secretBox) throw new SecretBoxError('no APP_SECRET was given to the app');
      return this.options.secretBox.open(delivery.secretEncrypted, secretContext(delivery.webhookId));
    } catch (e) {
      if (!(e instanceof SecretBoxError)) throw e;
      this.logger.error(
        `webhook delivery ${delivery.id}: the signing secret of webhook ${delivery.webhookId} does not open (${e.message}); set APP_SECRET (and APP_SECRET_PREVIOUS while rotating) as README "Secrets" says`,
      );
      return null;
    }
  }
}
