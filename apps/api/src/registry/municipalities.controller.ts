import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Municipality, type MunicipalitySummary, type Page } from '@bussanten/contracts';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateMunicipalityDto, MunicipalityQueryDto, UpdateMunicipalityDto } from './dto/municipality.dto';
import { MunicipalitiesService } from './municipalities.service';

const MunicipalityId = new ParseIdPipe(ErrorCode.MunicipalityNotFound);

@ApiTags('registry')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly service: MunicipalitiesService) {}

  @Get()
  list(@Query() query: MunicipalityQueryDto): Promise<Page<MunicipalitySummary>> {
    return this.service.list(query);
  }

  @Get(':id')
  get(@Param('id', MunicipalityId) id: string): Promise<Municipality> {
    return this.service.get(id);
  }

  @Post()
  create(@Body() body: CreateMunicipalityDto): Promise<Municipality> {
    return this.service.create(body);
  }

  @Patch(':id')
  update(@Param('id', MunicipalityId) id: string, @Body() body: UpdateMunicipalityDto): Promise<Municipality> {
    return this.service.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', MunicipalityId) id: string): Promise<void> {
    return this.service.remove(id);
  }
}
