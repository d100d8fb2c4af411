import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Agreement, type AgreementSummary } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AgreementQueryDto, CreateAgreementDto, UpdateAgreementDto } from './dto/agreement.dto';
import { AgreementsService } from './agreements.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const AgreementId = new ParseIdPipe(ErrorCode.AgreementNotFound);

@ApiTags('registry')
@Controller('agreements')
@Access('organizer')
export class AgreementsController {
  constructor(private readonly service: AgreementsService) {}

  @ApiOperation({ summary: 'Agreements with partner municipalities' })
  @ApiSuccess('AgreementSummary', { array: true })
  @ApiErrors(400)
  @Get()
  list(@Organizer() organizer: OrganizerActor, @Query() query: AgreementQueryDto): Promise<AgreementSummary[]> {
    return this.service.list(organizer, query);
  }

  @ApiOperation({ summary: 'An agreement' })
  @ApiSuccess('Agreement')
  @ApiErrors(404)
  @Get(':id')
  get(@Organizer() organizer: OrganizerActor, @Param('id', AgreementId) id: string): Promise<Agreement> {
    return this.service.get(organizer, id);
  }

  @ApiOperation({ summary: 'Record an agreement' })
  @ApiSuccess('Agreement')
  @Post()
  create(@Organizer() organizer: OrganizerActor, @Body() body: CreateAgreementDto): Promise<Agreement> {
    return this.service.create(organizer, body);
  }

  @ApiOperation({ summary: 'Change an agreement' })
  @ApiSuccess('Agreement')
  @ApiErrors(404)
  @Patch(':id')
  update(@Organizer() organizer: OrganizerActor, @Param('id', AgreementId) id: string, @Body() body: UpdateAgreementDto): Promise<Agreement> {
    return this.service.update(organizer, id, body);
  }

  @ApiOperation({ summary: 'Delete an agreement' })
  @ApiErrors(404)
  @Delete(':id')
  @HttpCode(204)
  remove(@Organizer() organizer: OrganizerActor, @Param('id', AgreementId) id: string): Promise<void> {
    return this.service.remove(organizer, id);
  }
}
