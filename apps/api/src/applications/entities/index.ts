import { ApplicationDayEntity } from './application-day.entity';
import { ApplicationEventEntity } from './application-event.entity';
import { ApplicationEntity } from './application.entity';

export { ApplicationDayEntity, ApplicationEntity, ApplicationEventEntity };
export const APPLICATION_ENTITIES = [ApplicationEntity, ApplicationDayEntity, ApplicationEventEntity];
