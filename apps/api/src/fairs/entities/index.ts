import { FairDayEntity } from './fair-day.entity';
import { FairEntity } from './fair.entity';
import { RoomEntity } from './room.entity';
import { VenueEntity } from './venue.entity';

export { FairDayEntity, FairEntity, RoomEntity, VenueEntity };
export const FAIR_ENTITIES = [VenueEntity, RoomEntity, FairEntity, FairDayEntity];
