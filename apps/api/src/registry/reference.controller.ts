import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AgreementKindInfo, Prefecture, Programme } from '@bussanten/contracts';
import { PREFECTURES } from '@bussanten/domain';
import { Access } from '../accounts/access';
import { AgreementsService } from './agreements.service';

/** Read-only lists the registry UI and the public pages explain things with. */
@ApiTags('registry')
@Controller()
@Access('public')
export class ReferenceController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get('prefectures')
  prefectures(): readonly Prefecture[] {
    return PREFECTURES;
  }

  @Get('agreement-kinds')
  kinds(): Promise<AgreementKindInfo[]> {
    return this.agreements.kinds();
  }

  @Get('programmes')
  programmes(): Promise<Programme[]> {
    return this.agreements.programmes();
  }
}
