import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { FairsModule } from '../fairs/fairs.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { BoothsController } from './booths.controller';
import { BoothsRepository } from './booths.repository';
import { BoothsService } from './booths.service';
import { DaySheetController } from './day-sheet.controller';
import { DaySheetRepository } from './day-sheet.repository';
import { DaySheetService } from './day-sheet.service';
import { PlacementNoticesController } from './placement-notices.controller';
import { PlacementNoticesRepository } from './placement-notices.repository';
import { PlacementNoticesService } from './placement-notices.service';
import { ProposalsController } from './proposals.controller';
import { ProposalSolver } from './proposal-solver';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';

/** Floor plans (booths of a fair), booth assignments, 「配置を通知」, automatic assignment proposals and the 当日シート. */
@Module({
  imports: [FairsModule, ApplicationsModule],
  controllers: [BoothsController, AssignmentsController, PlacementNoticesController, ProposalsController, DaySheetController],
  providers: [
    BoothsService,
    BoothsRepository,
    AssignmentsService,
    AssignmentsRepository,
    ProposalsService,
    ProposalsRepository,
    ProposalSolver,
    PlacementNoticesService,
    PlacementNoticesRepository,
    DaySheetService,
    DaySheetRepository,
  ],
})
export class BoothsModule {}
