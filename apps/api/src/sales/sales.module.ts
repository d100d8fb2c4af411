import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FairSalesController, MySalesController } from './sales.controller';
import { SalesClock } from './sales-clock';
import { SalesRepository } from './sales.repository';
import { SalesService } from './sales.service';

/** Daily sales (売上報告): exhibitors' figures per fair day, the organizer's confirmation, view and comparison. */
@Module({
  imports: [AuditModule],
  controllers: [MySalesController, FairSalesController],
  providers: [SalesService, SalesRepository, SalesClock],
})
export class SalesModule {}
