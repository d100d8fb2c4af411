import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type AgreementKindInfo, type PostalCodeLookup, type Prefecture, type Programme } from '@bussanten/contracts';
import { normalizeTyped, PREFECTURES, postalCodeRule, ruleDetail } from '@bussanten/domain';
import { Access } from '../accounts/access';
import { AgreementsService } from './agreements.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';
import { DomainError, validationFailed } from '../common/domain-error';
import { lookUpPostalCode } from './postal-codes';

/** Read-only lists the registry UI and the public pages explain things with, and the postal-code lookup the venue form fills addresses from. */
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

  @ApiOperation({ summary: 'The prefecture, city and town of a postal code (Japan Post data shipped with the server)' })
  @ApiSuccess('PostalCodeLookup')
  @ApiErrors(400, 404)
  @Get('postal-codes/:code')
  postalCode(@Param('code') typed: string): PostalCodeLookup {
    // As typed in a form: '１４０－００１１' and '1400011' are read too.
    const code = normalizeTyped(typed);
    const bad = ruleDetail(postalCodeRule, 'code', code);
    if (bad) throw validationFailed([{ ...bad, rule: postalCodeRule.name }]);
    const found = lookUpPostalCode(code);
    if (!found)
      throw new DomainError(ErrorCode.PostalCodeNotFound, `Japan Post lists no place for ${code}`, [
        { field: 'code', rule: 'notFound', message: 'no place has this postal code' },
      ]);
    return found;
  }
}
