import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Agreement, type AgreementSummary } from '@bussanten/contracts';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AgreementQueryDto, CreateAgreementDto, UpdateAgreementDto } from './dto/agreement.dto';
import { AgreementsService } from './agreements.service';

const AgreementId = new ParseIdPipe(ErrorCode.AgreementNotFound);

@ApiTags('registry')
@Controller('agreements')
export class AgreementsController {
  constructor(private readonly service: AgreementsService) {}

  @Get()
  list(@Query() query: AgreementQueryDto): Promise<AgreementSummary[]> {
    return this.service.list(query);
  }

  @Get(':id')
  get(@Param('id', AgreementId) id: string): Promise<Agreement> {
    return this.service.get(id);
  }

  @Post()
  create(@Body() body: CreateAgreementDto): Promise<Agreement> {
    return this.service.create(body);
  }

  @Patch(':id')
  update(@Param('id', AgreementId) id: string, @Body() body: UpdateAgreementDto): Promise<Agreement> {
    return this.service.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', AgreementId) id: string): Promise<void> {
    return this.service.remove(id);
  }
}
