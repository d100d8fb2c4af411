import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Agreement, type AgreementSummary } from '@bussanten/contracts';
import { Access, asOrganizer, CurrentActor, type Actor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AgreementQueryDto, CreateAgreementDto, UpdateAgreementDto } from './dto/agreement.dto';
import { AgreementsService } from './agreements.service';

const AgreementId = new ParseIdPipe(ErrorCode.AgreementNotFound);

@ApiTags('registry')
@Controller('agreements')
@Access('organizer')
export class AgreementsController {
  constructor(private readonly service: AgreementsService) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: AgreementQueryDto): Promise<AgreementSummary[]> {
    return this.service.list(asOrganizer(actor), query);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', AgreementId) id: string): Promise<Agreement> {
    return this.service.get(asOrganizer(actor), id);
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateAgreementDto): Promise<Agreement> {
    return this.service.create(asOrganizer(actor), body);
  }

  @Patch(':id')
  update(@CurrentActor() actor: Actor, @Param('id', AgreementId) id: string, @Body() body: UpdateAgreementDto): Promise<Agreement> {
    return this.service.update(asOrganizer(actor), id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor, @Param('id', AgreementId) id: string): Promise<void> {
    return this.service.remove(asOrganizer(actor), id);
  }
}
