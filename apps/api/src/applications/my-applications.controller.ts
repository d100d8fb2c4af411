import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Application, type ApplicationSummary, type FairForApplicants } from '@bussanten/contracts';
import { Access, Representative, type RepresentativeActor } from '../accounts/access';
import { SITE_OPTIONS, type SiteOptions } from '../accounts/session-options';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApplicationDto } from './dto/application.dto';
import { MyApplicationsService } from './my-applications.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const ApplicationId = new ParseIdPipe(ErrorCode.ApplicationNotFound);

/** A representative's fairs and their municipality's applications; nothing of other municipalities. */
@ApiTags('applications')
@Controller('my')
@Access('representative')
export class MyApplicationsController {
  constructor(
    private readonly applications: MyApplicationsService,
    @Inject(SITE_OPTIONS) private readonly site: SiteOptions,
  ) {}

  @Get('fairs')
  fairs(@Representative() representative: RepresentativeActor): Promise<FairForApplicants[]> {
    return this.applications.fairs(representative);
  }

  @Get('fairs/:fairId')
  fair(@Representative() representative: RepresentativeActor, @Param('fairId', FairId) fairId: string): Promise<FairForApplicants> {
    return this.applications.fair(representative, fairId);
  }

  @Post('fairs/:fairId/application')
  apply(@Representative() representative: RepresentativeActor, @Param('fairId', FairId) fairId: string, @Body() body: ApplicationDto): Promise<Application> {
    return this.applications.apply(representative, fairId, body);
  }

  @Get('applications')
  list(@Representative() representative: RepresentativeActor): Promise<ApplicationSummary[]> {
    return this.applications.list(representative);
  }

  @Get('applications/:id')
  get(@Representative() representative: RepresentativeActor, @Param('id', ApplicationId) id: string): Promise<Application> {
    return this.applications.get(representative, id);
  }

  @Put('applications/:id')
  update(@Representative() representative: RepresentativeActor, @Param('id', ApplicationId) id: string, @Body() body: ApplicationDto): Promise<Application> {
    return this.applications.update(representative, id, body);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  withdraw(@Representative() representative: RepresentativeActor, @Param('id', ApplicationId) id: string): Promise<Application> {
    // The organizers' mail links to the fair's publishing page at the site's configured address.
    return this.applications.withdraw(representative, id, this.site.origin);
  }
}
