import { Module } from '@nestjs/common';
import { FairsModule } from '../fairs.module';
import { FairTransferController } from './fair-transfer.controller';
import { FairTransferRepository } from './fair-transfer.repository';
import { FairTransferService } from './fair-transfer.service';

/**
 * A fair's export and import as one JSON document. Its own module because it reaches into every
 * context's tables (booths, applications, guests) in one transaction, while the fairs module stays
 * about venues, fairs and their days and is imported by those contexts.
 */
@Module({
  imports: [FairsModule],
  controllers: [FairTransferController],
  providers: [FairTransferService, FairTransferRepository],
})
export class FairTransferModule {}
