import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AgreementKindInfo, Prefecture, Programme } from '@bussanten/contracts';
import { PREFECTURES } from '@bussanten/domain';
import { Access } from '../accounts/access';
import { AgreementsService } from './agreements.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

/** Read-only lists the registry UI and the public pages explain things with. */
@ApiTags('registry')
@Controller()
@Access('public')
export class ReferenceController {
  constructor(private readonly agreements: AgreementsService) {}

  @ApiOperation({ summary: 'The 47 prefectures' })
  @ApiSuccess('Prefecture', { array: true })
  @ApiErrors(400)
  @Get('prefectures')
  prefectures(): readonly Prefecture[] {
    return PREFECTURES;
  }

  @ApiOperation({ summary: 'The kinds of agreements, with their explanations' })
  @ApiSuccess('AgreementKindInfo', { array: true })
  @ApiErrors(400)
  @Get('agreement-kinds')
  kinds(): Promise<AgreementKindInfo[]> {
    return this.agreements.kinds();
  }

  @ApiOperation({ summary: 'The programmes fairs can belong to' })
  @ApiSuccess('Programme', { array: true })
  @ApiErrors(400)
  @Get('programmes')
  programmes(): Promise<Programme[]> {
    return this.agreements.programmes();
  }
}
