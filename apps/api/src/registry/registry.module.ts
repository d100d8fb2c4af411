import { Module } from '@nestjs/common';
import { AgreementsController } from './agreements.controller';
import { AgreementsRepository } from './agreements.repository';
import { AgreementsService } from './agreements.service';
import { MeController } from './me.controller';
import { MunicipalitiesController } from './municipalities.controller';
import { MunicipalitiesRepository } from './municipalities.repository';
import { MunicipalitiesService } from './municipalities.service';
import { MunicipalityHistoryRepository } from './municipality-history.repository';
import { MunicipalityHistoryService } from './municipality-history.service';
import { ReferenceController } from './reference.controller';

/** The partner-municipality registry: municipalities, agreements and their parties. */
@Module({
  controllers: [MunicipalitiesController, AgreementsController, ReferenceController, MeController],
  providers: [
    MunicipalitiesService,
    MunicipalitiesRepository,
    MunicipalityHistoryService,
    MunicipalityHistoryRepository,
    AgreementsService,
    AgreementsRepository,
  ],
})
export class RegistryModule {}
