import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Municipality, type MunicipalityChange, type MunicipalitySummary, type Page } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateMunicipalityDto, MunicipalityQueryDto, UpdateMunicipalityDto } from './dto/municipality.dto';
import { MunicipalitiesService } from './municipalities.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const MunicipalityId = new ParseIdPipe(ErrorCode.MunicipalityNotFound);
const ChangeId = new ParseIdPipe(ErrorCode.MunicipalityChangeNotFound);

@ApiTags('registry')
@Controller('municipalities')
@Access('organizer')
export class MunicipalitiesController {
  constructor(private readonly service: MunicipalitiesService) {}

  @ApiOperation({ summary: 'Municipalities of the registry, filtered and paged' })
  @ApiSuccess('MunicipalitySummaryPage')
  @ApiErrors(400)
  @Get()
  list(@Organizer() organizer: OrganizerActor, @Query() query: MunicipalityQueryDto): Promise<Page<MunicipalitySummary>> {
    return this.service.list(organizer, query);
  }

  @ApiOperation({ summary: 'A municipality' })
  @ApiSuccess('Municipality')
  @ApiErrors(404)
  @Get(':id')
  get(@Organizer() organizer: OrganizerActor, @Param('id', MunicipalityId) id: string): Promise<Municipality> {
    return this.service.get(id, organizer.user.hostId);
  }

  /** Every host's changes to its shared fields, newest first: the registry is shared, so is its history. */
  @ApiOperation({ summary: "A municipality's history of changes to its shared fields" })
  @ApiSuccess('MunicipalityChange', { array: true })
  @ApiErrors(404)
  @Get(':id/history')
  history(@Param('id', MunicipalityId) id: string): Promise<MunicipalityChange[]> {
    return this.service.listHistory(id);
  }

  /** Puts back what a change replaced; the revert is a history entry of its own. */
  @ApiOperation({ summary: 'Put back what a change replaced' })
  @ApiSuccess('Municipality')
  @ApiErrors(404, 409)
  @Post(':id/history/:changeId/revert')
  @HttpCode(200)
  revert(
    @Organizer() organizer: OrganizerActor,
    @Param('id', MunicipalityId) id: string,
    @Param('changeId', ChangeId) changeId: string,
  ): Promise<Municipality> {
    return this.service.revert(organizer, id, changeId);
  }

  @ApiOperation({ summary: 'Add a municipality' })
  @ApiSuccess('Municipality')
  @ApiErrors(409)
  @Post()
  create(@Organizer() organizer: OrganizerActor, @Body() body: CreateMunicipalityDto): Promise<Municipality> {
    return this.service.create(organizer, body);
  }

  @ApiOperation({ summary: 'Change a municipality' })
  @ApiSuccess('Municipality')
  @ApiErrors(404, 409)
  @Patch(':id')
  update(@Organizer() organizer: OrganizerActor, @Param('id', MunicipalityId) id: string, @Body() body: UpdateMunicipalityDto): Promise<Municipality> {
    return this.service.update(organizer, id, body);
  }

  @ApiOperation({ summary: 'Delete a municipality' })
  @ApiErrors(404, 409)
  @Delete(':id')
  @HttpCode(204)
  remove(@Organizer() organizer: OrganizerActor, @Param('id', MunicipalityId) id: string): Promise<void> {
    return this.service.remove(organizer, id);
  }
}
