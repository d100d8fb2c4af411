import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Application, type EntryCandidate } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';
import { ApplicationDto, EntryCandidateQueryDto } from './dto/application.dto';
import { EnteredApplicationsService } from './entered-applications.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const MunicipalityId = new ParseIdPipe(ErrorCode.MunicipalityNotFound);
const ApplicationId = new ParseIdPipe(ErrorCode.ApplicationNotFound);

/** An organizer enters an application for a municipality (paper, fax): the representative's body and rules, marked "entered by the organizer". */
@ApiTags('applications')
@Controller()
@Access('organizer')
export class EnteredApplicationsController {
  constructor(private readonly entered: EnteredApplicationsService) {}

  @ApiOperation({ summary: "Municipalities to enter an application to the fair for (by q, or the host's partners and earlier exhibitors)" })
  @ApiSuccess('EntryCandidate', { array: true })
  @ApiErrors(400, 404)
  @Get('fairs/:id/entry-candidates')
  candidates(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Query() query: EntryCandidateQueryDto): Promise<EntryCandidate[]> {
    return this.entered.candidates(organizer, id, query.q);
  }

  @ApiOperation({ summary: "Enter a municipality's application to the fair for it (outside the window too, until the fair ends)" })
  @ApiSuccess('Application')
  @ApiErrors(404, 409)
  @Post('fairs/:id/municipalities/:municipalityId/application')
  enter(
    @Organizer() organizer: OrganizerActor,
    @Param('id', FairId) id: string,
    @Param('municipalityId', MunicipalityId) municipalityId: string,
    @Body() body: ApplicationDto,
  ): Promise<Application> {
    return this.entered.enter(organizer, id, municipalityId, body);
  }

  @ApiOperation({ summary: 'Change an application the organizer entered, while it is not decided' })
  @ApiSuccess('Application')
  @ApiErrors(404, 409)
  @Put('applications/:id/entry')
  edit(@Organizer() organizer: OrganizerActor, @Param('id', ApplicationId) id: string, @Body() body: ApplicationDto): Promise<Application> {
    return this.entered.edit(organizer, id, body);
  }
}
