import { Module } from '@nestjs/common';
import { ApplicationEventsRepository } from '../applications/application-events.repository';
import { DayChangesRepository } from './day-changes/day-changes.repository';
import { DayChangesService } from './day-changes/day-changes.service';
import { FairsController } from './fairs.controller';
import { FairsRepository } from './fairs.repository';
import { FairsService } from './fairs.service';

/** Venues, rooms and fairs with their days and opening hours (export and import: FairTransferModule). */
@Module({
  controllers: [FairsController],
  // ApplicationEventsRepository is stateless SQL: provided here too, since ApplicationsModule imports this module.
  providers: [FairsService, FairsRepository, DayChangesService, DayChangesRepository, ApplicationEventsRepository],
  exports: [FairsService],
})
export class FairsModule {}
