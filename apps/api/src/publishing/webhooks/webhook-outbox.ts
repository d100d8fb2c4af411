import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WebhooksRepository } from './webhooks.repository';

/**
 * The webhook outbox: the publishing service enqueues an event in the transaction that makes the
 * release, so the release and its deliveries commit (or roll back) together; WebhookWorker POSTs them
 * afterwards. The payload is the JSON body the receivers get, as is.
 */
@Injectable()
export class WebhookOutbox {
  constructor(private readonly repo: WebhooksRepository) {}

  /** One delivery per active webhook of the host, in the caller's transaction; returns their ids (none without webhooks). */
  enqueue(manager: EntityManager, hostId: string, event: string, payload: unknown): Promise<string[]> {
    // It becomes the X-Bussanten-Event header: a plain token like 'release.published'.
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(event)) throw new RangeError(`not a webhook event name: "${event.slice(0, 100)}"`);
    const json = JSON.stringify(payload);
    if (json === undefined) throw new TypeError(`webhook payload of ${event} is not JSON`);
    return this.repo.enqueueForHost(manager, hostId, event, json);
  }
}
