import { Global, Module, type DynamicModule } from '@nestjs/common';
import { WebhookOutbox } from './webhook-outbox';
import { WEBHOOK_OPTIONS, webhookOptions, type WebhookOptions } from './webhook-options';
import { WebhookWorker } from './webhook.worker';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/**
 * Webhooks: hosts register URLs, events are written to webhook_deliveries with the change that
 * caused them (WebhookOutbox, global so publishing can inject it), and a worker POSTs them, signed.
 * The worker runs only with `deliver: true` (main.ts sets it; tests opt in).
 */
@Global()
@Module({})
export class WebhooksModule {
  static forRoot(options: Partial<WebhookOptions> = {}): DynamicModule {
    return {
      module: WebhooksModule,
      controllers: [WebhooksController],
      providers: [{ provide: WEBHOOK_OPTIONS, useValue: webhookOptions(options) }, WebhooksRepository, WebhooksService, WebhookOutbox, WebhookWorker],
      exports: [WebhookOutbox],
    };
  }
}
