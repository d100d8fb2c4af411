import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { FairsModule } from '../fairs/fairs.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { BoothsController } from './booths.controller';
import { BoothsRepository } from './booths.repository';
import { BoothsService } from './booths.service';
import { ProposalsController } from './proposals.controller';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';

/** Floor plans (booths of a fair), booth assignments and automatic assignment proposals. */
@Module({
  imports: [FairsModule, ApplicationsModule],
  controllers: [BoothsController, AssignmentsController, ProposalsController],
  providers: [BoothsService, BoothsRepository, AssignmentsService, AssignmentsRepository, ProposalsService, ProposalsRepository],
})
export class BoothsModule {}
