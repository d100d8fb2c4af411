import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Application, type ApplicationSummary, type FairForApplicants } from '@bussanten/contracts';
import { Access, asRepresentative, CurrentActor, type Actor } from '../accounts/access';
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
  fairs(@CurrentActor() actor: Actor): Promise<FairForApplicants[]> {
    return this.applications.fairs(asRepresentative(actor));
  }

  @Get('fairs/:fairId')
  fair(@CurrentActor() actor: Actor, @Param('fairId', FairId) fairId: string): Promise<FairForApplicants> {
    return this.applications.fair(asRepresentative(actor), fairId);
  }

  @Post('fairs/:fairId/application')
  apply(@CurrentActor() actor: Actor, @Param('fairId', FairId) fairId: string, @Body() body: ApplicationDto): Promise<Application> {
    return this.applications.apply(asRepresentative(actor), fairId, body);
  }

  @Get('applications')
  list(@CurrentActor() actor: Actor): Promise<ApplicationSummary[]> {
    return this.applications.list(asRepresentative(actor));
  }

  @Get('applications/:id')
  get(@CurrentActor() actor: Actor, @Param('id', ApplicationId) id: string): Promise<Application> {
    return this.applications.get(asRepresentative(actor), id);
  }

  @Put('applications/:id')
  update(@CurrentActor() actor: Actor, @Param('id', ApplicationId) id: string, @Body() body: ApplicationDto): Promise<Application> {
    return this.applications.update(asRepresentative(actor), id, body);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentActor() actor: Actor, @Param('id', ApplicationId) id: string): Promise<Application> {
    // The organizers' mail links to the fair's publishing page at the site's configured address.
    return this.applications.withdraw(asRepresentative(actor), id, this.site.origin);
  }
}
