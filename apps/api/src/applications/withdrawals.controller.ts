import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type FairWithdrawal } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { WithdrawalsService } from './withdrawals.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);

/** The organizers' list of a fair's withdrawn applications (read-only; the fair must be their host's). */
@ApiTags('applications')
@Controller()
@Access('organizer')
export class WithdrawalsController {
  constructor(private readonly withdrawals: WithdrawalsService) {}

  @ApiOperation({ summary: "A fair's withdrawn applications" })
  @ApiSuccess('FairWithdrawal', { array: true })
  @ApiErrors(404)
  @Get('fairs/:id/withdrawals')
  list(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<FairWithdrawal[]> {
    return this.withdrawals.list(organizer, id);
  }
}
