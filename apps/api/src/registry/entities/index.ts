import { AgreementKindEntity } from './agreement-kind.entity';
import { AgreementPartyEntity } from './agreement-party.entity';
import { AgreementEntity } from './agreement.entity';
import { MunicipalityChangeEntity } from './municipality-change.entity';
import { MunicipalityEntity } from './municipality.entity';
import { ProgrammeEntity } from './programme.entity';

export { AgreementKindEntity, AgreementPartyEntity, AgreementEntity, MunicipalityChangeEntity, MunicipalityEntity, ProgrammeEntity };
export const REGISTRY_ENTITIES = [MunicipalityEntity, AgreementKindEntity, AgreementEntity, AgreementPartyEntity, ProgrammeEntity, MunicipalityChangeEntity];
