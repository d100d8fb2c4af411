import { InstallEntity } from './install.entity';
import { PublicListingEntity } from './public-listing.entity';
import { ReleaseEntity } from './release.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEntity } from './webhook.entity';

export { InstallEntity, PublicListingEntity, ReleaseEntity, WebhookDeliveryEntity, WebhookEntity };
export const PUBLISHING_ENTITIES = [ReleaseEntity, PublicListingEntity, InstallEntity, WebhookEntity, WebhookDeliveryEntity];
