import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEntry, Page } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { AuditQueryDto } from '../accounts/dto/accounts.dto';
import { AuditService } from './audit.service';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The host's own log, newest first. */
  @ApiOperation({ summary: "The host's audit log, newest first" })
  @ApiSuccess('AuditEntryPage')
  @ApiErrors(400)
  @Get()
  @Access('organizer')
  list(@Organizer() organizer: OrganizerActor, @Query() query: AuditQueryDto): Promise<Page<AuditEntry>> {
    return this.audit.list(organizer.user.hostId, query);
  }
}
