import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type CreatedHost, type HostSummary } from '@bussanten/contracts';
import { Access, Operator, type OperatorActor } from '../accounts/access';
import { CreateHostDto } from '../accounts/dto/accounts.dto';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { OperatorService } from './operator.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const HostId = new ParseIdPipe(ErrorCode.HostNotFound);

@ApiTags('operator')
@Controller('operator/hosts')
@Access('operator')
export class OperatorController {
  constructor(private readonly operator: OperatorService) {}

  @ApiOperation({ summary: 'Every host of the install' })
  @ApiSuccess('HostSummary', { array: true })
  @Get()
  list(): Promise<HostSummary[]> {
    return this.operator.list();
  }

  @ApiOperation({ summary: 'Create a host and invite its first organizer' })
  @ApiSuccess('CreatedHost')
  @ApiErrors(409)
  @Post()
  create(@Operator() operator: OperatorActor, @Body() body: CreateHostDto): Promise<CreatedHost> {
    return this.operator.create(operator, body);
  }

  @ApiOperation({ summary: 'Disable a host' })
  @ApiSuccess('HostSummary')
  @ApiErrors(404)
  @Post(':id/disable')
  @HttpCode(200)
  disable(@Operator() operator: OperatorActor, @Param('id', HostId) id: string): Promise<HostSummary> {
    return this.operator.setDisabled(operator, id, true);
  }

  @ApiOperation({ summary: 'Enable a host again' })
  @ApiSuccess('HostSummary')
  @ApiErrors(404)
  @Post(':id/enable')
  @HttpCode(200)
  enable(@Operator() operator: OperatorActor, @Param('id', HostId) id: string): Promise<HostSummary> {
    return this.operator.setDisabled(operator, id, false);
  }
}
