import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Municipality, type MunicipalityChange, type MunicipalitySummary, type Page } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateMunicipalityDto, MunicipalityQueryDto, UpdateMunicipalityDto } from './dto/municipality.dto';
import { MunicipalitiesService } from './municipalities.service';

const MunicipalityId = new ParseIdPipe(ErrorCode.MunicipalityNotFound);
const ChangeId = new ParseIdPipe(ErrorCode.MunicipalityChangeNotFound);

@ApiTags('registry')
@Controller('municipalities')
@Access('organizer')
export class MunicipalitiesController {
  constructor(private readonly service: MunicipalitiesService) {}

  @Get()
  list(@Organizer() organizer: OrganizerActor, @Query() query: MunicipalityQueryDto): Promise<Page<MunicipalitySummary>> {
    return this.service.list(organizer, query);
  }

  @Get(':id')
  get(@Organizer() organizer: OrganizerActor, @Param('id', MunicipalityId) id: string): Promise<Municipality> {
    return this.service.get(id, organizer.user.hostId);
  }

  /** Every host's changes to its shared fields, newest first: the registry is shared, so is its history. */
  @Get(':id/history')
  history(@Param('id', MunicipalityId) id: string): Promise<MunicipalityChange[]> {
    return this.service.listHistory(id);
  }

  /** Puts back what a change replaced; the revert is a history entry of its own. */
  @Post(':id/history/:changeId/revert')
  @HttpCode(200)
  revert(
    @Organizer() organizer: OrganizerActor,
    @Param('id', MunicipalityId) id: string,
    @Param('changeId', ChangeId) changeId: string,
  ): Promise<Municipality> {
    return this.service.revert(organizer, id, changeId);
  }

  @Post()
  create(@Organizer() organizer: OrganizerActor, @Body() body: CreateMunicipalityDto): Promise<Municipality> {
    return this.service.create(organizer, body);
  }

  @Patch(':id')
  update(@Organizer() organizer: OrganizerActor, @Param('id', MunicipalityId) id: string, @Body() body: UpdateMunicipalityDto): Promise<Municipality> {
    return this.service.update(organizer, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Organizer() organizer: OrganizerActor, @Param('id', MunicipalityId) id: string): Promise<void> {
    return this.service.remove(organizer, id);
  }
}
