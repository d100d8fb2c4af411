import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../../accounts/access';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { WebhookDto } from './webhook.dto';
import type { CreatedWebhook, Webhook, WebhookTestQueued } from '@bussanten/contracts';
import { WebhooksService } from './webhooks.service';

const WebhookId = new ParseIdPipe(ErrorCode.NotFound);

/** The host's webhooks: where its published schedule changes are POSTed. */
@ApiTags('webhooks')
@Controller('webhooks')
@Access('organizer')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  /** The host's webhooks with the state of each one's newest delivery; never the secrets. */
  @Get()
  list(@Organizer() organizer: OrganizerActor): Promise<Webhook[]> {
    return this.webhooks.list(organizer);
  }

  /** Adds a webhook; the answer holds its signing secret, shown this once. */
  @Post()
  create(@Organizer() organizer: OrganizerActor, @Body() body: WebhookDto): Promise<CreatedWebhook> {
    return this.webhooks.create(organizer, body);
  }

  /** Turns the webhook off for good: no more events, pending ones are dropped. */
  @Delete(':id')
  @HttpCode(204)
  delete(@Organizer() organizer: OrganizerActor, @Param('id', WebhookId) id: string): Promise<void> {
    return this.webhooks.delete(organizer, id);
  }

  /** Queues a 'ping' event to this webhook, to check the receiver and its signature check. */
  @Post(':id/test')
  @HttpCode(202)
  test(@Organizer() organizer: OrganizerActor, @Param('id', WebhookId) id: string): Promise<WebhookTestQueued> {
    return this.webhooks.test(organizer, id);
  }
}
