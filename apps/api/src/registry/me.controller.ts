import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Municipality } from '@bussanten/contracts';
import { Access, Representative, type RepresentativeActor } from '../accounts/access';
import { MunicipalitiesService } from './municipalities.service';
import { ApiSuccess } from '../common/openapi/decorators';

/** A representative's own municipality, with the agreements of the active membership's host only. */
@ApiTags('registry')
@Controller('me')
export class MeController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @ApiOperation({ summary: "The own municipality (a representative's), with the host's agreements" })
  @ApiSuccess('Municipality')
  @Get('municipality')
  @Access('representative')
  municipality(@Representative() representative: RepresentativeActor): Promise<Municipality> {
    const { user } = representative;
    return this.municipalities.get(user.municipalityId, user.hostId);
  }
}
