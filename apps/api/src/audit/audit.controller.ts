import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEntry, Page } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../accounts/access';
import { AuditQueryDto } from '../accounts/dto/accounts.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The host's own log, newest first. */
  @Get()
  @Access('organizer')
  list(@Organizer() organizer: OrganizerActor, @Query() query: AuditQueryDto): Promise<Page<AuditEntry>> {
    return this.audit.list(organizer.user.hostId, query);
  }
}
