import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { HostsRepository } from './hosts.repository';
import { OperatorController } from './operator.controller';
import { OperatorService } from './operator.service';

/** The install's operator: hosts, their first organizers, counts. */
@Module({
  imports: [AccountsModule],
  controllers: [OperatorController],
  providers: [HostsRepository, OperatorService],
})
export class OperatorModule {}
