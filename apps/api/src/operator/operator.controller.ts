import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type CreatedHost, type HostSummary } from '@bussanten/contracts';
import { Access, asOperator, CurrentActor, type Actor } from '../accounts/access';
import { CreateHostDto } from '../accounts/dto/accounts.dto';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { OperatorService } from './operator.service';

const HostId = new ParseIdPipe(ErrorCode.HostNotFound);

@ApiTags('operator')
@Controller('operator/hosts')
@Access('operator')
export class OperatorController {
  constructor(private readonly operator: OperatorService) {}

  @Get()
  list(): Promise<HostSummary[]> {
    return this.operator.list();
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateHostDto): Promise<CreatedHost> {
    return this.operator.create(asOperator(actor), body);
  }

  @Post(':id/disable')
  @HttpCode(200)
  disable(@CurrentActor() actor: Actor, @Param('id', HostId) id: string): Promise<HostSummary> {
    return this.operator.setDisabled(asOperator(actor), id, true);
  }

  @Post(':id/enable')
  @HttpCode(200)
  enable(@CurrentActor() actor: Actor, @Param('id', HostId) id: string): Promise<HostSummary> {
    return this.operator.setDisabled(asOperator(actor), id, false);
  }
}
