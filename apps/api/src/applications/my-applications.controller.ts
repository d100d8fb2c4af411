import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Put, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  type Application,
  type ApplicationSummary,
  type ExhibitorGuide,
  type FairForApplicants,
  type PreviousApplicationAnswer,
} from '@bussanten/contracts';
import { Access, Representative, type RepresentativeActor } from '../accounts/access';
import { SITE_OPTIONS, type SiteOptions } from '../accounts/session-options';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApplicationDraftDto, ApplicationDto } from './dto/application.dto';
import { ExhibitorGuideService } from './exhibitor-guide.service';
import { MyApplicationsService } from './my-applications.service';
import { ApiErrors, ApiFile, ApiSuccess } from '../common/openapi/decorators';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const ApplicationId = new ParseIdPipe(ErrorCode.ApplicationNotFound);

/** A representative's fairs and their municipality's applications; nothing of other municipalities. */
@ApiTags('applications')
@Controller('my')
@Access('representative')
export class MyApplicationsController {
  constructor(
    private readonly applications: MyApplicationsService,
    private readonly guides: ExhibitorGuideService,
    @Inject(SITE_OPTIONS) private readonly site: SiteOptions,
  ) {}

  @ApiOperation({ summary: 'The fairs the own municipality may apply to' })
  @ApiSuccess('FairForApplicants', { array: true })
  @Get('fairs')
  fairs(@Representative() representative: RepresentativeActor): Promise<FairForApplicants[]> {
    return this.applications.fairs(representative);
  }

  @ApiOperation({ summary: 'A fair as applicants see it' })
  @ApiSuccess('FairForApplicants')
  @ApiErrors(404)
  @Get('fairs/:fairId')
  fair(@Representative() representative: RepresentativeActor, @Param('fairId', FairId) fairId: string): Promise<FairForApplicants> {
    return this.applications.fair(representative, fairId);
  }

  @ApiOperation({ summary: 'Apply to a fair for the own municipality' })
  @ApiSuccess('Application')
  @ApiErrors(404, 409)
  @Post('fairs/:fairId/application')
  apply(@Representative() representative: RepresentativeActor, @Param('fairId', FairId) fairId: string, @Body() body: ApplicationDto): Promise<Application> {
    return this.applications.apply(representative, fairId, body);
  }

  @ApiOperation({ summary: 'Save the application to a fair as a draft (only the own municipality sees it; submit it with POST …/application)' })
  @ApiSuccess('Application')
  @ApiErrors(404, 409)
  @Put('fairs/:fairId/application/draft')
  saveDraft(
    @Representative() representative: RepresentativeActor,
    @Param('fairId', FairId) fairId: string,
    @Body() body: ApplicationDraftDto,
  ): Promise<Application> {
    return this.applications.saveDraft(representative, fairId, body);
  }

  @ApiOperation({ summary: "The own municipality's latest earlier application to another fair of the same host, to copy from (not its days)" })
  @ApiSuccess('PreviousApplicationAnswer')
  @ApiErrors(404)
  @Get('fairs/:fairId/previous-application')
  previous(@Representative() representative: RepresentativeActor, @Param('fairId', FairId) fairId: string): Promise<PreviousApplicationAnswer> {
    return this.applications.previous(representative, fairId);
  }

  @ApiOperation({ summary: "The own municipality's applications" })
  @ApiSuccess('ApplicationSummary', { array: true })
  @Get('applications')
  list(@Representative() representative: RepresentativeActor): Promise<ApplicationSummary[]> {
    return this.applications.list(representative);
  }

  @ApiOperation({ summary: 'One of the own applications' })
  @ApiSuccess('Application')
  @ApiErrors(404)
  @Get('applications/:id')
  get(@Representative() representative: RepresentativeActor, @Param('id', ApplicationId) id: string): Promise<Application> {
    return this.applications.get(representative, id);
  }

  @ApiOperation({ summary: "An own application's booth on the plan, days and hours, deadlines, public page and the host's contact" })
  @ApiSuccess('ExhibitorGuide')
  @ApiErrors(404)
  @Get('applications/:id/guide')
  guide(@Representative() representative: RepresentativeActor, @Param('id', ApplicationId) id: string): Promise<ExhibitorGuide> {
    return this.guides.guide(representative, id, this.site.origin);
  }

  @ApiOperation({ summary: "An accepted own application's days at its booth, as iCalendar" })
  @ApiFile('text/calendar')
  @ApiErrors(404, 409)
  @Get('applications/:id/calendar.ics')
  @Header('Cache-Control', 'no-store')
  async calendar(@Representative() representative: RepresentativeActor, @Param('id', ApplicationId) id: string, @Res() res: Response): Promise<void> {
    const { filename, body } = await this.guides.calendar(representative, id);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.send(body);
  }

  @ApiOperation({ summary: 'Change an own application while it may be edited' })
  @ApiSuccess('Application')
  @ApiErrors(404, 409)
  @Put('applications/:id')
  update(@Representative() representative: RepresentativeActor, @Param('id', ApplicationId) id: string, @Body() body: ApplicationDto): Promise<Application> {
    return this.applications.update(representative, id, body);
  }

  @ApiOperation({ summary: 'Withdraw an own application' })
  @ApiSuccess('Application')
  @ApiErrors(404, 409)
  @Post('applications/:id/withdraw')
  @HttpCode(200)
  withdraw(@Representative() representative: RepresentativeActor, @Param('id', ApplicationId) id: string): Promise<Application> {
    // The organizers' mail links to the fair's publishing page at the site's configured address.
    return this.applications.withdraw(representative, id, this.site.origin);
  }
}
