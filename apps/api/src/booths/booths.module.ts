import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { FairsModule } from '../fairs/fairs.module';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { BoothsController } from './booths.controller';
import { BoothsRepository } from './booths.repository';
import { BoothsService } from './booths.service';

/** Floor plans (booths of a fair) and booth assignments. */
@Module({
  imports: [FairsModule, ApplicationsModule],
  controllers: [BoothsController],
  providers: [BoothsService, BoothsRepository, AssignmentsService, AssignmentsRepository],
})
export class BoothsModule {}
