import { Module } from '@nestjs/common';
import { FairsController } from './fairs.controller';
import { FairsRepository } from './fairs.repository';
import { FairsService } from './fairs.service';
import { FairTransferController } from './transfer/fair-transfer.controller';
import { FairTransferRepository } from './transfer/fair-transfer.repository';
import { FairTransferService } from './transfer/fair-transfer.service';

/** Venues, rooms and fairs with their days and opening hours; a fair's export and import as one JSON document. */
@Module({
  controllers: [FairsController, FairTransferController],
  providers: [FairsService, FairsRepository, FairTransferService, FairTransferRepository],
  exports: [FairsService],
})
export class FairsModule {}
