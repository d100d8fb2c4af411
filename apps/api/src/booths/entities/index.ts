import { BoothAssignmentEntity } from './booth-assignment.entity';
import { BoothEntity } from './booth.entity';

export { BoothAssignmentEntity, BoothEntity };
export const BOOTH_ENTITIES = [BoothEntity, BoothAssignmentEntity];
