import { Module } from '@nestjs/common';
import { ApplicationEventsRepository } from '../applications/application-events.repository';
import { DayChangesRepository } from './day-changes/day-changes.repository';
import { DayChangesService } from './day-changes/day-changes.service';
import { FairsController } from './fairs.controller';
import { FairsRepository } from './fairs.repository';
import { FairsService } from './fairs.service';
import { FairTransferController } from './transfer/fair-transfer.controller';
import { FairTransferRepository } from './transfer/fair-transfer.repository';
import { FairTransferService } from './transfer/fair-transfer.service';

/** Venues, rooms and fairs with their days and opening hours; a fair's export and import as one JSON document. */
@Module({
  controllers: [FairsController, FairTransferController],
  // ApplicationEventsRepository is stateless SQL: provided here too, since ApplicationsModule imports this module.
  providers: [FairsService, FairsRepository, FairTransferService, FairTransferRepository, DayChangesService, DayChangesRepository, ApplicationEventsRepository],
  exports: [FairsService],
})
export class FairsModule {}
