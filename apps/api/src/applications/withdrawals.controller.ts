import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type FairWithdrawal } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { WithdrawalsService } from './withdrawals.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);

/** The organizers' list of a fair's withdrawn applications (read-only; the fair must be their host's). */
@ApiTags('applications')
@Controller()
@Access('organizer')
export class WithdrawalsController {
  constructor(private readonly withdrawals: WithdrawalsService) {}

  @Get('fairs/:id/withdrawals')
  list(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<FairWithdrawal[]> {
    return this.withdrawals.list(organizer, id);
  }
}
