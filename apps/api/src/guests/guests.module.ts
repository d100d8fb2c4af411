import { Module } from '@nestjs/common';
import { FairsModule } from '../fairs/fairs.module';
import { AppearancesRepository } from './appearances.repository';
import { AppearancesService } from './appearances.service';
import { GuestsController } from './guests.controller';
import { GuestsRepository } from './guests.repository';
import { GuestsService } from './guests.service';

/** Guests (mascots, ambassadors, performers), the stages of fairs, and guest appearances. */
@Module({
  imports: [FairsModule],
  controllers: [GuestsController],
  providers: [GuestsService, GuestsRepository, AppearancesService, AppearancesRepository],
})
export class GuestsModule {}
