import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { ErrorCode, metaDetail } from '@bussanten/contracts';
import type { OrganizerActor } from '../../accounts/access';
import { AuditService } from '../../audit/audit.service';
import { DomainError, validationFailed } from '../../common/domain-error';
import { checkHost } from './webhook-address';
import { webhookUrlProblem } from './webhook-http';
import { WEBHOOK_OPTIONS, type WebhookOptions } from './webhook-options';
import { secretContext } from './webhook-secrets';
import type { CreatedWebhook, Webhook, WebhookAddressReason, WebhookTestQueued } from '@bussanten/contracts';
import { WebhooksRepository } from './webhooks.repository';

/** Webhooks per host: each event is POSTed to every one of them, so their number bounds the fan-out. */
export const MAX_WEBHOOKS_PER_HOST = 10;

export const webhookNotFound = (id: string) => new DomainError(ErrorCode.NotFound, `No webhook with id ${id}`);

const REASON_TEXT: Record<WebhookAddressReason, string> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  linkLocal: 'a link-local address',
  cgnat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  unspecified: 'the unspecified address',
  reserved: 'a reserved address',
};

/** A host's webhooks: the organizers' API. Events are enqueued through WebhookOutbox. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly repo: WebhooksRepository,
    private readonly audit: AuditService,
    @Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions,
  ) {}

  list(actor: OrganizerActor): Promise<Webhook[]> {
    return this.repo.list(actor.user.hostId);
  }

  /**
   * The secret is in this answer and nowhere else (not in the list, not in the audit log; stored
   * sealed). A URL whose host is, or resolves to, an address webhooks may not go to is refused,
   * naming the kind of address but not the address (an organizer must not learn what names resolve
   * to inside the server's network). A name that does not resolve now is accepted: it may be set up
   * later, and every delivery checks again.
   */
  async create(actor: OrganizerActor, input: { url: string }): Promise<CreatedWebhook> {
    const url = input.url.trim();
    const problem = webhookUrlProblem(url);
    if (problem) throw validationFailed([{ field: 'url', rule: 'webhookUrl', message: problem }]);
    const { resolveHost, allowPrivate, timeoutMs, secretBox } = this.options;
    const check = await checkHost(new URL(url).hostname, { resolve: resolveHost, allowPrivate, timeoutMs: Math.min(timeoutMs, 5_000) });
    if (check.kind === 'blocked') {
      const message = `url's host ${check.literal ? 'is' : 'resolves to'} ${REASON_TEXT[check.reason]}, which webhooks may not be sent to`;
      throw validationFailed([metaDetail('url', 'privateAddress', message, { reason: check.reason })]);
    }
    if (!secretBox) throw new Error('webhooks need the app secret (APP_SECRET): none was given to the app');
    const secret = randomBytes(32).toString('base64url');
    const id = randomUUID();
    await this.repo.transaction(async (m) => {
      const hostId = actor.user.hostId;
      await this.repo.lockHost(hostId, m);
      if ((await this.repo.activeCount(hostId, m)) >= MAX_WEBHOOKS_PER_HOST) {
        throw validationFailed([metaDetail('url', 'maxWebhooks', `a host can have at most ${MAX_WEBHOOKS_PER_HOST} webhooks`, { max: MAX_WEBHOOKS_PER_HOST })]);
      }
      await this.repo.insert(id, hostId, url, secretBox.seal(secret, secretContext(id)), m);
      await this.audit.record(m, actor, { action: 'webhook.created', entityType: 'webhook', entityId: id, changes: { url: { before: null, after: url } } });
    });
    return { id, url, secret };
  }

  async delete(actor: OrganizerActor, id: string): Promise<void> {
    await this.repo.transaction(async (m) => {
      const found = await this.repo.findActive(id, actor.user.hostId, m);
      if (!found) throw webhookNotFound(id);
      await this.repo.disable(id, actor.user.hostId, m);
      await this.audit.record(m, actor, {
        action: 'webhook.deleted',
        entityType: 'webhook',
        entityId: id,
        changes: { url: { before: found.url, after: null } },
      });
    });
  }

  /** Queues a 'ping' to this webhook alone; the worker sends it like any event. */
  async test(actor: OrganizerActor, id: string): Promise<WebhookTestQueued> {
    const deliveryId = await this.repo.transaction(async (m) => {
      const found = await this.repo.findActive(id, actor.user.hostId, m);
      if (!found) throw webhookNotFound(id);
      const payload = { event: 'ping', webhookId: id, sentAt: new Date().toISOString() };
      const queued = await this.repo.enqueueFor(m, id, actor.user.hostId, 'ping', JSON.stringify(payload));
      if (!queued) throw webhookNotFound(id);
      return queued;
    });
    return { deliveryId };
  }
}
