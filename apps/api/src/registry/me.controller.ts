import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Municipality } from '@bussanten/contracts';
import { Access, Representative, type RepresentativeActor } from '../accounts/access';
import { MunicipalitiesService } from './municipalities.service';

/** A representative's own municipality, with the agreements of the active membership's host only. */
@ApiTags('registry')
@Controller('me')
export class MeController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get('municipality')
  @Access('representative')
  municipality(@Representative() representative: RepresentativeActor): Promise<Municipality> {
    const { user } = representative;
    return this.municipalities.get(user.municipalityId, user.hostId);
  }
}
