import { ReleaseEntity } from './release.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEntity } from './webhook.entity';

export { ReleaseEntity, WebhookDeliveryEntity, WebhookEntity };
export const PUBLISHING_ENTITIES = [ReleaseEntity, WebhookEntity, WebhookDeliveryEntity];
