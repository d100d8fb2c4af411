import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ErrorCode, type Fair, type FairDocument } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../../accounts/access';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { FairDocumentDto, FairImportQueryDto } from './fair-document.dto';
import { FairTransferService } from './fair-transfer.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);

@ApiTags('fairs')
@Controller()
@Access('organizer')
export class FairTransferController {
  constructor(private readonly transfer: FairTransferService) {}

  /** The whole fair as a JSON document, saved by the browser as <slug>.bussanten.json. */
  @Get('fairs/:id/export')
  @ApiOkResponse({ type: FairDocumentDto })
  async export(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Res({ passthrough: true }) res: Response): Promise<FairDocument> {
    const document = await this.transfer.export(organizer, id);
    res.setHeader('Content-Disposition', `attachment; filename="${document.fair.slug}.bussanten.json"`);
    res.setHeader('Cache-Control', 'no-store');
    return document;
  }

  /** A new fair from an exported document; ?slug= gives it another address than the document's. */
  @Post('fairs/import')
  import(@Organizer() organizer: OrganizerActor, @Body() body: FairDocumentDto, @Query() query: FairImportQueryDto): Promise<Fair> {
    return this.transfer.import(organizer, body, query.slug);
  }
}
