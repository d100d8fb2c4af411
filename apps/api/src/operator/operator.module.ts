import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { OperatorFactorResetsController } from './factor-resets.controller';
import { HostsRepository } from './hosts.repository';
import { OperatorController } from './operator.controller';
import { OperatorService } from './operator.service';

/** The install's operator: hosts, their first organizers, counts. */
@Module({
  imports: [AccountsModule],
  controllers: [OperatorController, OperatorFactorResetsController],
  providers: [HostsRepository, OperatorService],
})
export class OperatorModule {}
