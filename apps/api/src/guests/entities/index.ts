import { AppearanceEntity } from './appearance.entity';
import { GuestEntity } from './guest.entity';
import { StageEntity } from './stage.entity';

export { AppearanceEntity, GuestEntity, StageEntity };
export const GUEST_ENTITIES = [GuestEntity, StageEntity, AppearanceEntity];
