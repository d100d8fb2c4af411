import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FactorsReset } from '@bussanten/contracts';
import { Access, Operator, type OperatorActor } from '../accounts/access';
import { FactorResetsService } from '../accounts/factors/factor-resets.service';
import { OperatorFactorResetDto } from '../accounts/factors/factors.dto';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

/** The operator resets the second factors of a person who lost them all (named by e-mail address). */
@ApiTags('operator')
@Controller('operator/factor-resets')
@Access('operator')
export class OperatorFactorResetsController {
  constructor(private readonly resets: FactorResetsService) {}

  @ApiOperation({ summary: 'Reset the second factors of a person named by e-mail address' })
  @ApiSuccess('FactorsReset')
  @ApiErrors(404)
  @Post()
  @HttpCode(200)
  reset(@Operator() operator: OperatorActor, @Body() body: OperatorFactorResetDto): Promise<FactorsReset> {
    return this.resets.byOperator(operator, body.email);
  }
}
