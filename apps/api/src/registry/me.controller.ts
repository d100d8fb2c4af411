import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Municipality } from '@bussanten/contracts';
import { Access, CurrentActor, type Actor } from '../accounts/access';
import { MunicipalitiesService } from './municipalities.service';

/** A representative's own municipality: the only registry record they may read. */
@ApiTags('registry')
@Controller('me')
export class MeController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get('municipality')
  @Access('representative')
  municipality(@CurrentActor() actor: Actor): Promise<Municipality> {
    return this.municipalities.get(actor.user?.municipalityId as string, null);
  }
}
