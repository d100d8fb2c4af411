import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../../accounts/access';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { WebhookDto } from './webhook.dto';
import type { CreatedWebhook, Webhook, WebhookTestQueued } from '@bussanten/contracts';
import { WebhooksService } from './webhooks.service';
import { ApiErrors, ApiSuccess } from '../../common/openapi/decorators';

const WebhookId = new ParseIdPipe(ErrorCode.NotFound);

/** The host's webhooks: where its published schedule changes are POSTed. */
@ApiTags('webhooks')
@Controller('webhooks')
@Access('organizer')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  /** The host's webhooks with the state of each one's newest delivery; never the secrets. */
  @ApiOperation({ summary: "The host's webhooks" })
  @ApiSuccess('Webhook', { array: true })
  @Get()
  list(@Organizer() organizer: OrganizerActor): Promise<Webhook[]> {
    return this.webhooks.list(organizer);
  }

  /** Adds a webhook; the answer holds its signing secret, shown this once. */
  @ApiOperation({ summary: 'Add a webhook; the answer holds its signing secret, this once' })
  @ApiSuccess('CreatedWebhook')
  @Post()
  create(@Organizer() organizer: OrganizerActor, @Body() body: WebhookDto): Promise<CreatedWebhook> {
    return this.webhooks.create(organizer, body);
  }

  /** Turns the webhook off for good: no more events, pending ones are dropped. */
  @ApiOperation({ summary: 'Turn a webhook off for good' })
  @ApiErrors(404)
  @Delete(':id')
  @HttpCode(204)
  delete(@Organizer() organizer: OrganizerActor, @Param('id', WebhookId) id: string): Promise<void> {
    return this.webhooks.delete(organizer, id);
  }

  /** Queues a 'ping' event to this webhook, to check the receiver and its signature check. */
  @ApiOperation({ summary: 'Queue a ping event to a webhook' })
  @ApiSuccess('WebhookTestQueued')
  @ApiErrors(404)
  @Post(':id/test')
  @HttpCode(202)
  test(@Organizer() organizer: OrganizerActor, @Param('id', WebhookId) id: string): Promise<WebhookTestQueued> {
    return this.webhooks.test(organizer, id);
  }
}
