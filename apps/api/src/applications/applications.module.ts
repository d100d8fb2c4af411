import { Module } from '@nestjs/common';
import { FairsModule } from '../fairs/fairs.module';
import { ApplicationEventsRepository } from './application-events.repository';
import { ApplicationsRepository } from './applications.repository';
import { EnteredApplicationsController } from './entered-applications.controller';
import { EnteredApplicationsService } from './entered-applications.service';
import { ExhibitorGuideRepository } from './exhibitor-guide.repository';
import { ExhibitorGuideService } from './exhibitor-guide.service';
import { MyApplicationsController } from './my-applications.controller';
import { MyApplicationsService } from './my-applications.service';
import { ReviewController } from './review.controller';
import { ReviewService } from './review.service';
import { WithdrawalsController } from './withdrawals.controller';
import { WithdrawalsRepository } from './withdrawals.repository';
import { WithdrawalsService } from './withdrawals.service';

/** Municipalities' applications to fairs and the organizers' review. */
@Module({
  imports: [FairsModule],
  controllers: [MyApplicationsController, ReviewController, WithdrawalsController, EnteredApplicationsController],
  providers: [
    ApplicationsRepository,
    ApplicationEventsRepository,
    EnteredApplicationsService,
    ExhibitorGuideRepository,
    ExhibitorGuideService,
    MyApplicationsService,
    ReviewService,
    WithdrawalsRepository,
    WithdrawalsService,
  ],
  exports: [ApplicationEventsRepository],
})
export class ApplicationsModule {}
